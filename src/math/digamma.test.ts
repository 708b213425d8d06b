import { describe, expect, it } from 'vitest';
import { logGamma } from './logGamma.js';
import { digamma } from './digamma.js';

/** The Euler–Mascheroni constant γ (Abramowitz and Stegun 6.1.3). */
const EULER_GAMMA = 0.5772156649015329;

describe('digamma', () => {
  it('gives −γ at 1 and −γ − 2 ln 2 at ½ (Abramowitz and Stegun 6.3.2, 6.3.3)', () => {
    expect(digamma(1)).toBeCloseTo(-EULER_GAMMA, 14);
    expect(digamma(0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.log(2), 14);
  });

  it('reproduces reference values on both sides of the switch to the asymptotic series', () => {
    // Reference values computed with mpmath 1.3.0 (digamma, 30 digits).
    const cases: [number, number][] = [
      [0.001, -1000.5755719318103],
      [0.1, -10.423754940411076],
      [2.5, 0.7031566406452432],
      [9.999, 2.2516474172057353],
      [10, 2.251752589066721],
      [10.001, 2.251857749877872],
      [123.4, 4.811373775116277],
      [1e6, 13.81551005796419],
    ];
    for (const [x, expected] of cases) {
      expect(digamma(x)).toBeCloseTo(expected, 12);
    }
  });

  it('satisfies the recurrence ψ(x + 1) = ψ(x) + 1/x', () => {
    for (const x of [0.03, 0.7, 3.3, 9.5, 55]) {
      expect(digamma(x + 1)).toBeCloseTo(digamma(x) + 1 / x, 12);
    }
  });

  it('is the derivative of ln Γ', () => {
    const h = 1e-5;
    for (const x of [0.4, 1.7, 12, 300]) {
      expect(digamma(x)).toBeCloseTo((logGamma(x + h) - logGamma(x - h)) / (2 * h), 6);
    }
  });

  it('rejects zero, negative and non-finite arguments', () => {
    expect(() => digamma(0)).toThrow(/positive finite argument, got 0/);
    expect(() => digamma(-2.5)).toThrow(RangeError);
    expect(() => digamma(Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
  });
});
