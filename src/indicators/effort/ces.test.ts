import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces } from './ces.js';

describe('ces', () => {
  it('gives the mean, the share of 5–7 and the t-interval of the mean', () => {
    // Answers 3, 4, 5, 5, 6, 6, 6, 6, 7, 7 (counts per score 1..7: 0, 0, 1, 1, 2, 4, 2):
    // mean = 55 / 10 = 5.5; easy (5–7) = 8 of 10 = 80%
    // Σ(x − 5.5)² = 6.25 + 2.25 + 2·0.25 + 4·0.25 + 2·2.25 = 14.5; s² = 14.5 / 9 = 1.61111
    // t(0.975, 9) = 2.262157 (NIST/SEMATECH e-Handbook §1.3.6.7.2 table: 2.262)
    // half-width = 2.262157 · √(1.61111 / 10) = 2.262157 · 0.401386 = 0.907999 → [4.592001, 6.407999]
    const result = ces([0, 0, 1, 1, 2, 4, 2]);
    expect(result).toMatchObject({ value: 5.5, n: 10, easyShare: 80 });
    expect(result.ci95?.[0]).toBeCloseTo(4.592001, 5);
    expect(result.ci95?.[1]).toBeCloseTo(6.407999, 5);
  });

  it('gives a zero-width interval when every answer is the same', () => {
    expect(ces([0, 0, 0, 0, 0, 0, 12])).toEqual({ value: 7, n: 12, easyShare: 100, ci95: [7, 7], distribution: [0, 0, 0, 0, 0, 0, 12] });
  });

  it('clips the interval to the scale [1, 7] when a small sample would reach past it', () => {
    // Answers 6 and 7: mean 6.5, s² = 0.5, t(0.975, 1) = 12.706 → 6.5 ± 6.353 = [0.147, 12.853] → [1, 7]
    expect(ces([0, 0, 0, 0, 0, 1, 1])).toEqual({ value: 6.5, n: 2, easyShare: 100, ci95: [1, 7], distribution: [0, 0, 0, 0, 0, 1, 1] });
  });

  it('computes the variance without cancellation for large, concentrated samples', () => {
    // 10⁶ answers of 6 and 10⁶ of 7: mean 6.5, s² = 0.25 · 2·10⁶ / (2·10⁶ − 1);
    // half-width ≈ 1.959966 · √(0.25 / 2·10⁶) = 0.000692953
    const result = ces([0, 0, 0, 0, 0, 1_000_000, 1_000_000]);
    expect(result.value).toBe(6.5);
    const halfWidth = (result.ci95?.[1] ?? Number.NaN) - 6.5;
    expect(halfWidth).toBeCloseTo(0.000692953, 8);
  });

  it('returns value, easyShare and ci95 null when there is no answer', () => {
    expect(ces([0, 0, 0, 0, 0, 0, 0])).toEqual({ value: null, n: 0, easyShare: null, ci95: null, distribution: [0, 0, 0, 0, 0, 0, 0] });
  });

  it('gives the answer itself and a null interval for a single answer', () => {
    expect(ces([0, 0, 0, 1, 0, 0, 0])).toEqual({ value: 4, n: 1, easyShare: 0, ci95: null, distribution: [0, 0, 0, 1, 0, 0, 0] });
  });

  it('throws a RangeError for a distribution that is not 7 non-negative integer counts', () => {
    expect(() => ces([1, 2, 3, 4, 5])).toThrow(new RangeError('ces distribution must have 7 counts (scores 1 to 7), got 5.'));
    expect(() => ces([1, 2, 3, 4, 5, 6, -7])).toThrow(new RangeError('ces count for score 7 must be a non-negative integer, got -7.'));
    expect(() => ces([1, 2, 3, 4, 5, 6, Number.POSITIVE_INFINITY])).toThrow(/got Infinity/);
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze([0, 0, 1, 1, 2, 4, 2]);
    ces(input);
    expect(input).toEqual([0, 0, 1, 1, 2, 4, 2]);
  });

  it('keeps the mean inside [1, 7] and inside its interval', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 7, maxLength: 7 }), (distribution) => {
        const result = ces(distribution);
        if (result.value === null) return;
        expect(result.value).toBeGreaterThanOrEqual(1);
        expect(result.value).toBeLessThanOrEqual(7);
        if (result.n === 1) {
          expect(result.ci95).toBeNull();
          return;
        }
        const [low, high] = result.ci95 ?? [Number.NaN, Number.NaN];
        expect(low).toBeGreaterThanOrEqual(1);
        expect(high).toBeLessThanOrEqual(7);
        expect(low).toBeLessThanOrEqual(result.value);
        expect(high).toBeGreaterThanOrEqual(result.value);
      }),
    );
  });
});
