import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csat } from './csat.js';

describe('csat', () => {
  it('counts answers 4 and 5 as positive and reports their percentage beside the mean', () => {
    // Scores 1..5 with counts 2, 3, 5, 6, 4: n = 20, positive = 6 + 4 = 10 → 50%
    // mean = (1·2 + 2·3 + 3·5 + 4·6 + 5·4) / 20 = (2 + 6 + 15 + 24 + 20) / 20 = 67 / 20 = 3.35
    const result = csat([2, 3, 5, 6, 4]);
    expect(result).toMatchObject({ value: 50, n: 20, positive: 10, mean: 3.35, distribution: [2, 3, 5, 6, 4] });
  });

  it('reproduces the worked example CSAT 45/50 = 90% with Wilson interval [78.6, 95.7]', () => {
    // Check value of docs/indicators.md; Wilson (1927) score interval.
    const result = csat([1, 1, 3, 25, 20]);
    expect(result.value).toBe(90);
    expect(result.positive).toBe(45);
    expect(result.mean).toBeCloseTo(4.24, 12);
    expect(result.ci95?.[0]).toBeCloseTo(78.6, 1);
    expect(result.ci95?.[1]).toBeCloseTo(95.7, 1);
  });

  it('keeps the mean apart from the percentage: all 4s are 100% positive with a mean of 4', () => {
    const result = csat([0, 0, 0, 10, 0]);
    expect(result.value).toBe(100);
    expect(result.mean).toBe(4);
    expect(result.ci95?.[1]).toBe(100);
  });

  it('returns value, mean and ci95 null when there is no answer', () => {
    expect(csat([0, 0, 0, 0, 0])).toEqual({
      value: null,
      n: 0,
      positive: 0,
      mean: null,
      ci95: null,
      distribution: [0, 0, 0, 0, 0],
    });
  });

  it('handles a single neutral answer: 0% positive, mean 3, Wilson upper bound 79.3', () => {
    // k = 0, n = 1: upper = z²/(1 + z²) = 3.841459 / 4.841459 = 0.79345
    const result = csat([0, 0, 1, 0, 0]);
    expect(result).toMatchObject({ value: 0, n: 1, positive: 0, mean: 3 });
    expect(result.ci95?.[0]).toBe(0);
    expect(result.ci95?.[1]).toBeCloseTo(79.345, 3);
  });

  it('throws a RangeError for a distribution that is not 5 non-negative integer counts', () => {
    expect(() => csat([1, 2, 3, 4])).toThrow(new RangeError('csat distribution must have 5 counts (scores 1 to 5), got 4.'));
    expect(() => csat([1, 2, 3, 4, -5])).toThrow(new RangeError('csat count for score 5 must be a non-negative integer, got -5.'));
    expect(() => csat([1, 2, 0.1, 4, 5])).toThrow(/score 3/);
  });

  it('leaves its input unchanged and returns a copy of the distribution', () => {
    const input = Object.freeze([1, 1, 3, 25, 20]);
    const result = csat(input);
    expect(input).toEqual([1, 1, 3, 25, 20]);
    expect(result.distribution).not.toBe(input);
  });

  it('lies inside its Wilson interval within [0, 100], with a mean within [1, 5]', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 5, maxLength: 5 }), (distribution) => {
        const result = csat(distribution);
        if (result.value === null) return;
        const [low, high] = result.ci95 ?? [Number.NaN, Number.NaN];
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(100);
        expect(low).toBeLessThanOrEqual(result.value);
        expect(high).toBeGreaterThanOrEqual(result.value);
        expect(result.mean).toBeGreaterThanOrEqual(1);
        expect(result.mean).toBeLessThanOrEqual(5);
      }),
    );
  });
});
