import { describe, expect, it } from 'vitest';
import { digamma } from './digamma.js';
import { digammaDifference } from './digammaDifference.js';

describe('digammaDifference', () => {
  it('is the harmonic sum for a whole n: ψ(1 + 3) − ψ(1) = 1 + ½ + ⅓', () => {
    expect(digammaDifference(1, 3)).toBeCloseTo(11 / 6, 15);
    expect(digammaDifference(5, 0)).toBe(0);
  });

  it('keeps its precision for a huge a', () => {
    // mpmath: Σⱼ₌₀¹⁸ 1/(10⁷ + j) = 1.8999982900021090e-6, where ψ(10⁷ + 19) − ψ(10⁷) loses ~9 digits.
    expect(digammaDifference(1e7, 19) / 1.899998290002109e-6).toBeCloseTo(1, 14);
    // mpmath 1.3.0: digamma(1e7 + 100.5) − digamma(1e7) = 1.00499500015833225e-5
    expect(digammaDifference(1e7, 100.5) / 1.00499500015833225e-5).toBeCloseTo(1, 7);
  });

  it('agrees with the difference of two digamma values otherwise', () => {
    // mpmath: digamma(200.3) − digamma(0.3) = 8.7998421321631397987
    expect(digammaDifference(0.3, 200)).toBeCloseTo(8.7998421321631397987, 12);
    for (const n of [63, 64, 65, 2.5]) expect(digammaDifference(3.1, n)).toBeCloseTo(digamma(3.1 + n) - digamma(3.1), 12);
  });

  it('rejects a ≤ 0, n < 0 and non-finite arguments', () => {
    expect(() => digammaDifference(-1, 2)).toThrow(/positive finite a, got -1/);
    expect(() => digammaDifference(1, Number.POSITIVE_INFINITY)).toThrow(/finite n ≥ 0, got Infinity/);
  });
});
