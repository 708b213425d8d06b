import { describe, expect, it } from 'vitest';
import { tokeniseForSentiment } from './normaliseForSentiment.js';
import { DOMAIN_COUNT, LONG_FROM, SHORT_BELOW, textDomain, textGenre } from './textDomain.js';

const words = (count: number, word = 'mot'): string[] => Array.from({ length: count }, () => word);

describe('textGenre', () => {
  it('calls a text with a @handle or a URL social, whatever its length', () => {
    expect(textGenre(tokeniseForSentiment('@united lost my bag again'))).toBe('social');
    expect(textGenre(tokeniseForSentiment('Regardez https://example.org/x'))).toBe('social');
    expect(textGenre(['_user_', ...words(60)])).toBe('social');
  });

  it('splits the others by their number of tokens: short under 15, long from 40', () => {
    expect(textGenre(tokeniseForSentiment('Colis abîmé.'))).toBe('short');
    expect(textGenre(words(SHORT_BELOW - 1))).toBe('short');
    expect(textGenre(words(SHORT_BELOW))).toBe('medium');
    expect(textGenre(words(LONG_FROM - 1))).toBe('medium');
    expect(textGenre(words(LONG_FROM))).toBe('long');
    expect(textGenre([])).toBe('short');
  });
});

describe('textDomain', () => {
  it('is genre × language cue: 12 domains, from 0 (social, unknown) to 11 (long, English)', () => {
    expect(DOMAIN_COUNT).toBe(12);
    expect(textDomain(['_user_', 'super'])).toBe(0);
    expect(textDomain(['_user_', 'le', 'vol', 'est', 'en', 'retard'])).toBe(1);
    expect(textDomain(['the', 'parcel', 'is', 'late'])).toBe(3 + 2);
    expect(textDomain(['le', ...words(45)])).toBe(9 + 1);
    expect(textDomain(['the', ...words(45)])).toBe(11);
  });
});
