import { describe, expect, it } from 'vitest';
import { ces } from '../effort/ces.js';
import { nps } from '../recommendation/nps.js';
import { csat } from '../satisfaction/csat.js';
import { socialEngagementRate } from '../social/socialEngagementRate.js';
import { stickiness } from '../web/stickiness.js';
import { compareIndicators, controlFalseDiscoveries, type Change } from './changes.js';

describe('compareIndicators', () => {
  it('tests a CSAT change with Newcombe: 56/70 against 48/80 is +20 points, [5.24, 33.39] (Newcombe 1998, Table II)', () => {
    const now = [0, 0, 14, 26, 30]; // 56 of 70 answer 4 or 5
    const before = [0, 0, 32, 28, 20]; // 48 of 80
    const changes = compareIndicators({ indicators: { csat: csat(now) }, statistics: {} }, { indicators: { csat: csat(before) }, statistics: {} });
    expect(changes.csat).toMatchObject({ previous: 60, method: 'newcombe', significant: true });
    expect(changes.csat!.delta).toBeCloseTo(20, 10);
    expect(changes.csat!.ci95![0]).toBeCloseTo(5.24, 2);
    expect(changes.csat!.ci95![1]).toBeCloseTo(33.39, 2);
  });

  it('tests an NPS change by the adjusted-Wald difference (MeasuringU: 450/300/250 against 400/300/300, CI [2.8, 17.2])', () => {
    const distribution = (promoters: number, passives: number, detractors: number) => [detractors, 0, 0, 0, 0, 0, 0, passives, 0, promoters, 0];
    const changes = compareIndicators(
      { indicators: { nps: nps(distribution(450, 300, 250)) }, statistics: {} },
      { indicators: { nps: nps(distribution(400, 300, 300)) }, statistics: {} },
    );
    expect(changes.nps).toMatchObject({ previous: 10, delta: 10, method: 'adjusted-wald', significant: true });
    expect(changes.nps!.ci95![0]).toBeCloseTo(2.8, 1);
    expect(changes.nps!.ci95![1]).toBeCloseTo(17.2, 1);
  });

  it('tests a CES mean by Welch’s t from its distribution: 3,4,5 against 5,6,7 (means 4 and 6, variances 1)', () => {
    // Hand computation: SE = √(1/3 + 1/3) = 0.8165, t = −2.449, ν = 4, t(0.975, 4) = 2.7764, CI −2 ± 2.267.
    const now = [0, 0, 1, 1, 1, 0, 0];
    const before = [0, 0, 0, 0, 1, 1, 1];
    const changes = compareIndicators(
      { indicators: { ces: ces(now) }, statistics: { ces: now } },
      { indicators: { ces: ces(before) }, statistics: { ces: before } },
    );
    expect(changes.ces).toMatchObject({ previous: 6, delta: -2, method: 'welch', significant: false });
    expect(changes.ces!.ci95![0]).toBeCloseTo(-2 - 2.7764451 * 0.8164966, 5);
    expect(changes.ces!.pValue).toBeCloseTo(0.0705, 4);
  });

  it('tests the mean engagement rate over posts from its sums of squares, and gives no test without them', () => {
    // Rates 1, 2, 3 (mean 2, variance 1) against 4, 5, 6 (mean 5, variance 1): like the CES case, t = −3.674, ν = 4.
    const now = { posts: 3, sumRate: 6, sumSquaredRate: 14, medianRate: 2, byPlatform: { x: { posts: 3, sumRate: 6, medianRate: 2 } } };
    const before = { posts: 3, sumRate: 15, sumSquaredRate: 77, medianRate: 5, byPlatform: { x: { posts: 3, sumRate: 15, medianRate: 5 } } };
    const tested = compareIndicators(
      { indicators: { socialEngagementRate: socialEngagementRate(now) }, statistics: { socialEngagementRate: now } },
      { indicators: { socialEngagementRate: socialEngagementRate(before) }, statistics: { socialEngagementRate: before } },
    );
    expect(tested.socialEngagementRate).toMatchObject({ previous: 5, delta: -3, method: 'welch', significant: true });
    const { sumSquaredRate: _, ...withoutSquares } = before;
    const untested = compareIndicators(
      { indicators: { socialEngagementRate: socialEngagementRate(now) }, statistics: { socialEngagementRate: now } },
      { indicators: { socialEngagementRate: socialEngagementRate(withoutSquares) }, statistics: { socialEngagementRate: withoutSquares } },
    );
    expect(untested.socialEngagementRate).toEqual({ previous: 5, delta: -3, ci95: null, pValue: null, significant: null, method: null });
  });

  it('gives a ratio of sums previous and delta without a test, and no change where a period has no value', () => {
    const changes = compareIndicators(
      { indicators: { stickiness: stickiness({ days: 2, sumDau: 10, sumMau: 40, dayScopedVisitorDays: 0 }), csat: csat([0, 0, 0, 1, 1]) }, statistics: {} },
      { indicators: { stickiness: stickiness({ days: 2, sumDau: 10, sumMau: 50, dayScopedVisitorDays: 0 }), csat: csat([0, 0, 0, 0, 0]) }, statistics: {} },
    );
    expect(changes.stickiness).toEqual({ previous: 20, delta: 5, ci95: null, pValue: null, significant: null, method: null });
    expect(changes.csat).toBeUndefined();
  });
});

describe('controlFalseDiscoveries', () => {
  const change = (pValue: number | null): Change => ({
    previous: 0,
    delta: 1,
    ci95: pValue === null ? null : [0, 2],
    pValue,
    significant: pValue === null ? null : pValue < 0.05,
    method: pValue === null ? null : 'newcombe',
  });

  it('calls real only the changes that survive Benjamini–Hochberg across the groups, per indicator', () => {
    // Four groups, CSAT p = 0.01, 0.04, 0.03, 0.2: adjusted 0.04, 0.0533, 0.0533, 0.2 — only the first survives.
    const groups = [0.01, 0.04, 0.03, 0.2].map((p) => ({ csat: change(p), stickiness: change(null) }));
    const adjusted = controlFalseDiscoveries(groups);
    expect(adjusted.map((changes) => changes.csat!.significant)).toEqual([true, false, false, false]);
    expect(adjusted[0]!.stickiness!.significant).toBeNull();
    // The input is left as it was.
    expect(groups[1]!.csat!.significant).toBe(true);
  });
});
