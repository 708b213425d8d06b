import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './benjaminiHochberg.js';

describe('benjaminiHochberg', () => {
  // Benjamini and Hochberg (1995), §4: the 15 p-values of a multiple-endpoint trial; at q = 0.05
  // the procedure rejects the four smallest (p ≤ 0.0095), as 0.0201 > 5 × 0.05 / 15.
  const PAPER = [0.0201, 0.759, 0.0001, 0.0004, 0.0019, 0.0095, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 1];

  it('finds the four discoveries of the paper’s worked example, in the input’s order', () => {
    const decisions = benjaminiHochberg(PAPER);
    const discoveries = PAPER.filter((_, index) => decisions[index]!.significant).sort((a, b) => a - b);
    expect(discoveries).toEqual([0.0001, 0.0004, 0.0019, 0.0095]);
    // Adjusted p-values: 0.0095 × 15 / 4 = 0.035625; 0.0201 × 15 / 5 = 0.0603.
    expect(decisions[5]!.adjusted).toBeCloseTo(0.035625, 12);
    expect(decisions[0]!.adjusted).toBeCloseTo(0.0603, 12);
    expect(decisions[14]!.adjusted).toBe(1);
  });

  it('keeps adjusted p-values monotone: a smaller p never gets a larger adjusted value', () => {
    const decisions = benjaminiHochberg([0.01, 0.04, 0.03]);
    expect(decisions.map((decision) => decision.adjusted)).toEqual([0.03, 0.04, 0.04]);
    expect(decisions.every((decision) => decision.significant)).toBe(true);
  });

  it('leaves a single test as it is, and an empty family empty', () => {
    expect(benjaminiHochberg([0.049])).toEqual([{ adjusted: 0.049, significant: true }]);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it('refuses p-values outside [0, 1] and a q outside (0, 1)', () => {
    expect(() => benjaminiHochberg([1.2])).toThrow(RangeError);
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(RangeError);
    expect(() => benjaminiHochberg([0.5], 0)).toThrow(RangeError);
  });
});
