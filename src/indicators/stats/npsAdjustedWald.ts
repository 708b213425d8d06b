import { assertCount } from '../_lib/assertCount.js';
import { Z_95 } from './constants.js';
import type { Interval } from './Interval.js';

/**
 * Pseudo-counts of the adjusted-Wald NPS interval: ¾ of an answer is added to the promoters
 * and to the detractors, and 3 to n (so the remaining 1.5 goes to the passives). These are
 * MeasuringU's constants for 95% confidence, the level used here.
 */
export const ADJUSTED_WALD_PSEUDO_COUNTS = { promoters: 0.75, detractors: 0.75, responses: 3 } as const;

/**
 * The adjusted-Wald 95% confidence interval of a Net Promoter Score, in NPS points
 * (−100 to 100).
 *
 * Promoters and detractors come from one multinomial sample, so the variance of p̂ − d̂ is
 * [p + d − (p − d)²] / n (their covariance −pd/n included; adding the two margins of error
 * as if they were independent proportions is wrong). The adjusted-Wald method adds
 * pseudo-counts before using that variance:
 *
 *     n'   = n + 3
 *     p'   = (promoters + 0.75) / n'
 *     d'   = (detractors + 0.75) / n'
 *     NPS' = p' − d'
 *     V'   = p' + d' − NPS'²
 *     SE   = √(V' / n')
 *     CI   = 100 × [NPS' − z·SE, NPS' + z·SE], clipped to [−100, 100]
 *
 * Sources: B. Rocks, "Interval Estimation for the 'Net Promoter Score'", The American
 * Statistician 70(4):365–372, 2016 (https://arxiv.org/abs/1601.07235) found variations of
 * the adjusted Wald among the best-covering methods; the pseudo-counts above are those of
 * J. R. Lewis and J. Sauro at MeasuringU (https://measuringu.com/nps-confidence-intervals/,
 * https://measuringu.com/nps-three-confidence-intervals/), who checked its coverage on
 * real NPS data. Variance: J. Engelhardt, "Net Promoter Score confidence intervals 2: maths
 * and stats", CYBAEA, 2016
 * (http://www.cybaea.net/journal/2016/01/14/NPS-confidence-intervals-stats/).
 *
 * Pitfalls: the interval is centred on the adjusted NPS', which is pulled towards 0, not on
 * the observed NPS. With a single promoter (or detractor) the observed NPS of 100 (or −100)
 * lies outside the interval ([−48.5, 98.5]); from n = 2 on the observed NPS is always inside
 * it. With n = 200 an NPS is known to about ±11 points only.
 *
 * @param promoters - answers 9–10, a non-negative integer
 * @param passives - answers 7–8, a non-negative integer
 * @param detractors - answers 0–6, a non-negative integer
 * @returns `[low, high]` in NPS points
 * @throws {RangeError} when a count is not a non-negative integer or all three are 0
 *
 * @example
 * npsAdjustedWald(90, 60, 50) // [8.543901297283018, 30.86496569779087] (NPS 20, n = 200)
 */
export function npsAdjustedWald(promoters: number, passives: number, detractors: number): Interval {
  assertCount(promoters, 'npsAdjustedWald promoters');
  assertCount(passives, 'npsAdjustedWald passives');
  assertCount(detractors, 'npsAdjustedWald detractors');
  const n = promoters + passives + detractors;
  if (n === 0) {
    throw new RangeError('npsAdjustedWald needs at least one answer, got 0 promoters, passives and detractors.');
  }

  const nAdjusted = n + ADJUSTED_WALD_PSEUDO_COUNTS.responses;
  const p = (promoters + ADJUSTED_WALD_PSEUDO_COUNTS.promoters) / nAdjusted;
  const d = (detractors + ADJUSTED_WALD_PSEUDO_COUNTS.detractors) / nAdjusted;
  const score = p - d;
  const variance = p + d - score * score;
  const standardError = Math.sqrt(variance / nAdjusted);
  const low = Math.max(-1, score - Z_95 * standardError);
  const high = Math.min(1, score + Z_95 * standardError);
  return [100 * low, 100 * high];
}
