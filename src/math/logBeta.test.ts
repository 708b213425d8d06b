import { describe, expect, it } from 'vitest';
import { logBeta } from './logBeta.js';

describe('logBeta', () => {
  it('gives the known small values B(1, 1) = 1, B(½, ½) = π and B(2, 3) = 1/12', () => {
    expect(logBeta(1, 1)).toBeCloseTo(0, 14);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 14);
    expect(logBeta(2, 3)).toBeCloseTo(-Math.log(12), 14);
  });

  it('keeps full precision for a large argument: B(a, 1) = 1/a and B(a, 2) = 1/(a(a + 1))', () => {
    for (const a of [10, 37.5, 1e3, 1e6, 1e12]) {
      expect(logBeta(a, 1)).toBeCloseTo(-Math.log(a), 12);
      expect(logBeta(2, a)).toBeCloseTo(-Math.log(a) - Math.log(a + 1), 12);
    }
  });

  it('agrees on both sides of the switch to Stirling’s series', () => {
    // B(a, ½) = Γ(a)Γ(½)/Γ(a + ½); the ratio B(a + 1, ½)/B(a, ½) = a/(a + ½).
    for (const a of [9, 9.5, 9.999, 10, 10.5]) {
      expect(logBeta(a + 1, 0.5) - logBeta(a, 0.5)).toBeCloseTo(Math.log(a / (a + 0.5)), 13);
    }
  });

  it('is symmetric in its arguments', () => {
    expect(logBeta(3.7, 42)).toBeCloseTo(logBeta(42, 3.7), 13);
  });
});
