import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta } from './regularizedIncompleteBeta.js';

/** P(X ≥ k) for X ~ Binomial(n, p), by direct summation. */
function binomialUpperTail(k: number, n: number, p: number): number {
  let probability = 0;
  let coefficient = 1;
  for (let i = 0; i <= n; i += 1) {
    if (i > 0) coefficient = (coefficient * (n - i + 1)) / i;
    if (i >= k) probability += coefficient * p ** i * (1 - p) ** (n - i);
  }
  return probability;
}

describe('regularizedIncompleteBeta', () => {
  it('gives the closed forms I_x(1, 1) = x, I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b', () => {
    for (const x of [0.01, 0.2, 0.5, 0.8, 0.99]) {
      expect(regularizedIncompleteBeta(x, 1, 1)).toBeCloseTo(x, 14);
      expect(regularizedIncompleteBeta(x, 3.5, 1)).toBeCloseTo(x ** 3.5, 14);
      expect(regularizedIncompleteBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 14);
    }
  });

  it('equals the binomial upper tail: I_p(k, n − k + 1) = P(X ≥ k)', () => {
    // Abramowitz and Stegun 26.5.24.
    for (const [k, n, p] of [
      [3, 10, 0.2],
      [7, 10, 0.5],
      [1, 30, 0.01],
      [25, 40, 0.7],
    ] as const) {
      expect(regularizedIncompleteBeta(p, k, n - k + 1)).toBeCloseTo(binomialUpperTail(k, n, p), 13);
    }
  });

  it('satisfies I_x(a, b) = 1 − I_{1−x}(b, a) and I_½(a, a) = ½', () => {
    expect(regularizedIncompleteBeta(0.3, 2.5, 7)).toBeCloseTo(1 - regularizedIncompleteBeta(0.7, 7, 2.5), 14);
    expect(regularizedIncompleteBeta(0.5, 12.5, 12.5)).toBeCloseTo(0.5, 14);
  });

  it('returns 0 at x = 0 and 1 at x = 1', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });

  it('rejects x outside [0, 1] and non-positive shape parameters', () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(/x in \[0, 1\], got 1.5/);
    expect(() => regularizedIncompleteBeta(0.5, 0, 1)).toThrow(/positive finite a, got 0/);
    expect(() => regularizedIncompleteBeta(0.5, 1, -2)).toThrow(/positive finite b, got -2/);
  });
});
