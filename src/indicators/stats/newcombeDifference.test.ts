import { describe, expect, it } from 'vitest';
import { newcombeDifference } from './newcombeDifference.js';

describe('newcombeDifference', () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10 (hybrid score),
  // examples (a) to (h), as fractions.
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ])('%i/%i − %i/%i: [%d, %d] as in Table II', (k1, n1, k2, n2, low, high) => {
    const result = newcombeDifference({ k: k1, n: n1 }, { k: k2, n: n2 });
    expect(result.value).toBeCloseTo(100 * (k1 / n1 - k2 / n2), 10);
    expect(result.ci95[0] / 100).toBeCloseTo(low, 4);
    expect(result.ci95[1] / 100).toBeCloseTo(high, 4);
  });

  it('has a p-value below 0.05 exactly when the 95% interval excludes 0', () => {
    const cases: [number, number, number, number][] = [
      [56, 70, 48, 80],
      [5, 56, 0, 29],
      [50, 1000, 70, 1000],
      [30, 100, 45, 100],
      [0, 10, 0, 20],
    ];
    for (const [k1, n1, k2, n2] of cases) {
      const result = newcombeDifference({ k: k1, n: n1 }, { k: k2, n: n2 });
      const excludesZero = result.ci95[0] > 0 || result.ci95[1] < 0;
      expect(result.pValue < 0.05, `${k1}/${n1} − ${k2}/${n2}`).toBe(excludesZero);
    }
  });

  it('finds churn 50/1000 against 70/1000 not significant: CI [−4.1, +0.1], p between 0.05 and 0.1; equal proportions p = 1', () => {
    const result = newcombeDifference({ k: 50, n: 1000 }, { k: 70, n: 1000 });
    expect(result.ci95[0]).toBeCloseTo(-4.12, 2);
    expect(result.ci95[1]).toBeCloseTo(0.09, 2);
    expect(result.pValue).toBeGreaterThan(0.05);
    expect(result.pValue).toBeLessThan(0.1);
    expect(newcombeDifference({ k: 3, n: 9 }, { k: 1, n: 3 }).pValue).toBe(1);
  });

  it('refuses an empty group and k above n', () => {
    expect(() => newcombeDifference({ k: 0, n: 0 }, { k: 1, n: 2 })).toThrow(/first group/);
    expect(() => newcombeDifference({ k: 3, n: 2 }, { k: 1, n: 2 })).toThrow(RangeError);
  });
});
