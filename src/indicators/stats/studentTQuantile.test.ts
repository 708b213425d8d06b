import { describe, expect, it } from 'vitest';
import { Z_95 } from './constants.js';
import { studentTQuantile } from './studentTQuantile.js';

/**
 * P(|T| ≤ t) for Student's t with an integer ν, by the finite series of Abramowitz and
 * Stegun 26.7.3 (odd ν) and 26.7.4 (even ν), with θ = atan(t/√ν). Independent of the
 * incomplete beta function the implementation uses.
 */
function twoSidedProbability(t: number, nu: number): number {
  const theta = Math.atan(t / Math.sqrt(nu));
  const sin = Math.sin(theta);
  const cos2 = Math.cos(theta) ** 2;
  if (nu % 2 === 1) {
    // (2/π)[θ + sin θ (cos θ + (2/3)cos³θ + … + (2·4⋯(ν−3))/(1·3⋯(ν−2)) cos^{ν−2}θ)]
    let term = Math.cos(theta);
    let sum = nu > 1 ? term : 0;
    for (let k = 3; k <= nu - 2; k += 2) {
      term *= ((k - 1) / k) * cos2;
      sum += term;
    }
    return (2 / Math.PI) * (theta + sin * sum);
  }
  // sin θ (1 + ½cos²θ + (1·3)/(2·4)cos⁴θ + … + (1·3⋯(ν−3))/(2·4⋯(ν−2)) cos^{ν−2}θ)
  let term = 1;
  let sum = 1;
  for (let k = 2; k <= nu - 2; k += 2) {
    term *= ((k - 1) / k) * cos2;
    sum += term;
  }
  return sin * sum;
}

describe('studentTQuantile', () => {
  it('reproduces the published table of 97.5% critical values', () => {
    // NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2 "Critical Values of the
    // Student's t Distribution" (https://www.itl.nist.gov/div898/handbook/eda/section3/eda3672.htm),
    // column 0.975, to the table's three decimals.
    const table: [number, number][] = [
      [1, 12.706],
      [2, 4.303],
      [3, 3.182],
      [4, 2.776],
      [5, 2.571],
      [10, 2.228],
      [20, 2.086],
      [30, 2.042],
      [60, 2.0],
      [100, 1.984],
    ];
    for (const [df, published] of table) {
      // toBeCloseTo(x, 3) accepts |difference| < 0.0005: equal once rounded to 3 decimals.
      expect(studentTQuantile(0.975, df)).toBeCloseTo(published, 3);
    }
  });

  it('tends to the normal quantile 1.960 for many degrees of freedom', () => {
    // The table's last row (∞) is 1.960; t(0.975, ν) ≈ z + (z³ + z)/(4ν) for large ν.
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.96, 3);
    expect(studentTQuantile(0.975, 1e6) - Z_95).toBeCloseTo((Z_95 ** 3 + Z_95) / 4e6, 9);
    // At 10⁹ degrees of freedom double precision limits the result to about 1e-7 (see the doc comment).
    expect(Math.abs(studentTQuantile(0.975, 1e9) - Z_95)).toBeLessThan(1e-7);
  });

  it('matches the closed forms for 1 and 2 degrees of freedom to 12 significant digits', () => {
    // ν = 1 (Cauchy): t = tan(π(p − ½)); ν = 2: t = (2p − 1)/√(2p(1 − p)).
    for (const p of [0.55, 0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 0.3, 0.1, 0.025, 0.001]) {
      const cauchy = Math.tan(Math.PI * (p - 0.5));
      const two = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
      expect(studentTQuantile(p, 1) / cauchy).toBeCloseTo(1, 12);
      expect(studentTQuantile(p, 2) / two).toBeCloseTo(1, 12);
    }
  });

  it('inverts the exact series of Abramowitz and Stegun 26.7.3–4 for 1 to 40 degrees of freedom', () => {
    for (let nu = 1; nu <= 40; nu += 1) {
      for (const p of [0.6, 0.8, 0.95, 0.975, 0.995, 0.9995]) {
        const t = studentTQuantile(p, nu);
        expect(twoSidedProbability(t, nu)).toBeCloseTo(2 * p - 1, 12);
      }
    }
  });

  it('is antisymmetric around p = ½ and 0 at p = ½', () => {
    expect(studentTQuantile(0.5, 7)).toBe(0);
    expect(studentTQuantile(0.025, 9)).toBeCloseTo(-studentTQuantile(0.975, 9), 12);
    expect(studentTQuantile(1e-10, 3)).toBeCloseTo(-studentTQuantile(1 - 1e-10, 3), 3);
  });

  it('decreases towards the normal quantile as the degrees of freedom grow', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (const df of [1, 1.5, 2, 3, 5, 8, 13, 21, 34, 55, 89, 1000]) {
      const t = studentTQuantile(0.975, df);
      expect(t).toBeLessThan(previous);
      expect(t).toBeGreaterThan(Z_95);
      previous = t;
    }
  });

  it('rejects a probability outside (0, 1) and degrees of freedom that are not positive and finite', () => {
    expect(() => studentTQuantile(0, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(1, 5)).toThrow(/strictly between 0 and 1, got 1/);
    expect(() => studentTQuantile(Number.NaN, 5)).toThrow(/got NaN/);
    expect(() => studentTQuantile(0.975, 0)).toThrow(/degrees of freedom, got 0/);
    expect(() => studentTQuantile(0.975, -2)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
  });
});
