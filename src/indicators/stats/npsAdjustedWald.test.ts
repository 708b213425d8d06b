import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npsAdjustedWald } from './npsAdjustedWald.js';

describe('npsAdjustedWald', () => {
  it('reproduces the worked example 90 promoters, 60 passives, 50 detractors → [8.5, 30.9]', () => {
    // Check value of docs/indicators.md, method of MeasuringU (https://measuringu.com/nps-confidence-intervals/):
    // n' = 203, p' = 90.75/203 = 0.447044, d' = 50.75/203 = 0.25, NPS' = 0.197044
    // V' = 0.447044 + 0.25 − 0.197044² = 0.658218, SE = √(0.658218/203) = 0.056943
    // CI = 100 × (0.197044 ± 1.959964 · 0.056943) = [8.544, 30.865]
    const [low, high] = npsAdjustedWald(90, 60, 50);
    expect(low).toBeCloseTo(8.5, 1);
    expect(high).toBeCloseTo(30.9, 1);
    expect(low).toBeCloseTo(8.544, 3);
    expect(high).toBeCloseTo(30.865, 3);
  });

  it('clips the interval to [−100, 100]', () => {
    // 100 promoters: n' = 103, p' = 100.75/103, d' = 0.75/103, NPS' = 0.970874,
    // SE = √((0.985437 − 0.942596)/103) = 0.020394 → upper 1.0108 → clipped to 100.
    const [low, high] = npsAdjustedWald(100, 0, 0);
    expect(high).toBe(100);
    expect(low).toBeCloseTo(93.09, 2);
    expect(npsAdjustedWald(0, 0, 100)[0]).toBe(-100);
  });

  it('is centred on the adjusted score, so a single promoter gives [−48.5, 98.5], which excludes the observed 100', () => {
    // n' = 4, p' = 1.75/4 = 0.4375, d' = 0.1875, NPS' = 0.25, V' = 0.625 − 0.0625 = 0.5625,
    // SE = √(0.5625/4) = 0.375, CI = 100 × (0.25 ± 0.734986) = [−48.499, 98.499]
    const [low, high] = npsAdjustedWald(1, 0, 0);
    expect(low).toBeCloseTo(-48.499, 3);
    expect(high).toBeCloseTo(98.499, 3);
  });

  it('gives an interval centred on 0 for a single passive', () => {
    const [low, high] = npsAdjustedWald(0, 1, 0);
    expect(low).toBeCloseTo(-high, 12);
  });

  it('rejects negative or fractional counts and an empty sample with a RangeError', () => {
    expect(() => npsAdjustedWald(0, 0, 0)).toThrow(RangeError);
    expect(() => npsAdjustedWald(-1, 2, 3)).toThrow(/promoters must be a non-negative integer, got -1/);
    expect(() => npsAdjustedWald(1, 2.5, 3)).toThrow(/passives must be a non-negative integer, got 2.5/);
    expect(() => npsAdjustedWald(1, 2, Number.POSITIVE_INFINITY)).toThrow(/detractors/);
  });

  it('contains the observed NPS from two answers on and stays within [−100, 100]', () => {
    // n = 1 is the only size at which the observed NPS can fall outside (see the test above);
    // an exhaustive check over every split of n = 2..400 found no other case.
    const counts = fc.tuple(fc.nat({ max: 2_000 }), fc.nat({ max: 2_000 }), fc.nat({ max: 2_000 }));
    fc.assert(
      fc.property(counts, ([promoters, passives, detractors]) => {
        const n = promoters + passives + detractors;
        fc.pre(n >= 2);
        const [low, high] = npsAdjustedWald(promoters, passives, detractors);
        const score = (100 * (promoters - detractors)) / n;
        expect(low).toBeGreaterThanOrEqual(-100);
        expect(high).toBeLessThanOrEqual(100);
        expect(low).toBeLessThanOrEqual(score);
        expect(high).toBeGreaterThanOrEqual(score);
      }),
    );
  });

  it('contains the observed NPS for every split of 2 to 60 answers', () => {
    for (let n = 2; n <= 60; n += 1) {
      for (let promoters = 0; promoters <= n; promoters += 1) {
        for (let detractors = 0; promoters + detractors <= n; detractors += 1) {
          const [low, high] = npsAdjustedWald(promoters, n - promoters - detractors, detractors);
          const score = (100 * (promoters - detractors)) / n;
          if (score < low || score > high) {
            throw new Error(`NPS ${String(score)} outside [${String(low)}, ${String(high)}] for ${String(promoters)}/${String(detractors)} of ${String(n)}`);
          }
        }
      }
    }
  });
});
