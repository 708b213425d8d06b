import { describe, expect, it } from 'vitest';
import { logGamma } from './logGamma.js';
import { logRisingFactorial } from './logRisingFactorial.js';

describe('logRisingFactorial', () => {
  it('gives ln of the product a (a + 1) ⋯ (a + n − 1) for a whole n', () => {
    expect(logRisingFactorial(3, 2)).toBeCloseTo(Math.log(12), 15);
    expect(logRisingFactorial(1, 10)).toBeCloseTo(Math.log(3628800), 13);
    expect(logRisingFactorial(0.5, 0)).toBe(0);
  });

  it('keeps full precision for a huge a, where two ln Γ values would cancel', () => {
    // Reference values: mpmath 1.3.0, loggamma(a + n) − loggamma(a) at 40 digits.
    expect(logRisingFactorial(1e7, 19)).toBeCloseTo(306.24383446819753, 11);
    expect(logRisingFactorial(1e7, 100.5)).toBeCloseTo(1619.869112907144522, 10);
    // The naive difference is off by ~1e-8 here.
    expect(Math.abs(logGamma(1e7 + 19) - logGamma(1e7) - 306.24383446819753)).toBeGreaterThan(1e-10);
  });

  it('agrees with ln Γ(a + n) − ln Γ(a) on moderate arguments, on both sides of the switch', () => {
    expect(logRisingFactorial(0.3, 50)).toBeCloseTo(144.64145008273443788, 11);
    expect(logRisingFactorial(2.5, 7.25)).toBeCloseTo(11.9575220695778434, 12);
    for (const n of [15, 16, 17]) expect(logRisingFactorial(4.2, n)).toBeCloseTo(logGamma(4.2 + n) - logGamma(4.2), 11);
  });

  it('rejects a ≤ 0, n < 0 and non-finite arguments', () => {
    expect(() => logRisingFactorial(0, 2)).toThrow(/positive finite a, got 0/);
    expect(() => logRisingFactorial(1, -1)).toThrow(/finite n ≥ 0, got -1/);
    expect(() => logRisingFactorial(Number.NaN, 1)).toThrow(RangeError);
  });
});
