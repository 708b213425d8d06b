import { assertCount } from '../_lib/assertCount.js';
import { Z_95 } from './constants.js';
import type { Interval } from './Interval.js';
import { ADJUSTED_WALD_PSEUDO_COUNTS } from './npsAdjustedWald.js';
import { twoSidedNormalPValue } from './normalTail.js';

/** Promoters, passives and detractors of one group of NPS answers. */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** The difference between two independent groups' NPS, with its interval. */
export interface NpsDifference {
  /** NPS of the first group minus NPS of the second, in NPS points (−200 to 200). */
  value: number;
  /** Adjusted-Wald 95% interval of the difference, in NPS points. */
  ci95: Interval;
  /** Two-sided p-value of the matching z-test, Δ′ / SE against the standard normal. */
  pValue: number;
}

/**
 * The difference between the Net Promoter Scores of two independent groups of respondents
 * (two periods, or those who mention a theme against those who do not), with the
 * adjusted-Wald 95% interval of the difference.
 *
 * Each group gets the adjusted-Wald pseudo-counts of `npsAdjustedWald` (¾ promoter, ¾
 * detractor, 3 answers); with p', d', n' and V' = p' + d' − (p' − d')² per group,
 *
 *     Δ'  = (p'₁ − d'₁) − (p'₂ − d'₂)
 *     SE  = √(V'₁/n'₁ + V'₂/n'₂)
 *     CI  = 100 × [Δ' − z·SE, Δ' + z·SE], clipped to [−200, 200]
 *     p   = P(|Z| ≥ |Δ'| / SE), two-sided (below 0.05 exactly when the unclipped CI excludes 0)
 *
 * `value` is the observed difference (unadjusted), as the NPS itself is reported; the
 * interval is centred on the adjusted difference, pulled slightly towards 0.
 *
 * Source: J. Sauro, "How to compare two Net Promoter Scores" — the adjusted-Wald
 * significance test (https://measuringu.com/nps-significance-test/), evaluated against
 * trinomial-means and bootstrap tests in https://measuringu.com/nps-three-significance-tests/
 * (docs/feedback.md uses it for theme drivers). Valid for independent samples only: the same respondents answering two
 * waves need a paired analysis.
 *
 * @param first - counts of the first group (at least one answer)
 * @param second - counts of the second group (at least one answer)
 * @throws {RangeError} when a count is not a non-negative integer or a group is empty
 *
 * @example
 * npsDifference({ promoters: 90, passives: 60, detractors: 50 }, { promoters: 80, passives: 60, detractors: 60 })
 * // { value: 10, ci95: [-6.06…, 25.82…], pValue: 0.22… }  (Δ' = 9.9, 95% CI [−6.1, +25.8] by Sauro's test)
 */
export function npsDifference(first: NpsCounts, second: NpsCounts): NpsDifference {
  const a = adjusted(first, 'first');
  const b = adjusted(second, 'second');
  const difference = a.score - b.score;
  const standardError = Math.sqrt(a.variance / a.n + b.variance / b.n);
  return {
    value: 100 * (a.observed - b.observed),
    ci95: [100 * Math.max(-2, difference - Z_95 * standardError), 100 * Math.min(2, difference + Z_95 * standardError)],
    pValue: twoSidedNormalPValue(difference / standardError),
  };
}

/** One group's observed NPS (fraction), adjusted NPS', its variance V' and n'. */
function adjusted(counts: NpsCounts, name: string): { observed: number; score: number; variance: number; n: number } {
  assertCount(counts.promoters, `npsDifference ${name}.promoters`);
  assertCount(counts.passives, `npsDifference ${name}.passives`);
  assertCount(counts.detractors, `npsDifference ${name}.detractors`);
  const answers = counts.promoters + counts.passives + counts.detractors;
  if (answers === 0) throw new RangeError(`npsDifference needs at least one answer in the ${name} group, got none.`);
  const { promoters, detractors, responses } = ADJUSTED_WALD_PSEUDO_COUNTS;
  const n = answers + responses;
  const p = (counts.promoters + promoters) / n;
  const d = (counts.detractors + detractors) / n;
  const score = p - d;
  return { observed: (counts.promoters - counts.detractors) / answers, score, variance: p + d - score * score, n };
}
