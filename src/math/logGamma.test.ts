import { describe, expect, it } from 'vitest';
import { logGamma } from './logGamma.js';

describe('logGamma', () => {
  it('gives ln((n − 1)!) at the integers', () => {
    let factorial = 1;
    for (let n = 1; n <= 25; n += 1) {
      expect(logGamma(n)).toBeCloseTo(Math.log(factorial), 12);
      factorial *= n;
    }
  });

  it('gives ln √π at ½ and ln(√π / 2) at 3/2', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(1.5)).toBeCloseTo(0.5 * Math.log(Math.PI) - Math.log(2), 14);
  });

  it('reproduces tabulated values below ½ and at large arguments', () => {
    // Γ(0.1) = 9.513507698668732 (Abramowitz and Stegun, Table 6.1 via Γ(1.1)/0.1);
    // ln 99! = 359.1342053695754.
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 13);
    expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
  });

  it('satisfies the recurrence ln Γ(x + 1) = ln Γ(x) + ln x', () => {
    for (const x of [0.01, 0.3, 0.7, 2.5, 17.25, 1234.5]) {
      expect(logGamma(x + 1)).toBeCloseTo(logGamma(x) + Math.log(x), 10);
    }
  });

  it('rejects zero, negative and non-finite arguments', () => {
    expect(() => logGamma(0)).toThrow(/positive finite argument, got 0/);
    expect(() => logGamma(-1.5)).toThrow(RangeError);
    expect(() => logGamma(Number.NaN)).toThrow(/got NaN/);
  });
});
