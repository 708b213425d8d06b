import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tInterval } from './tInterval.js';

describe('tInterval', () => {
  it('matches a hand computation for n = 10, mean 5, variance 4', () => {
    // t(0.975, 9) = 2.262 (NIST/SEMATECH e-Handbook §1.3.6.7.2); s/√n = 2/√10 = 0.632456
    // half-width = 2.262157 · 0.632456 = 1.430714 → [3.569286, 6.430714]
    const interval = tInterval(10, 5, 4);
    expect(interval).not.toBeNull();
    expect(interval?.[0]).toBeCloseTo(3.569286, 6);
    expect(interval?.[1]).toBeCloseTo(6.430714, 6);
  });

  it('returns null for a single observation, whose spread is undefined', () => {
    expect(tInterval(1, 4, 0)).toBeNull();
    expect(tInterval(1, 4, Number.NaN)).toBeNull();
  });

  it('gives a zero-width interval when every observation is equal', () => {
    expect(tInterval(12, 6, 0)).toEqual([6, 6]);
  });

  it('uses n − 1 degrees of freedom: two observations use t(0.975, 1) = 12.706', () => {
    // Observations 6 and 7: mean 6.5, s² = 0.5, s/√2 = 0.5 → half-width 12.706205 · 0.5
    const interval = tInterval(2, 6.5, 0.5);
    expect(interval?.[0]).toBeCloseTo(6.5 - 6.353102, 5);
    expect(interval?.[1]).toBeCloseTo(6.5 + 6.353102, 5);
  });

  it('rejects n < 1, fractional n, a non-finite mean and a negative variance', () => {
    expect(() => tInterval(0, 1, 1)).toThrow(/n must be positive, got 0/);
    expect(() => tInterval(2.5, 1, 1)).toThrow(/got 2.5/);
    expect(() => tInterval(5, Number.NaN, 1)).toThrow(/mean must be a finite number, got NaN/);
    expect(() => tInterval(5, 1, -1)).toThrow(/sampleVariance must be a non-negative finite number, got -1/);
  });

  it('is centred on the mean and contains it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 100_000 }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (n, mean, variance) => {
          const interval = tInterval(n, mean, variance);
          expect(interval).not.toBeNull();
          const [low, high] = interval ?? [Number.NaN, Number.NaN];
          expect(low).toBeLessThanOrEqual(mean);
          expect(high).toBeGreaterThanOrEqual(mean);
          expect(high - mean).toBeCloseTo(mean - low, 6);
        },
      ),
    );
  });
});
