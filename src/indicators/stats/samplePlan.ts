import { assertCount } from '../_lib/assertCount.js';
import { CONFIDENCE_LEVEL, Z_95 } from './constants.js';
import { studentTQuantile } from './studentTQuantile.js';

/**
 * Sample sizes and margins of error for planning a survey, at 95 % confidence.
 *
 * NPS: promoters and detractors come from one multinomial sample, so a respondent's score on
 * the −1/0/+1 scale has variance V = p + d − (p − d)² (p, d the expected shares of promoters
 * and detractors; J. Engelhardt, "Net Promoter Score confidence intervals 2", CYBAEA, 2016).
 * With the adjusted-Wald interval's n + 3 (J. Sauro, "How to compute a confidence interval
 * for Net Promoter Scores" and "Sample sizes for NPS confidence intervals", MeasuringU,
 * https://measuringu.com/nps-ci-sample-size/), the half-width after n answers is
 * z·√(V / (n + 3)) and the answers needed for a margin M are z²V / M² − 3. The worst case is
 * p = d = ½ (V = 1).
 *
 * Proportions (the CSAT satisfied share, a churn or response rate): the half-width of the
 * Wilson score interval (E. B. Wilson, JASA 22(158):209–212, 1927) at the expected share p,
 * worst at p = ½.
 *
 * Means (the CES on its 1–7 scale): the half-width of the Student t interval the report gives,
 * t(0.975, n − 1)·s/√n, at the expected standard deviation s (W. S. Gosset, Biometrika
 * 6(1):1–25, 1908; the planning use is J. Sauro and J. R. Lewis, Quantifying the User
 * Experience, 2nd ed., 2016, ch. 6, which starts from z²s²/M² and refines with t). The worst
 * case on a 1–7 scale is s = (7 − 1)/2 = 3: half the answers at each end.
 */

/** The shares of promoters and detractors a survey expects, each from 0 to 1, summing to at most 1. */
export interface ExpectedSplit {
  promoters: number;
  detractors: number;
}

/** The worst case for an NPS margin: half promoters, half detractors. */
export const WORST_CASE_SPLIT: ExpectedSplit = { promoters: 0.5, detractors: 0.5 };

function assertSplit(split: ExpectedSplit): number {
  const { promoters: p, detractors: d } = split;
  if (!(p >= 0 && d >= 0 && p + d <= 1 + 1e-12)) throw new RangeError(`An expected split needs shares from 0 to 1 summing to at most 1, got ${p} and ${d}.`);
  return p + d - (p - d) ** 2;
}

/**
 * The 95 % margin of error, in NPS points, that `answers` answers give at the expected split:
 * 100·z·√(V / (n + 3)). Example (MeasuringU's table): 382 answers at the worst case give ±10.0 points.
 */
export function npsMarginOfError(answers: number, split: ExpectedSplit = WORST_CASE_SPLIT): number {
  assertCount(answers, 'npsMarginOfError answers');
  return 100 * Z_95 * Math.sqrt(assertSplit(split) / (answers + 3));
}

/**
 * The answers needed for a 95 % NPS margin of ±`margin` points at the expected split:
 * ⌈z²V / (margin/100)² − 3⌉, at least 1. Example: ±5 points at p = .45, d = .25 needs 1,012.
 */
export function npsAnswersNeeded(margin: number, split: ExpectedSplit = WORST_CASE_SPLIT): number {
  if (!(margin > 0 && margin <= 200)) throw new RangeError(`npsAnswersNeeded needs a margin from 0 to 200 points, got ${margin}.`);
  return Math.max(1, Math.ceil((Z_95 * Z_95 * assertSplit(split)) / (margin / 100) ** 2 - 3 - 1e-9));
}

/**
 * The 95 % margin of error, in percentage points, of a proportion measured on `answers`
 * answers when its true value is `share`: the Wilson interval's half-width
 * z/(1 + z²/n)·√(p(1 − p)/n + z²/4n²). Example: 385 answers at ½ give ±4.97 points.
 */
export function proportionMarginOfError(answers: number, share = 0.5): number {
  assertCount(answers, 'proportionMarginOfError answers');
  if (answers === 0) return 100;
  if (!(share >= 0 && share <= 1)) throw new RangeError(`proportionMarginOfError needs a share from 0 to 1, got ${share}.`);
  const z2 = Z_95 * Z_95;
  return (100 * Z_95 * Math.sqrt((share * (1 - share)) / answers + z2 / (4 * answers * answers))) / (1 + z2 / answers);
}

/**
 * The fewest answers whose Wilson margin for a proportion near `share` is at most ±`margin`
 * percentage points (the margin falls as answers grow; found by bisection).
 */
export function proportionAnswersNeeded(margin: number, share = 0.5): number {
  if (!(margin > 0 && margin < 100)) throw new RangeError(`proportionAnswersNeeded needs a margin from 0 to 100 points, got ${margin}.`);
  return fewestAnswers(1, (answers) => proportionMarginOfError(answers, share) <= margin);
}

/** The largest standard deviation a variable on a 1–7 scale can have: half its answers at 1, half at 7. */
export const WORST_CASE_SD_1_TO_7 = (7 - 1) / 2;

/** The quantile that bounds a two-sided interval at {@link CONFIDENCE_LEVEL}: 0.975 for 95 %. */
const UPPER_QUANTILE = 1 - (1 - CONFIDENCE_LEVEL) / 2;

/**
 * The 95 % margin of error of a mean measured on `answers` answers (at least 2) whose
 * standard deviation is `sd`, in the scale's own points: t(0.975, n − 1)·s/√n, the half-width
 * of the report's t interval. Example: 100 answers at s = 1.5 give ±0.298 (1.984 × 1.5/10).
 */
export function meanMarginOfError(answers: number, sd: number = WORST_CASE_SD_1_TO_7): number {
  assertCount(answers, 'meanMarginOfError answers');
  if (answers < 2) throw new RangeError(`meanMarginOfError needs at least 2 answers to measure a spread, got ${answers}.`);
  if (!(sd > 0 && Number.isFinite(sd))) throw new RangeError(`meanMarginOfError needs a positive standard deviation, got ${sd}.`);
  return (studentTQuantile(UPPER_QUANTILE, answers - 1) * sd) / Math.sqrt(answers);
}

/**
 * The fewest answers (at least 2) whose t margin for a mean with standard deviation `sd` is at
 * most ±`margin` scale points: a little more than the normal approximation ⌈(z·s/M)²⌉, most
 * for small samples. Example: ±0.2 at s = 3 needs 867, where (1.96 × 3/0.2)² gives 865.
 */
export function meanAnswersNeeded(margin: number, sd: number = WORST_CASE_SD_1_TO_7): number {
  if (!(margin > 0 && Number.isFinite(margin))) throw new RangeError(`meanAnswersNeeded needs a positive margin, got ${margin}.`);
  return fewestAnswers(2, (answers) => meanMarginOfError(answers, sd) <= margin);
}

/**
 * The fewest answers from `least` on for which `enough` holds, by doubling then bisection;
 * `enough` must turn true once and stay true as answers grow (a margin falls with n).
 */
function fewestAnswers(least: number, enough: (answers: number) => boolean): number {
  let low = least;
  let high = least;
  while (!enough(high)) high *= 2;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (enough(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
