import { assertDistribution } from '../_lib/assertDistribution.js';
import type { NpsDistribution } from '../statistics.js';
import { nps, type NpsResult } from './nps.js';

/** The eNPS question is answered on 0–10: eleven scale points. */
const SCALE_POINTS = 11;

/**
 * The fewest employee answers for which an eNPS is shown. Below it (but above 0) the result
 * is suppressed so that no one's answer can be read off the score: with 1 answer the score
 * is that answer's category, and with a handful a colleague who knows some answers can
 * deduce the others. docs/indicators.md fixes the threshold at 5.
 */
export const ENPS_MIN_RESPONDENTS = 5;

/** What is reported instead of an eNPS computed from 1 to 4 answers. */
export interface EnpsSuppressedResult {
  suppressed: true;
  /**
   * Absent when the figure rests on 1 to 4 respondents itself. `complement`: shown beside the
   * total and the other groups it would reveal a small group by subtraction; `filter`: --where
   * leaves out 1 to 4 respondents of the unfiltered figure (docs/indicators.md, "Anonymity").
   */
  reason?: 'complement' | 'filter';
}

/** An eNPS: the NPS of employee answers, or the suppression marker for 1–4 answers. */
export type EnpsResult = NpsResult | EnpsSuppressedResult;

/**
 * The employee Net Promoter Score: the NPS of employees' 0–10 answers to "How likely are you
 * to recommend [company] as a place to work?", suppressed for 1 to 4 answers.
 *
 * Definition: as {@link nps}: promoters 9–10, passives 7–8, detractors 0–6;
 * eNPS = 100 × (promoters − detractors) / n. With 1 ≤ n < {@link ENPS_MIN_RESPONDENTS} the
 * result is exactly `{ suppressed: true }`, with no value and no counts (anonymity,
 * docs/indicators.md). With n = 0 there is nothing to protect and the result is the empty NPS
 * (value `null`).
 *
 * Source: the NPS mechanics of Reichheld (HBR, 2003) and Bain & Company
 * (https://nps.bain.com/about/measuring-your-net-promoter-score/) applied to employees, as
 * in SurveyMonkey's "Employee Net Promoter Score benchmarks"
 * (https://www.surveymonkey.com/learn/employee-feedback/employee-nps-benchmarks/). No single
 * authoritative question wording exists; store the wording with the survey.
 *
 * Interval: adjusted Wald, as {@link nps}.
 *
 * Pitfalls: small teams give very wide intervals (±30 points and more for n < 40); the
 * suppression rule applies to every group of a `--by` split as well as to the whole report,
 * and a suppressed group must not be recoverable by subtracting the other groups from the
 * total (not something this function can prevent on its own).
 *
 * @param distribution - counts of employee answers per score, index = score 0..10
 * @returns the NPS result, or `{ suppressed: true }` for 1 to 4 answers
 * @throws {RangeError} when the distribution does not have 11 counts or a count is not a
 *   non-negative integer
 *
 * @example
 * enps([0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1]) // { suppressed: true }
 * enps([0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 2]).value // 40
 */
export function enps(distribution: NpsDistribution): EnpsResult {
  const n = assertDistribution(distribution, SCALE_POINTS, 0, 'enps');
  if (n > 0 && n < ENPS_MIN_RESPONDENTS) {
    return { suppressed: true };
  }
  return nps(distribution);
}
