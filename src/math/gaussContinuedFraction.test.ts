import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussContinuedFraction } from './gaussContinuedFraction.js';
import { hyp2f1 } from './hyp2f1.js';

describe('gaussContinuedFraction', () => {
  it('gives 2F1(1, 1; 2; z) = −ln(1 − z)/z and its z-derivative (Abramowitz and Stegun 15.1.3)', () => {
    // Rounding accumulates over the steps: about 1e-15 per step, and the fraction takes
    // thousands of steps at 1 − z = 1e-6.
    for (const [z, digits] of [
      [0.01, 14],
      [0.5, 14],
      [0.9, 13],
      [0.999999, 10],
    ] as const) {
      const { value, dZ } = gaussContinuedFraction(1, 2, z);
      const expected = -Math.log1p(-z) / z;
      expect(value / expected).toBeCloseTo(1, digits);
      // d/dz [−ln(1 − z)/z] = 1/(z(1 − z)) + ln(1 − z)/z²
      expect(dZ / (1 / (z * (1 - z)) + Math.log1p(-z) / (z * z))).toBeCloseTo(1, 7);
    }
  });

  it('is 1 at z = 0, with ∂/∂z = b/c and no dependence on b and c', () => {
    expect(gaussContinuedFraction(2, 3, 0)).toEqual({ value: 1, dB: -0, dC: -0, dZ: 2 / 3 });
  });

  it('agrees with the series of hyp2f1, and its derivatives with central differences', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 300, noNaN: true }),
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (b, gap, z) => {
          const c = b + gap;
          const result = gaussContinuedFraction(b, c, z);
          expect(result.value / hyp2f1(1, b, c, z)).toBeCloseTo(1, 11);
          const h = 1e-6 * Math.max(1, b);
          const numericB = (hyp2f1(1, b + h, c, z) - hyp2f1(1, b - h, c, z)) / (2 * h);
          const numericC = (hyp2f1(1, b, c + h, z) - hyp2f1(1, b, c - h, z)) / (2 * h);
          const scale = Math.max(1, Math.abs(result.value));
          expect(Math.abs(result.dB - numericB)).toBeLessThan(1e-5 * scale);
          expect(Math.abs(result.dC - numericC)).toBeLessThan(1e-5 * scale);
        },
      ),
    );
  });

  it('converges close to z = 1, where the series would need millions of terms', () => {
    // 2F1(1, 3; 100; z) → Γ(100)Γ(96)/(Γ(99)Γ(97)) = 99/96 as z → 1 (Gauss's sum); at
    // 1 − z = 1e-8 the difference is of order 1e-8.
    expect(gaussContinuedFraction(3, 100, 1 - 1e-8).value).toBeCloseTo(99 / 96, 6);
  });

  it('rejects c ≤ b, b ≤ 0 and z outside [0, 1)', () => {
    expect(() => gaussContinuedFraction(2, 2, 0.5)).toThrow(/needs c > b > 0, got b = 2, c = 2/);
    expect(() => gaussContinuedFraction(0, 2, 0.5)).toThrow(RangeError);
    expect(() => gaussContinuedFraction(1, 2, 1)).toThrow(/z in \[0, 1\), got 1/);
    expect(() => gaussContinuedFraction(1, 2, -0.1)).toThrow(RangeError);
  });
});
