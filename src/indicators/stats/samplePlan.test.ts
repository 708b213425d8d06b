import { describe, expect, it } from 'vitest';
import { npsAnswersNeeded, npsMarginOfError, proportionAnswersNeeded, proportionMarginOfError } from './samplePlan.js';

describe('NPS sample plan', () => {
  // J. Sauro, MeasuringU, "Sample sizes for NPS confidence intervals": n = z²V/MOE² − 3, the
  // table of answers needed at 95 % (±3, ±5, ±10 points) for several expected mixes.
  it.each([
    [{ promoters: 0.5, detractors: 0.5 }, 3, 4266],
    [{ promoters: 0.5, detractors: 0.5 }, 5, 1534],
    [{ promoters: 0.5, detractors: 0.5 }, 10, 382],
    [{ promoters: 0.3, detractors: 0.3 }, 5, 919],
    [{ promoters: 0.45, detractors: 0.25 }, 3, 2815],
    [{ promoters: 0.45, detractors: 0.25 }, 5, 1012],
    [{ promoters: 0.6, detractors: 0.1 }, 10, 170],
    [{ promoters: 0.7, detractors: 0.05 }, 5, 501],
  ])('%o at ±%d points needs %d answers', (split, margin, answers) => {
    expect(npsAnswersNeeded(margin, split)).toBe(answers);
    // and that many answers give the margin asked for, one fewer a wider one
    expect(npsMarginOfError(answers, split)).toBeLessThanOrEqual(margin);
    expect(npsMarginOfError(answers - 1, split)).toBeGreaterThan(margin);
  });

  it('gives 9.76 points for 400 answers at the worst case (hand-computed: 100 × 1.96 × √(1/403))', () => {
    expect(npsMarginOfError(400)).toBeCloseTo(9.7633, 3);
  });

  it('refuses impossible splits and margins', () => {
    expect(() => npsMarginOfError(10, { promoters: 0.8, detractors: 0.3 })).toThrow(RangeError);
    expect(() => npsAnswersNeeded(0)).toThrow(RangeError);
  });
});

describe('proportion sample plan (Wilson)', () => {
  it('gives ±4.97 points for 385 answers at ½ (hand-computed: 1.96/(1 + 3.8415/385) × √(0.25/385 + 3.8415/(4 × 385²)))', () => {
    expect(proportionMarginOfError(385)).toBeCloseTo(4.9698, 3);
  });

  it('needs slightly fewer answers than the Wald rule of thumb (1,068 / 385 / 97 for ±3 / ±5 / ±10 at ½)', () => {
    for (const [margin, wald] of [
      [3, 1068],
      [5, 385],
      [10, 97],
    ] as const) {
      const needed = proportionAnswersNeeded(margin);
      expect(needed).toBeLessThanOrEqual(wald);
      expect(needed).toBeGreaterThan(wald - 6);
      expect(proportionMarginOfError(needed)).toBeLessThanOrEqual(margin);
      expect(proportionMarginOfError(needed - 1)).toBeGreaterThan(margin);
    }
  });

  it('narrows away from ½', () => {
    expect(proportionMarginOfError(400, 0.9)).toBeLessThan(proportionMarginOfError(400, 0.5));
  });
});
