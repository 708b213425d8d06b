import { describe, expect, it } from 'vitest';
import { type BrandMentionStatistics, brandListening } from './brandListening.js';

const brand = (name: string, counts: Partial<BrandMentionStatistics>): BrandMentionStatistics => ({
  brand: name,
  own: false,
  mentions: 0,
  analysed: 0,
  positive: 0,
  neutral: 0,
  negative: 0,
  scoreSum: 0,
  ...counts,
});

describe('brandListening', () => {
  it('puts the plain and the sentiment-weighted share of voice side by side (hand-computed)', () => {
    // us: 3 mentions, 1 without text (weight ½), 2 analysed scoring 0.8 and 0.2 → weights 0.9 + 0.6; total 2.0.
    // them: 1 mention scoring −1 → weight 0. Plain: 75 / 25; weighted: 2.0 / 2.0 = 100 / 0.
    const [us, them] = brandListening(
      [
        brand('us', { own: true, mentions: 3, analysed: 2, positive: 1, neutral: 1, scoreSum: 1.0 }),
        brand('them', { mentions: 1, analysed: 1, negative: 1, scoreSum: -1 }),
      ],
      [],
    );
    expect(us!.shareOfVoice).toBeCloseTo(75, 12);
    expect(us!.sentimentWeightedShareOfVoice).toBeCloseTo(100, 12);
    expect(them!.shareOfVoice).toBeCloseTo(25, 12);
    expect(them!.sentimentWeightedShareOfVoice).toBeCloseTo(0, 12);
    expect(us!.meanScore).toBeCloseTo(0.5, 12);
    expect(us!.netSentiment).toBeCloseTo(50, 12);
    expect(them!.netSentiment).toBeCloseTo(-100, 12);
  });

  it('equals the plain share when every mention is neutral', () => {
    const result = brandListening([brand('a', { mentions: 3, analysed: 3, neutral: 3 }), brand('b', { mentions: 1 })], []);
    for (const row of result) expect(row.sentimentWeightedShareOfVoice).toBeCloseTo(row.shareOfVoice!, 12);
  });

  it('orders the trend by month and leaves months without text unscored', () => {
    const [only] = brandListening(
      [brand('a', { mentions: 3, analysed: 2, positive: 1, negative: 1, scoreSum: 0 })],
      [
        { brand: 'a', month: '2025-02', mentions: 1, analysed: 0, scoreSum: 0 },
        { brand: 'a', month: '2025-01', mentions: 2, analysed: 2, scoreSum: 0.4 },
        { brand: 'b', month: '2025-01', mentions: 5, analysed: 0, scoreSum: 0 },
      ],
    );
    expect(only!.trend).toEqual([
      { month: '2025-01', mentions: 2, meanScore: 0.2 },
      { month: '2025-02', mentions: 1, meanScore: null },
    ]);
  });

  it('gives null shares without mentions and refuses inconsistent counts', () => {
    expect(brandListening([brand('a', {})], [])[0]!.shareOfVoice).toBeNull();
    expect(() => brandListening([brand('a', { mentions: 1, analysed: 1 })], [])).toThrow(/inconsistent/);
    expect(() => brandListening([brand('a', { mentions: 1, analysed: 1, positive: 1, scoreSum: 3 })], [])).toThrow(/score sum/);
  });
});
