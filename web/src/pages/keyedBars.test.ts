import { expect, it } from 'vitest';
import { keyedBars, keyedEntries } from './keyedBars.js';

const POSTS = { en: ['post', 'posts'], fr: ['publication', 'publications'] } as const;

it('reads a keyed field of a record, its count when asked, and nothing from what is not an object', () => {
  const byPlatform = { tiktok: { value: 8.2, posts: 38 }, facebook: { value: null, posts: 0 }, broken: 3 };
  expect(keyedEntries(byPlatform, 'value', 'posts')).toEqual([
    { key: 'tiktok', value: 8.2, count: 38 },
    { key: 'facebook', value: null, count: 0 },
  ]);
  expect(keyedEntries({ Lyon: { share: 25, mentions: 3 } }, 'share')).toEqual([{ key: 'Lyon', value: 25, count: 0 }]);
  expect(keyedEntries(undefined, 'value', 'posts')).toEqual([]);
  expect(keyedEntries('x', 'value', 'posts')).toEqual([]);
});

it('ranks bars highest first, says "no data" for an entry without value, and links each key', () => {
  const entries = [
    { key: 'facebook', value: 0.77, count: 27 },
    { key: 'x', value: null, count: 0 },
    { key: 'tiktok', value: 8.18, count: 1 },
  ];
  expect(keyedBars(entries, 'percent', POSTS, 'en', (key) => `/c?brand=${key}`)).toEqual([
    { label: 'tiktok', value: 8.18, text: '8.2% · 1 post', href: '/c?brand=tiktok' },
    { label: 'facebook', value: 0.77, text: '0.8% · 27 posts', href: '/c?brand=facebook' },
    { label: 'x', value: 0, text: 'No data for this period · 0 posts', href: '/c?brand=x' },
  ]);
  expect(keyedBars(entries, 'percent', POSTS, 'fr')[2]).toEqual({ label: 'x', value: 0, text: 'Aucune donnée sur cette période · 0 publication' });
});
