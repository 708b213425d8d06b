import { describe, expect, it } from 'vitest';
import { feedMentionId, feedMentions } from './feedMentions.js';
import type { FeedItem } from './parseFeed.js';

const FEED = { id: 'a1b2c3d4', url: 'https://www.news.example.com/feed.xml', brand: 'Maison Lumière', keywords: ['colissimo'], own: false };
const NOW = new Date('2026-03-20T12:00:00Z');
const item = (key: string, title: string, text: string, publishedAt: Date | null = new Date('2026-03-01T10:00:00Z')): FeedItem => ({
  key,
  title,
  text,
  link: null,
  publishedAt,
});

describe('feedMentions', () => {
  it('keeps the items that name the brand or a keyword, once per stable id', () => {
    const mentions = feedMentions(
      FEED,
      [
        item('1', 'maison lumiere ouvre', ''),
        item('2', 'Rien à voir', 'La livraison COLISSIMO'),
        item('3', 'Les lumières', 'de la ville'),
        item('1', 'maison lumiere ouvre', 'repris'),
      ],
      NOW,
    );
    expect(mentions.map((mention) => mention.mentionId)).toEqual([feedMentionId(FEED.id, '1'), feedMentionId(FEED.id, '2')]);
    // SHA-256("1") starts 6b86b273ff34fce1 (a published test value of the hash of the string "1").
    expect(feedMentionId(FEED.id, '1')).toBe('feed-a1b2c3d4-6b86b273ff34fce1');
  });

  it('writes the mentions columns: brand, date, host as platform, title and text, no reach, own brand, the feed and link attributes', () => {
    const [mention] = feedMentions({ ...FEED, own: true }, [{ ...item('x', 'Maison Lumière', 'Très bien'), link: 'https://news.example.com/a' }], NOW);
    expect(mention!.row).toEqual([
      mention!.mentionId,
      'Maison Lumière',
      '2026-03-01 10:00:00.000',
      'www.news.example.com',
      'Maison Lumière\nTrès bien',
      null,
      'true',
      '{"feed":"a1b2c3d4","link":"https://news.example.com/a"}',
    ]);
  });

  it('dates an item without a date, or dated after the fetch or outside the stored range, at the fetch', () => {
    const dates = feedMentions(
      FEED,
      [
        item('a', 'Maison Lumière', '', null),
        item('b', 'Maison Lumière', '', new Date('2027-01-01T00:00:00Z')),
        item('c', 'Maison Lumière', '', new Date('1850-01-01T00:00:00Z')),
      ],
      NOW,
    ).map((mention) => mention.row[2]);
    expect(dates).toEqual(['2026-03-20 12:00:00.000', '2026-03-20 12:00:00.000', '2026-03-20 12:00:00.000']);
  });
});
