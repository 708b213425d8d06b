import { describe, expect, it } from 'vitest';
import { Z_95 } from './constants.js';
import { erfc, twoSidedNormalPValue } from './normalTail.js';

describe('erfc', () => {
  // Reference values: the C library's erfc (Python math.erfc), which agree with Abramowitz and Stegun Table 7.1.
  it.each([
    [0, 1],
    [0.5, 0.4795001221869535],
    [1, 0.15729920705028513],
    [2, 0.004677734981047265],
    [2.9, 4.109787809945886e-5],
    [3, 2.209049699858544e-5],
    [5, 1.5374597944280349e-12],
    [10, 2.088487583762545e-45],
  ])('erfc(%d) = %d to 10 significant digits', (x, expected) => {
    expect(Math.abs(erfc(x) / expected - 1)).toBeLessThan(1e-10);
  });

  it('is 2 − erfc(−x) below zero', () => {
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028513, 15);
  });
});

describe('twoSidedNormalPValue', () => {
  it('gives 0.05 at z = 1.96 (Φ⁻¹(0.975)), 0.001 at 3.2905, 1 at 0', () => {
    expect(twoSidedNormalPValue(Z_95)).toBeCloseTo(0.05, 14);
    expect(twoSidedNormalPValue(-3.2905267314919255)).toBeCloseTo(0.001, 12);
    expect(twoSidedNormalPValue(0)).toBe(1);
  });
});
