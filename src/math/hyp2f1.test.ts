import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hyp2f1 } from './hyp2f1.js';
import { relativeError } from '../test-support/precision.js';

describe('hyp2f1', () => {
  it('reproduces the elementary closed forms of Abramowitz and Stegun 15.1.3–15.1.8', () => {
    for (const z of [-20, -3, -0.9, -0.2, 0.1, 0.5, 0.9, 0.999]) {
      // 15.1.3: 2F1(1, 1; 2; z) = −ln(1 − z)/z
      expect(relativeError(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-13);
      // 15.1.8: 2F1(a, b; b; z) = (1 − z)^(−a)
      expect(relativeError(hyp2f1(2.7, 1.3, 1.3, z), (1 - z) ** -2.7)).toBeLessThan(1e-13);
    }
    for (const x of [0.1, 1, 3, 10]) {
      // 15.1.5: 2F1(½, 1; 3/2; −x²) = arctan(x)/x
      expect(relativeError(hyp2f1(0.5, 1, 1.5, -x * x), Math.atan(x) / x)).toBeLessThan(1e-13);
    }
    for (const x of [0.1, 0.5, 0.9, 0.99]) {
      // 15.1.6: 2F1(½, ½; 3/2; x²) = arcsin(x)/x
      expect(relativeError(hyp2f1(0.5, 0.5, 1.5, x * x), Math.asin(x) / x)).toBeLessThan(1e-12);
    }
  });

  it('matches reference values in the regimes the models use', () => {
    // Reference values computed with mpmath 1.3.0 (hyp2f1, 30 digits).
    const cases: [number, number, number, number, number][] = [
      // BG/NBD E[X(t)] at the CDNOW estimates (r, b; a + b − 1; t/(α + t)), t = 39 and 4,000 weeks
      [0.243, 2.426, 2.219, 0.9, 1.9476311698186019],
      [0.243, 2.426, 2.219, 0.999, 11.096504288680494],
      // a customer with 200 repeat purchases (r + x, b + x; a + b + x − 1; z)
      [200.24, 202.4, 201.2, 0.5, 4.3474824819871666e60],
      [200.24, 202.4, 201.2, 0.97, 5.8381869465571944e306],
      // negative z beyond −1 (Pfaff), and parameters that make the terms change sign
      [1.5, -0.2, 3, -50, 1.8711106748728495],
      [0.3, 0.7, 0.4, -0.99, 0.70165589129493113],
      [2.5, 3.5, 1.2, 0.95, 6260768.9553352504],
      [5, -4.9, 2, 0.8, -0.0087594623519114325],
      // a polynomial: 2F1(−3, 2; 1.5; −7)
      [-3, 2, 1.5, -7, 891.4],
    ];
    for (const [a, b, c, z, expected] of cases) {
      expect(relativeError(hyp2f1(a, b, c, z), expected)).toBeLessThan(1e-12);
    }
  });

  it('approaches Gauss’s sum Γ(c)Γ(c − a − b)/(Γ(c − a)Γ(c − b)) as z → 1 when c > a + b', () => {
    // 2F1(1, 1; 3; 1) = Γ(3)Γ(1)/(Γ(2)Γ(2)) = 2 (Abramowitz and Stegun 15.1.20); the gap at
    // 1 − z = 1e-4 is −(1 − z) ln(1 − z)·(…) ≈ 2e-3.
    expect(hyp2f1(1, 1, 3, 0.9999)).toBeCloseTo(2, 2);
  });

  it('satisfies Euler’s transformation and Gauss’s contiguous relation on random parameters', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 8, noNaN: true }),
        fc.double({ min: 0.05, max: 8, noNaN: true }),
        fc.double({ min: 0.05, max: 8, noNaN: true }),
        fc.double({ min: -5, max: 0.9, noNaN: true }),
        (a, b, c, z) => {
          const value = hyp2f1(a, b, c, z);
          expect(Number.isFinite(value)).toBe(true);
          const euler = (1 - z) ** (c - a - b) * hyp2f1(c - a, c - b, c, z);
          expect(relativeError(euler, value)).toBeLessThan(1e-9);
          // DLMF 15.5.11: (c − a)F(a − 1) + (2a − c + (b − a)z)F(a) + a(z − 1)F(a + 1) = 0
          const terms = [(c - a) * hyp2f1(a - 1, b, c, z), (2 * a - c + (b - a) * z) * value, a * (z - 1) * hyp2f1(a + 1, b, c, z)];
          const scale = Math.max(...terms.map(Math.abs));
          expect(Math.abs(terms[0]! + terms[1]! + terms[2]!)).toBeLessThan(1e-9 * scale);
        },
      ),
    );
  });

  it('is 1 at z = 0 and rejects z ≥ 1, c a non-positive integer and non-finite parameters', () => {
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(/needs z < 1, got 1/);
    expect(() => hyp2f1(1, 1, -1, 0.5)).toThrow(/not defined for c = -1/);
    expect(() => hyp2f1(Number.NaN, 1, 2, 0.5)).toThrow(/finite parameters, got a = NaN/);
  });
});
