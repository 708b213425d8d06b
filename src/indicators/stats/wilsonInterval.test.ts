import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilsonInterval.js';

describe('wilsonInterval', () => {
  it('matches a hand computation for 45 of 50', () => {
    // p̂ = 0.9, z² = 3.8414588, z²/n = 0.07682918, 1 + z²/n = 1.07682918
    // centre = (0.9 + 0.03841459) / 1.07682918 = 0.87146096
    // half-width = (1.95996398 / 1.07682918) · √(0.9 · 0.1 / 50 + 3.8414588 / 10000)
    //            = 1.82012526 · √0.00218414588 = 1.82012526 · 0.04673485 = 0.08506327
    // interval = [0.78639769, 0.95652423] → [78.639769, 95.652423] percent
    const [low, high] = wilsonInterval(45, 50);
    expect(low).toBeCloseTo(78.639769, 5);
    expect(high).toBeCloseTo(95.652423, 5);
  });

  it('reproduces the published check values to 0.1 point', () => {
    // Wilson 1927 formula; the check values of docs/indicators.md
    // (CSAT 45/50 → [78.6, 95.7]; 0 of 20 → [0, 16.1]; 50/1000 → [3.8, 6.5]).
    const cases: [number, number, number, number][] = [
      [45, 50, 78.6, 95.7],
      [0, 20, 0, 16.1],
      [50, 1000, 3.8, 6.5],
    ];
    for (const [k, n, low, high] of cases) {
      const interval = wilsonInterval(k, n);
      // toBeCloseTo(x, 1) accepts |difference| < 0.05: equal once rounded to 0.1.
      expect(interval[0]).toBeCloseTo(low, 1);
      expect(interval[1]).toBeCloseTo(high, 1);
    }
  });

  it('gives exactly 0 as the lower bound when k = 0 and exactly 100 as the upper bound when k = n', () => {
    expect(wilsonInterval(0, 20)[0]).toBe(0);
    expect(wilsonInterval(20, 20)[1]).toBe(100);
    expect(wilsonInterval(20, 20)[0]).toBeCloseTo(83.9, 1);
  });

  it('gives a wide but proper interval for a single trial', () => {
    // k = n = 1: centre = (1 + z²/2)/(1 + z²), half-width = z²/(2(1 + z²)), low = 1/(1 + z²)
    const z2 = 1.959963984540054 ** 2;
    expect(wilsonInterval(1, 1)).toEqual([expect.closeTo(100 / (1 + z2), 10), 100]);
    expect(wilsonInterval(0, 1)).toEqual([0, expect.closeTo(100 * (z2 / (1 + z2)), 10)]);
  });

  it('is symmetric: the interval of n − k mirrors that of k', () => {
    const [low, high] = wilsonInterval(7, 30);
    const [mirrorLow, mirrorHigh] = wilsonInterval(23, 30);
    expect(mirrorLow).toBeCloseTo(100 - high, 10);
    expect(mirrorHigh).toBeCloseTo(100 - low, 10);
  });

  it('rejects n ≤ 0, k outside [0, n] and non-integers with a RangeError naming the value', () => {
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(0, 0)).toThrow(/n must be positive, got 0/);
    expect(() => wilsonInterval(1, -1)).toThrow(/got -1/);
    expect(() => wilsonInterval(21, 20)).toThrow(/k \(21\) must not exceed n \(20\)/);
    expect(() => wilsonInterval(-1, 20)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 20)).toThrow(/got 1.5/);
    expect(() => wilsonInterval(Number.NaN, 20)).toThrow(/got NaN/);
  });

  it('always contains p̂ and stays within [0, 100]', () => {
    const trials = fc.integer({ min: 1, max: 1_000_000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(trials, ([k, n]) => {
        const [low, high] = wilsonInterval(k, n);
        const percent = (100 * k) / n;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(100);
        expect(low).toBeLessThanOrEqual(percent);
        expect(high).toBeGreaterThanOrEqual(percent);
      }),
    );
  });
});
