import { describe, expect, it } from 'vitest';
import { mysteryShopping } from './mysteryShopping.js';

describe('mysteryShopping', () => {
  it('averages visit scores overall and per site, and pools each touchpoint', () => {
    // Visit 1 (Lyon): accueil 4/5 (weight 1), service 3/5 (weight 2) → 100 × (4 + 6) / (5 + 10) = 66.67
    // Visit 2 (Lyon): accueil 5/5 (weight 1)                          → 100 × 5 / 5 = 100
    // Visit 3 (Paris): accueil 2/5 (weight 1), service 5/5 (weight 2) → 100 × (2 + 10) / (5 + 10) = 80
    // Overall mean (66.67 + 100 + 80) / 3 = 82.22; Lyon (66.67 + 100) / 2 = 83.33; Paris 80.
    // accueil pooled: 100 × (4 + 5 + 2) / 15 = 73.33 over 3 rows; service: 100 × (6 + 10) / 20 = 80 over 2 rows.
    const visit1 = 200 / 3;
    const result = mysteryShopping({
      visits: 3,
      sumVisitScores: visit1 + 100 + 80,
      bySite: {
        Lyon: { visits: 2, sumVisitScores: visit1 + 100 },
        Paris: { visits: 1, sumVisitScores: 80 },
      },
      byTouchpoint: {
        accueil: { criteria: 3, weightedScore: 11, weightedMax: 15 },
        service: { criteria: 2, weightedScore: 16, weightedMax: 20 },
      },
    });
    expect(result.value).toBeCloseTo(740 / 9, 12);
    expect(result.visits).toBe(3);
    expect(result.bySite.Lyon?.value).toBeCloseTo(250 / 3, 12);
    expect(result.bySite.Paris).toEqual({ value: 80, visits: 1 });
    expect(result.byTouchpoint.accueil?.value).toBeCloseTo(220 / 3, 12);
    expect(result.byTouchpoint.service).toEqual({ value: 80, criteria: 2 });
  });

  it('returns value null and empty breakdowns without visits', () => {
    expect(mysteryShopping({ visits: 0, sumVisitScores: 0, bySite: {}, byTouchpoint: {} })).toEqual({
      value: null,
      visits: 0,
      bySite: {},
      byTouchpoint: {},
    });
  });

  it('reports a single visit’s score as the overall and site value', () => {
    expect(
      mysteryShopping({
        visits: 1,
        sumVisitScores: 90,
        bySite: { Nantes: { visits: 1, sumVisitScores: 90 } },
        byTouchpoint: { SAV: { criteria: 1, weightedScore: 9, weightedMax: 10 } },
      }),
    ).toEqual({ value: 90, visits: 1, bySite: { Nantes: { value: 90, visits: 1 } }, byTouchpoint: { SAV: { value: 90, criteria: 1 } } });
  });

  it('gives a touchpoint value null when its weighted maximum is 0', () => {
    const result = mysteryShopping({
      visits: 1,
      sumVisitScores: 50,
      bySite: { Lyon: { visits: 1, sumVisitScores: 50 } },
      byTouchpoint: { accueil: { criteria: 2, weightedScore: 0, weightedMax: 0 } },
    });
    expect(result.byTouchpoint.accueil).toEqual({ value: null, criteria: 2 });
  });

  it('throws a RangeError for inconsistent or invalid statistics', () => {
    expect(() => mysteryShopping({ visits: 2, sumVisitScores: 100, bySite: { Lyon: { visits: 1, sumVisitScores: 50 } }, byTouchpoint: {} })).toThrow(
      new RangeError('mysteryShopping.bySite visits add up to 1, not to mysteryShopping.visits (2).'),
    );
    expect(() => mysteryShopping({ visits: 0, sumVisitScores: 10, bySite: {}, byTouchpoint: {} })).toThrow(
      new RangeError('mysteryShopping.sumVisitScores must be 0 without visits, got 10.'),
    );
    expect(() =>
      mysteryShopping({
        visits: 0,
        sumVisitScores: 0,
        bySite: {},
        byTouchpoint: { accueil: { criteria: 1, weightedScore: 1, weightedMax: -1 } },
      }),
    ).toThrow(/mysteryShopping.byTouchpoint\["accueil"\].weightedMax .* got -1/);
    expect(() => mysteryShopping({ visits: -1, sumVisitScores: 0, bySite: {}, byTouchpoint: {} })).toThrow(/mysteryShopping.visits .* got -1/);
  });

  it('leaves its input unchanged', () => {
    const input = {
      visits: 1,
      sumVisitScores: 90,
      bySite: { Nantes: { visits: 1, sumVisitScores: 90 } },
      byTouchpoint: { SAV: { criteria: 1, weightedScore: 9, weightedMax: 10 } },
    };
    const before = structuredClone(input);
    mysteryShopping(Object.freeze(input));
    expect(input).toEqual(before);
  });
});
