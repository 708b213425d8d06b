import { describe, expect, it } from 'vitest';
import { keyPlaceholder, trackerSnippet } from './trackerSnippet.js';

describe('trackerSnippet', () => {
  it('writes the queue and the script tag with the key, cookieless by default', () => {
    const lines = trackerSnippet('https://stats.shop.fr', 'brm_site_ab_cd', { respectDnt: false, heartbeat: 30 }).split('\n');
    expect(lines[0]).toBe('<script>window.barometre=window.barometre||function(){(barometre.q=barometre.q||[]).push(arguments)};</script>');
    expect(lines[1]).toBe('<script defer src="https://stats.shop.fr/script.js" data-key="brm_site_ab_cd"></script>');
  });

  it('adds data-respect-dnt and a heartbeat other than 30 seconds', () => {
    const tag = trackerSnippet('http://127.0.0.1:8080', 'k', { respectDnt: true, heartbeat: 15 }).split('\n')[1];
    expect(tag).toBe('<script defer src="http://127.0.0.1:8080/script.js" data-key="k" data-respect-dnt data-heartbeat="15"></script>');
  });

  it('leaves out a heartbeat below one second and escapes attribute values', () => {
    expect(trackerSnippet('o', 'a"b', { respectDnt: false, heartbeat: 0 })).toContain('data-key="a&quot;b"></script>');
  });

  it('stands for a key shown once by its prefix and id', () => {
    expect(keyPlaceholder('3f2a')).toBe('brm_site_3f2a_…');
  });
});
