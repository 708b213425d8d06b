import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENPS_MIN_RESPONDENTS, enps } from './enps.js';
import { nps } from './nps.js';

describe('enps', () => {
  it('sets the anonymity threshold at 5 answers, as docs/indicators.md requires', () => {
    expect(ENPS_MIN_RESPONDENTS).toBe(5);
  });

  it('returns exactly { suppressed: true } for 1 to 4 answers, with no value and no counts', () => {
    expect(enps([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])).toStrictEqual({ suppressed: true });
    expect(enps([0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1])).toStrictEqual({ suppressed: true });
    expect(enps([4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toStrictEqual({ suppressed: true });
  });

  it('computes the NPS of employee answers from 5 answers on', () => {
    // Answers 6, 8, 9, 10, 10: 1 detractor, 1 passive, 3 promoters → 100 × (3 − 1) / 5 = 40.
    const distribution = [0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 2];
    const result = enps(distribution);
    expect(result).toEqual(nps(distribution));
    expect(result).toMatchObject({ value: 40, n: 5, promoters: 3, passives: 1, detractors: 1 });
  });

  it('returns the empty NPS (value null) when no employee answered', () => {
    expect(enps([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual({
      value: null,
      n: 0,
      promoters: 0,
      passives: 0,
      detractors: 0,
      ci95: null,
      distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    });
  });

  it('reproduces the NPS worked example 90/60/50 for employees: 20, [8.5, 30.9]', () => {
    // Adjusted-Wald check value of docs/indicators.md (MeasuringU, https://measuringu.com/nps-confidence-intervals/).
    const result = enps([0, 0, 0, 0, 0, 10, 40, 30, 30, 45, 45]);
    expect(result).toMatchObject({ value: 20, n: 200 });
    expect('ci95' in result && result.ci95?.[0]).toBeCloseTo(8.5, 1);
    expect('ci95' in result && result.ci95?.[1]).toBeCloseTo(30.9, 1);
  });

  it('throws a RangeError naming enps for an invalid distribution, even a small one', () => {
    expect(() => enps([1, 0, 0])).toThrow(new RangeError('enps distribution must have 11 counts (scores 0 to 10), got 3.'));
    expect(() => enps([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1])).toThrow(/enps count for score 10/);
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze([0, 0, 0, 0, 0, 0, 2, 0, 1, 1, 2]);
    enps(input);
    expect(input).toEqual([0, 0, 0, 0, 0, 0, 2, 0, 1, 1, 2]);
  });

  it('is suppressed exactly when 1 ≤ n < 5 and equals the NPS otherwise', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3 }), { minLength: 11, maxLength: 11 }), (distribution) => {
        const n = distribution.reduce((sum, count) => sum + count, 0);
        const result = enps(distribution);
        if (n >= 1 && n < ENPS_MIN_RESPONDENTS) {
          expect(result).toStrictEqual({ suppressed: true });
        } else {
          expect(result).toEqual(nps(distribution));
        }
      }),
    );
  });
});
