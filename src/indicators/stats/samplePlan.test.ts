import { describe, expect, it } from 'vitest';
import { meanAnswersNeeded, meanMarginOfError, npsAnswersNeeded, npsMarginOfError, proportionAnswersNeeded, proportionMarginOfError } from './samplePlan.js';

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

describe('mean sample plan (Student t)', () => {
  it('gives ±0.298 for 100 answers at s = 1.5 (hand-computed: t(0.975, 99) = 1.984 from the t table, × 1.5 / √100)', () => {
    expect(meanMarginOfError(100, 1.5)).toBeCloseTo(0.2976, 3);
  });

  it('needs 12 answers for ±1 at s = 1.5 (t table: 2.201 × 1.5/√12 = 0.953 ≤ 1, 2.228 × 1.5/√11 = 1.008 > 1), where z alone says 9', () => {
    expect(meanAnswersNeeded(1, 1.5)).toBe(12);
    expect(Math.ceil((1.96 * 1.5) ** 2)).toBe(9);
  });

  it('needs 867 answers for ±0.2 at the 1–7 worst case s = 3, two more than (1.96 × 3 / 0.2)² = 864.3 rounded up', () => {
    expect(meanAnswersNeeded(0.2)).toBe(867);
    expect(meanMarginOfError(867)).toBeLessThanOrEqual(0.2);
    expect(meanMarginOfError(866)).toBeGreaterThan(0.2);
  });

  it('refuses one answer, a zero spread and a zero margin', () => {
    expect(() => meanMarginOfError(1, 1)).toThrow(RangeError);
    expect(() => meanMarginOfError(10, 0)).toThrow(RangeError);
    expect(() => meanAnswersNeeded(0, 1)).toThrow(RangeError);
  });
});
