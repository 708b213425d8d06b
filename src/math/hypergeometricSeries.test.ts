import { describe, expect, it } from 'vitest';
import { hypergeometricSeries } from './hypergeometricSeries.js';

function value(upper: number[], lower: number[], z: number): number {
  const { sign, log } = hypergeometricSeries(upper, lower, z);
  return sign * Math.exp(log);
}

describe('hypergeometricSeries', () => {
  it('sums known series: 1F0 is the binomial series, 0F0 the exponential, 2F1(1, 1; 2; z) = −ln(1 − z)/z', () => {
    // Abramowitz and Stegun 15.1.3 and 15.1.8; DLMF 16.2.
    expect(value([2.5], [], 0.3)).toBeCloseTo(0.7 ** -2.5, 14);
    expect(value([], [], 2)).toBeCloseTo(Math.exp(2), 13);
    expect(value([1, 1], [2], 0.9)).toBeCloseTo(-Math.log(0.1) / 0.9, 13);
  });

  it('ends a series with a non-positive integer upper parameter, whatever z', () => {
    // 2F1(−2, b; b; z) = (1 − z)²: at z = 3 that is 4, and at z = 1 it is exactly 0.
    expect(value([-2, 1], [1], 3)).toBeCloseTo(4, 14);
    expect(hypergeometricSeries([-2, 1.5], [1.5], 1)).toEqual({ sign: 0, log: Number.NEGATIVE_INFINITY });
  });

  it('keeps a huge sum as a logarithm instead of overflowing', () => {
    // 1F0(a;; z) = (1 − z)^(−a): with a = 500 and z = 0.9 that is 10^500, beyond double range.
    const { sign, log } = hypergeometricSeries([500], [], 0.9);
    expect(sign).toBe(1);
    expect(log).toBeCloseTo(500 * Math.log(10), 9);
  });

  it('does not stop at a term that is small by accident', () => {
    // (−0.999999)₂ = −0.999999 · 0.000001: the second term is tiny but later ones are not.
    // 1F0(a;; z) = (1 − z)^(−a) with a = −0.999999, z = 0.5.
    expect(value([-0.999999], [], 0.5)).toBeCloseTo(0.5 ** 0.999999, 14);
  });

  it('gives the sign of a negative sum', () => {
    // 1F0(−3;; 2) = (1 − 2)³ = −1.
    expect(hypergeometricSeries([-3], [], 2)).toEqual({ sign: -1, log: 0 });
  });

  it('refuses |z| ≥ 1 for a series that does not end, a bad lower parameter, too many terms and cancellation', () => {
    expect(() => hypergeometricSeries([1, 1], [2], 1)).toThrow(/needs \|z\| < 1 .* got z = 1/);
    expect(() => hypergeometricSeries([1, 1], [-2], 0.5)).toThrow(/lower parameters other than 0, −1, −2, …, got -2/);
    expect(() => hypergeometricSeries([Number.NaN, 1], [2], 0.5)).toThrow(/finite upper parameters, got NaN/);
    expect(() => hypergeometricSeries([1, 1], [2], 0.9999, { maxTerms: 1000 })).toThrow(/did not converge in 1000 terms/);
    // 0F0(;; −40) = e^−40 ≈ 4e-18, from terms as large as 40⁴⁰/40! ≈ 1.6e16: all digits cancel.
    expect(() => hypergeometricSeries([], [], -40)).toThrow(/lost its precision to cancellation/);
  });
});
