import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareOfVoice } from './shareOfVoice.js';

describe('shareOfVoice', () => {
  it('gives the own brand’s share of all mentions and each brand’s share', () => {
    // 30 own mentions of 120 → 25%; rival 90 of 120 → 75%
    const result = shareOfVoice({ ownMentions: 30, totalMentions: 120, byBrand: { us: 30, rival: 90 } });
    expect(result).toMatchObject({
      value: 25,
      ownMentions: 30,
      totalMentions: 120,
      byBrand: { us: { mentions: 30, share: 25 }, rival: { mentions: 90, share: 75 } },
    });
  });

  it('carries the Wilson interval of the worked example 50/1000 → [3.8, 6.5]', () => {
    // Wilson (1927) interval, check value of docs/indicators.md.
    const result = shareOfVoice({ ownMentions: 50, totalMentions: 1000, byBrand: { us: 50, rival: 950 } });
    expect(result.ci95?.[0]).toBeCloseTo(3.8, 1);
    expect(result.ci95?.[1]).toBeCloseTo(6.5, 1);
  });

  it('lowers every share when a competitor is added to the tracked set', () => {
    const two = shareOfVoice({ ownMentions: 30, totalMentions: 120, byBrand: { us: 30, rival: 90 } });
    const three = shareOfVoice({ ownMentions: 30, totalMentions: 150, byBrand: { us: 30, rival: 90, newcomer: 30 } });
    expect(three.value).toBe(20);
    expect(three.value ?? 0).toBeLessThan(two.value ?? 0);
    expect(three.byBrand.rival?.share ?? 0).toBeLessThan(two.byBrand.rival?.share ?? 0);
  });

  it('returns value and ci95 null without mentions, and null shares for brands listed with none', () => {
    expect(shareOfVoice({ ownMentions: 0, totalMentions: 0, byBrand: {} })).toEqual({
      value: null,
      ownMentions: 0,
      totalMentions: 0,
      ci95: null,
      byBrand: {},
    });
    expect(shareOfVoice({ ownMentions: 0, totalMentions: 0, byBrand: { us: 0 } }).byBrand).toEqual({ us: { mentions: 0, share: null } });
  });

  it('gives 100% for a single mention of the own brand', () => {
    const result = shareOfVoice({ ownMentions: 1, totalMentions: 1, byBrand: { us: 1 } });
    expect(result.value).toBe(100);
    expect(result.ci95?.[1]).toBe(100);
    expect(result.byBrand).toEqual({ us: { mentions: 1, share: 100 } });
  });

  it('keeps a brand literally named "__proto__" as an ordinary key', () => {
    const byBrand = JSON.parse('{"__proto__": 2, "other": 2}') as Record<string, number>;
    const result = shareOfVoice({ ownMentions: 2, totalMentions: 4, byBrand });
    expect(Object.keys(result.byBrand)).toEqual(['__proto__', 'other']);
    expect(Object.getPrototypeOf(result.byBrand)).toBe(Object.prototype);
  });

  it('throws a RangeError for own mentions above the total, brands not adding up, or invalid counts', () => {
    expect(() => shareOfVoice({ ownMentions: 5, totalMentions: 4, byBrand: { us: 4 } })).toThrow(
      new RangeError('shareOfVoice.ownMentions (5) must not exceed shareOfVoice.totalMentions (4).'),
    );
    expect(() => shareOfVoice({ ownMentions: 1, totalMentions: 4, byBrand: { us: 1, rival: 2 } })).toThrow(
      new RangeError('shareOfVoice.byBrand mentions add up to 3, not to shareOfVoice.totalMentions (4).'),
    );
    expect(() => shareOfVoice({ ownMentions: 1, totalMentions: 4, byBrand: { us: 1, rival: -3 } })).toThrow(
      /shareOfVoice.byBrand\["rival"\] must be a non-negative integer, got -3/,
    );
  });

  it('leaves its input unchanged', () => {
    const input = { ownMentions: 30, totalMentions: 120, byBrand: { us: 30, rival: 90 } };
    const before = structuredClone(input);
    shareOfVoice(Object.freeze(input));
    expect(input).toEqual(before);
  });

  it('has brand shares that add up to 100 and an own share inside its interval', () => {
    const mentions = fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(mentions, fc.nat(), (counts, pick) => {
        const totalMentions = counts.reduce((sum, count) => sum + count, 0);
        fc.pre(totalMentions > 0);
        const byBrand = Object.fromEntries(counts.map((count, index) => [`brand${String(index)}`, count]));
        const ownMentions = counts[pick % counts.length] ?? 0;
        const result = shareOfVoice({ ownMentions, totalMentions, byBrand });
        const shares = Object.values(result.byBrand).reduce((sum, brand) => sum + (brand.share ?? 0), 0);
        expect(shares).toBeCloseTo(100, 9);
        expect(result.ci95?.[0]).toBeLessThanOrEqual(result.value ?? Number.NaN);
        expect(result.ci95?.[1]).toBeGreaterThanOrEqual(result.value ?? Number.NaN);
      }),
    );
  });
});
