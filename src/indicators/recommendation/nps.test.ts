import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nps } from './nps.js';

/** 11 counts per score 0..10. */
const distributions = fc.array(fc.nat({ max: 500 }), { minLength: 11, maxLength: 11 });

describe('nps', () => {
  it('counts promoters (9–10), passives (7–8) and detractors (0–6) and subtracts the shares', () => {
    // Scores 0..10 with counts 2, 0, 1, 0, 0, 3, 4 | 5, 6 | 7, 8:
    // detractors = 2 + 1 + 3 + 4 = 10, passives = 5 + 6 = 11, promoters = 7 + 8 = 15, n = 36
    // NPS = 100 × (15 − 10) / 36 = 13.888…
    const result = nps([2, 0, 1, 0, 0, 3, 4, 5, 6, 7, 8]);
    expect(result.n).toBe(36);
    expect(result.detractors).toBe(10);
    expect(result.passives).toBe(11);
    expect(result.promoters).toBe(15);
    expect(result.value).toBeCloseTo(500 / 36, 12);
    expect(result.distribution).toEqual([2, 0, 1, 0, 0, 3, 4, 5, 6, 7, 8]);
  });

  it('reproduces the worked example 90/60/50: NPS 20 with adjusted-Wald interval [8.5, 30.9]', () => {
    // Check value of docs/indicators.md (adjusted-Wald per MeasuringU, https://measuringu.com/nps-confidence-intervals/;
    // Rocks 2016, https://arxiv.org/abs/1601.07235): 90 promoters, 60 passives, 50 detractors.
    const result = nps([0, 0, 0, 0, 0, 10, 40, 30, 30, 45, 45]);
    expect(result).toMatchObject({ value: 20, n: 200, promoters: 90, passives: 60, detractors: 50 });
    expect(result.ci95?.[0]).toBeCloseTo(8.5, 1);
    expect(result.ci95?.[1]).toBeCloseTo(30.9, 1);
  });

  it('gives the same score to a polarised and a lukewarm distribution, which is why the counts are reported', () => {
    const polarised = nps([5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]);
    const lukewarm = nps([0, 0, 0, 0, 0, 0, 5, 0, 0, 5, 0]);
    expect(polarised.value).toBe(0);
    expect(lukewarm.value).toBe(0);
    expect(polarised.distribution).not.toEqual(lukewarm.distribution);
  });

  it('returns value and ci95 null, zero counts and eleven zeros when there is no answer', () => {
    expect(nps([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({
      value: null,
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      ci95: null,
      distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    });
  });

  it('gives 100 for a single promoter, with the adjusted-Wald interval [−48.5, 98.5] that leaves it out', () => {
    const result = nps([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(result).toMatchObject({ value: 100, n: 1, promoters: 1, passives: 0, detractors: 0 });
    expect(result.ci95?.[0]).toBeCloseTo(-48.5, 1);
    expect(result.ci95?.[1]).toBeCloseTo(98.5, 1);
  });

  it('gives 0 for a single passive and −100 for a single detractor', () => {
    expect(nps([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]).value).toBe(0);
    expect(nps([0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]).value).toBe(-100);
  });

  it('throws a RangeError for a distribution that is not 11 non-negative integer counts', () => {
    expect(() => nps([0, 0, 0, 0, 0, 0, 0, 0, 0, 1])).toThrow(new RangeError('nps distribution must have 11 counts (scores 0 to 10), got 10.'));
    expect(() => nps([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0])).toThrow(/got 12/);
    expect(() => nps([0, 0, 0, -2, 0, 0, 0, 0, 0, 0, 0])).toThrow(new RangeError('nps count for score 3 must be a non-negative integer, got -2.'));
    expect(() => nps([0, 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 0])).toThrow(/score 9 .* got 1.5/);
    expect(() => nps([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Number.NaN])).toThrow(/score 10 .* got NaN/);
  });

  it('leaves its input unchanged and returns a copy of the distribution', () => {
    const input = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const result = nps(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(result.distribution).not.toBe(input);
    result.distribution[0] = 99;
    expect(input[0]).toBe(1);
  });

  it('always lies in [−100, 100] and, from two answers on, inside its own ci95', () => {
    fc.assert(
      fc.property(distributions, (distribution) => {
        const result = nps(distribution);
        if (result.value === null) {
          expect(result.n).toBe(0);
          expect(result.ci95).toBeNull();
          return;
        }
        expect(result.value).toBeGreaterThanOrEqual(-100);
        expect(result.value).toBeLessThanOrEqual(100);
        expect(result.promoters + result.passives + result.detractors).toBe(result.n);
        const [low, high] = result.ci95 ?? [Number.NaN, Number.NaN];
        expect(low).toBeGreaterThanOrEqual(-100);
        expect(high).toBeLessThanOrEqual(100);
        if (result.n >= 2) {
          expect(low).toBeLessThanOrEqual(result.value);
          expect(high).toBeGreaterThanOrEqual(result.value);
        }
      }),
    );
  });
});
