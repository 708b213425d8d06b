import { assertAmount } from '../_lib/assertAmount.js';
import { assertCount } from '../_lib/assertCount.js';
import type { AuditTouchpointStatistics, AuditVisitStatistics, MysteryShoppingStatistics } from '../statistics.js';

/** The mean visit score of one site. */
export interface SiteScore {
  /** Mean over the site's visits of the visit score (usually 0–100); `null` without visits. */
  value: number | null;
  /** Visits of the site in the period. */
  visits: number;
}

/** The pooled score of one touchpoint. */
export interface TouchpointScore {
  /** 100 × Σ(weight × score) / Σ(weight × max_score) over the touchpoint's rows; `null` when that maximum is 0. */
  value: number | null;
  /** Criterion rows of the touchpoint in the period. */
  criteria: number;
}

/** Mystery-shopping audit scores: overall, per site and per touchpoint. */
export interface MysteryShoppingResult {
  /** Mean visit score (usually 0–100); `null` without visits. */
  value: number | null;
  /** Visits in the period. */
  visits: number;
  /** Mean visit score per site. */
  bySite: Record<string, SiteScore>;
  /** Pooled weighted score per touchpoint. */
  byTouchpoint: Record<string, TouchpointScore>;
}

/** Checks one set of visit statistics and returns the mean visit score (`null` without visits). */
function meanVisitScore(statistics: AuditVisitStatistics, name: string): number | null {
  const { visits, sumVisitScores } = statistics;
  assertCount(visits, `${name}.visits`);
  assertAmount(sumVisitScores, `${name}.sumVisitScores`);
  if (visits === 0) {
    if (sumVisitScores !== 0) {
      throw new RangeError(`${name}.sumVisitScores must be 0 without visits, got ${String(sumVisitScores)}.`);
    }
    return null;
  }
  return sumVisitScores / visits;
}

/** Checks one touchpoint's sums and returns its pooled score (`null` when the weighted maximum is 0). */
function touchpointScore(statistics: AuditTouchpointStatistics, name: string): TouchpointScore {
  const { criteria, weightedScore, weightedMax } = statistics;
  assertCount(criteria, `${name}.criteria`);
  assertAmount(weightedScore, `${name}.weightedScore`);
  assertAmount(weightedMax, `${name}.weightedMax`);
  return { value: weightedMax === 0 ? null : (100 * weightedScore) / weightedMax, criteria };
}

/**
 * Mystery-shopping (audit) score: the mean over visits of each visit's weighted score, with
 * the mean per site and the pooled score per touchpoint.
 *
 * Definition (docs/indicators.md): a visit's score is 100 × Σ(weight × score) / Σ(weight ×
 * max_score) over its criteria (weight 1 when absent); value = mean visit score over the
 * visits of the period; bySite[site] = the same mean over the site's visits;
 * byTouchpoint[touchpoint] = 100 × Σ(weight × score) / Σ(weight × max_score) pooled over
 * all the touchpoint's criterion rows in the period (not a mean of visit scores).
 *
 * Source: no published standard defines this score; it is the weighted-checklist
 * percentage that mystery-shopping audit grids commonly use, as fixed by docs/indicators.md.
 *
 * Interval: none. Visits are few, criteria within a visit are correlated, and scores are
 * bounded, so no simple interval fits; compare sites with their visit counts in view.
 *
 * Pitfalls: the overall value weights every visit equally, so sites visited more weigh more;
 * the touchpoint score pools rows, so visits with more criteria for that touchpoint weigh
 * more. Scores from different audit grids (criteria, weights, maxima) do not compare. A
 * score above its maximum is not rejected here, so a value can exceed 100 if the data allow
 * it.
 *
 * @param statistics - visits and summed visit scores, overall and per site, and the weighted
 *   sums per touchpoint
 * @returns the mean visit score, per site and per touchpoint; value `null` without visits
 * @throws {RangeError} when a count is not a non-negative integer, a sum is negative or not
 *   finite, or the sites' visits do not add up to the total
 *
 * @example
 * mysteryShopping({
 *   visits: 2, sumVisitScores: 150,
 *   bySite: { Lyon: { visits: 2, sumVisitScores: 150 } },
 *   byTouchpoint: { accueil: { criteria: 4, weightedScore: 9, weightedMax: 12 } },
 * })
 * // { value: 75, visits: 2, bySite: { Lyon: { value: 75, visits: 2 } },
 * //   byTouchpoint: { accueil: { value: 75, criteria: 4 } } }
 */
export function mysteryShopping(statistics: MysteryShoppingStatistics): MysteryShoppingResult {
  const value = meanVisitScore(statistics, 'mysteryShopping');
  let siteVisits = 0;
  // Object.fromEntries defines own properties, so a site called "__proto__" stays a site.
  const bySite: Record<string, SiteScore> = Object.fromEntries(
    Object.entries(statistics.bySite).map(([site, siteStatistics]) => {
      const siteValue = meanVisitScore(siteStatistics, `mysteryShopping.bySite[${JSON.stringify(site)}]`);
      siteVisits += siteStatistics.visits;
      return [site, { value: siteValue, visits: siteStatistics.visits }];
    }),
  );
  if (siteVisits !== statistics.visits) {
    throw new RangeError(`mysteryShopping.bySite visits add up to ${String(siteVisits)}, not to mysteryShopping.visits (${String(statistics.visits)}).`);
  }
  const byTouchpoint: Record<string, TouchpointScore> = Object.fromEntries(
    Object.entries(statistics.byTouchpoint).map(([touchpoint, touchpointStatistics]) => [
      touchpoint,
      touchpointScore(touchpointStatistics, `mysteryShopping.byTouchpoint[${JSON.stringify(touchpoint)}]`),
    ]),
  );
  return { value, visits: statistics.visits, bySite, byTouchpoint };
}
