import { describe, expect, it } from 'vitest';
import { npsDifference } from './npsDifference.js';

describe('npsDifference', () => {
  it("reproduces MeasuringU's adjusted-Wald test on 90/60/50 vs 80/60/60: Δ′ 9.9, CI [−6.1, 25.8]", () => {
    const result = npsDifference({ promoters: 90, passives: 60, detractors: 50 }, { promoters: 80, passives: 60, detractors: 60 });
    expect(result.value).toBeCloseTo(10, 10);
    expect(result.ci95[0]).toBeCloseTo(-6.1, 1);
    expect(result.ci95[1]).toBeCloseTo(25.8, 1);
    // Not significant: the interval holds 0, and the matching z-test agrees.
    expect(result.pValue).toBeGreaterThan(0.05);
  });

  it("reproduces MeasuringU's adjusted-Wald test on 450/300/250 vs 400/300/300: CI [2.8, 17.2]", () => {
    const result = npsDifference({ promoters: 450, passives: 300, detractors: 250 }, { promoters: 400, passives: 300, detractors: 300 });
    expect(result.value).toBeCloseTo(10, 10);
    expect(result.ci95[0]).toBeCloseTo(2.8, 1);
    expect(result.ci95[1]).toBeCloseTo(17.2, 1);
    // Significant (the interval excludes 0): z = Δ′ / SE ≈ 9.9 / 3.67 ≈ 2.7, p ≈ 0.007.
    expect(result.pValue).toBeLessThan(0.05);
    expect(result.pValue).toBeCloseTo(0.007, 3);
  });

  it('is antisymmetric: swapping the groups negates the value and mirrors the interval', () => {
    const a = { promoters: 12, passives: 5, detractors: 3 };
    const b = { promoters: 4, passives: 9, detractors: 17 };
    const forward = npsDifference(a, b);
    const backward = npsDifference(b, a);
    expect(backward.value).toBeCloseTo(-forward.value, 12);
    expect(backward.ci95[0]).toBeCloseTo(-forward.ci95[1], 12);
    expect(backward.ci95[1]).toBeCloseTo(-forward.ci95[0], 12);
  });

  it('keeps the interval within [−200, 200] for one answer per group', () => {
    const result = npsDifference({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 0, passives: 0, detractors: 1 });
    expect(result.value).toBe(200);
    expect(result.ci95[0]).toBeGreaterThanOrEqual(-200);
    expect(result.ci95[1]).toBeLessThanOrEqual(200);
  });

  it('refuses an empty group and counts that are not counts', () => {
    expect(() => npsDifference({ promoters: 0, passives: 0, detractors: 0 }, { promoters: 1, passives: 0, detractors: 0 })).toThrow(/first group/);
    expect(() => npsDifference({ promoters: 1, passives: 0, detractors: 0 }, { promoters: 1.5, passives: 0, detractors: 0 })).toThrow(RangeError);
  });
});
