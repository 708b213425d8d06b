import { describe, expect, it } from 'vitest';
import { languageCue } from './languageCue.js';
import { FeatureExtractor, hashRange, hasSentimentContent, parseLexicon, type FeatureConfig } from './sentimentFeatures.js';

const WORDS_ONLY: FeatureConfig = {
  bits: 18,
  wordNgrams: 1,
  charMin: 0,
  charMax: 0,
  negationScope: 3,
  contrastWeight: 0.5,
  negateCharNgrams: false,
  lexicon: true,
  charWeight: 1,
};

function features(extractor: FeatureExtractor, tokens: string[]): Map<number, number> {
  const vector = extractor.extractTokens(tokens);
  const out = new Map<number, number>();
  for (let i = 0; i < vector.count; i++) out.set(vector.indices[i] as number, (out.get(vector.indices[i] as number) ?? 0) + (vector.values[i] as number));
  return out;
}

describe('hashRange', () => {
  it('is FNV-1a: "a" hashes to 0xe40c292c with seed 0', () => {
    expect(hashRange('a', 0, 1, 0)).toBe(0xe40c292c);
    expect(hashRange('xay', 1, 2, 0)).toBe(0xe40c292c);
  });
});

describe('FeatureExtractor', () => {
  it('L2-normalises the word block: one word and the length feature weigh 1/√2 each', () => {
    const values = [...features(new FeatureExtractor(WORDS_ONLY, null), ['bon']).values()];
    expect(values).toHaveLength(2);
    for (const value of values) expect(value).toBeCloseTo(Math.SQRT1_2, 6);
  });

  it('hashes a negated word apart from the plain word, and the scope stops at punctuation', () => {
    const extractor = new FeatureExtractor(WORDS_ONLY, null);
    const plain = [...features(extractor, ['bon']).keys()];
    const negated = [...features(extractor, ['pas', 'bon']).keys()];
    const afterComma = [...features(extractor, ['pas', ',', 'bon']).keys()];
    const bonIndex = plain.find((index) => !negated.includes(index) || afterComma.includes(index));
    expect(bonIndex).toBeDefined();
    expect(negated).not.toContain(bonIndex);
    expect(afterComma).toContain(bonIndex);
  });

  it('weighs the words before a contrast in the same sentence by contrastWeight', () => {
    const extractor = new FeatureExtractor(WORDS_ONLY, null);
    const values = [...features(extractor, ['bien', 'mais', 'nul']).values()].sort((a, b) => a - b);
    // length feature 1, bien 0.5, mais 1, nul 1: norm √3.25
    expect(values[0]).toBeCloseTo(0.5 / Math.sqrt(3.25), 6);
    expect(values[3]).toBeCloseTo(1 / Math.sqrt(3.25), 6);
  });

  it('flips and damps negated lexicon valences in the dense features, as VADER does', () => {
    const extractor = new FeatureExtractor(WORDS_ONLY, parseLexicon('good\t2\nbad\t-2\n'));
    const positive = extractor.extractTokens(['good']).dense.slice();
    expect(positive[0]).toBeCloseTo(Math.tanh(2 / 4), 6);
    expect(positive[1]).toBe(0);
    const negated = extractor.extractTokens(['not', 'good']).dense.slice();
    expect(negated[0]).toBe(0);
    expect(negated[1]).toBeCloseTo(Math.tanh(1.48 / 4), 6);
    const none = extractor.extractTokens(['chair']).dense.slice();
    expect(none[4]).toBe(1);
  });

  it('gives character n-grams of 2 to 5 letters of the padded word', () => {
    const extractor = new FeatureExtractor({ ...WORDS_ONLY, charMin: 2, charMax: 5 }, null);
    // "<ab>": 3 bigrams, 2 trigrams, 1 four-gram, none of 5; plus 2 word features.
    expect(extractor.extractTokens(['ab']).count).toBe(2 + 3 + 2 + 1);
  });
});

describe('parseLexicon', () => {
  it('reads token and valence, ignores other columns and bad lines', () => {
    expect([...parseLexicon('good\t1.9\t0.9\t[2, 2]\nbroken\nbad\tx\n')]).toEqual([['good', 1.9]]);
  });
});

describe('hasSentimentContent and languageCue', () => {
  it('finds something to read only in a word with a letter or an emoji / emoticon token', () => {
    expect(hasSentimentContent(['12345'])).toBe(false);
    expect(hasSentimentContent(['...', '!!', '?', '3', '10'])).toBe(false);
    expect(hasSentimentContent(['_url_', '_user_'])).toBe(false);
    expect(hasSentimentContent(['_emopos_'])).toBe(true);
    expect(hasSentimentContent(['🤔'])).toBe(true);
    expect(hasSentimentContent(['42', 'euros'])).toBe(true);
  });

  it('tells French from English by function words, and neither when they tie', () => {
    expect(languageCue(['le', 'service', 'est', 'nul'])).toBe(1);
    expect(languageCue(['the', 'service', 'is', 'bad'])).toBe(2);
    expect(languageCue(['super'])).toBe(0);
  });
});

describe('FeatureExtractor with domainCopies', () => {
  const withDomains: FeatureConfig = { ...WORDS_ONLY, domainCopies: true };

  it('adds the domain indicator and a domain copy of each word n-gram beside the shared one', () => {
    // bon: shared + domain copy; the length token; the domain indicator.
    expect(features(new FeatureExtractor(withDomains, null), ['bon']).size).toBe(4);
    expect(features(new FeatureExtractor(WORDS_ONLY, null), ['bon']).size).toBe(2);
  });

  it('keeps the shared features and changes the domain ones when the guessed domain changes', () => {
    const extractor = new FeatureExtractor(withDomains, null);
    const short = [...features(extractor, ['bon']).keys()];
    const social = [...features(extractor, ['_user_', 'bon']).keys()];
    const shared = [...features(new FeatureExtractor(WORDS_ONLY, null), ['bon']).keys()];
    // The unigram `bon` and the length token (1 and 2 tokens: both length bucket 1) are in both.
    for (const index of shared) expect(short).toContain(index);
    const onlyShort = short.filter((index) => !social.includes(index));
    expect(onlyShort).toHaveLength(2); // the domain indicator and the domain copy of `bon`
  });
});
