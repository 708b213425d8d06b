import { assertDistribution } from '../_lib/assertDistribution.js';
import type { Interval } from '../stats/Interval.js';
import { tInterval } from '../stats/tInterval.js';
import type { CesDistribution } from '../statistics.js';

/** CES 2.0 is answered on a 1–7 agreement scale: seven points, index 0 = score 1. */
const SCALE_POINTS = 7;
const FIRST_SCORE = 1;
const LAST_SCORE = FIRST_SCORE + SCALE_POINTS - 1;
/** "Easy" = at least "somewhat agree" that the company made it easy: 5, 6 or 7. */
export const FIRST_EASY_SCORE = 5;

/** Customer effort as the mean agreement on 1–7, with the share of "easy" answers. */
export interface CesResult {
  /** Mean answer on the 1–7 scale (7 = very easy); `null` without answers. */
  value: number | null;
  /** Number of answers. */
  n: number;
  /** % of answers 5, 6 or 7 (0–100); `null` without answers. */
  easyShare: number | null;
  /**
   * Student t 95% interval of the mean, in scale units, clipped to [1, 7]; `null` without
   * answers and for a single answer (no spread to estimate).
   */
  ci95: Interval | null;
  /** The 7 counts per score 1..7 (a copy of the input), as CSAT and NPS carry theirs. */
  distribution: number[];
}

/**
 * The Customer Effort Score (CES 2.0): the mean of 1–7 answers to "[The company] made it
 * easy for me to handle my [request]", 7 meaning strongly agree (very easy).
 *
 * Definition: value = Σ score × count / n; easyShare = 100 × (answers 5–7) / n. The sample
 * variance is computed exactly from the distribution in two passes (the mean first, then
 * Σ count × (score − mean)² / (n − 1)), which avoids the cancellation of Σx² − n x̄².
 *
 * Source: M. Dixon, N. Toman and R. DeLisi, The Effortless Experience, Portfolio, 2013 (the
 * 7-point agreement form); Gartner, "Customer Effort Score"
 * (https://www.gartner.com/en/conferences/emea/customer-experience-uk/why-attend/gartner-insights/rn-customer-effort-score)
 * for the official wording and scale. The mean as the score: Nicereply ("CES will then be the averages of these ratings").
 *
 * Interval: Student t interval of the mean, x̄ ± t(0.975, n − 1) · s / √n ({@link tInterval}),
 * clipped to the scale [1, 7] since a mean of 1–7 answers cannot leave it (small samples
 * would otherwise give bounds such as −3 or 12). For n = 1 it is `null`.
 *
 * Pitfalls: CES 1.0 (Dixon, Freeman and Toman, HBR 2010) asked about effort on 1–5 with
 * lower = better: never trend it with this 1–7 score. Vendors also report the share of 5–7
 * (here `easyShare`) or a net score %(6–7) − %(1–3); say which one is shown. CES is designed
 * for service interactions, not for the relationship as a whole.
 *
 * @param distribution - counts of answers per score, index 0 = score 1 … index 6 = score 7
 * @returns the mean, the easy share and the interval; for no answers, value, easyShare and
 *   ci95 `null`
 * @throws {RangeError} when the distribution does not have 7 counts or a count is not a
 *   non-negative integer
 *
 * @example
 * ces([0, 0, 1, 1, 2, 4, 2])
 * // { value: 5.5, n: 10, easyShare: 80, ci95: [4.592000685735766, 6.407999314264234], distribution: [0, 0, 1, 1, 2, 4, 2] }
 */
export function ces(distribution: CesDistribution): CesResult {
  const n = assertDistribution(distribution, SCALE_POINTS, FIRST_SCORE, 'ces');
  const counts = distribution.slice(0, SCALE_POINTS);
  if (n === 0) {
    return { value: null, n, easyShare: null, ci95: null, distribution: counts };
  }
  let scoreSum = 0;
  let easy = 0;
  counts.forEach((count, index) => {
    const score = FIRST_SCORE + index;
    scoreSum += score * count;
    if (score >= FIRST_EASY_SCORE) easy += count;
  });
  const mean = scoreSum / n;
  let squaredDeviations = 0;
  counts.forEach((count, index) => {
    const deviation = FIRST_SCORE + index - mean;
    squaredDeviations += count * deviation * deviation;
  });
  const interval = tInterval(n, mean, n > 1 ? squaredDeviations / (n - 1) : 0);
  const ci95: Interval | null = interval === null ? null : [Math.max(FIRST_SCORE, interval[0]), Math.min(LAST_SCORE, interval[1])];
  return { value: mean, n, easyShare: (100 * easy) / n, ci95, distribution: counts };
}
