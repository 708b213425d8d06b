import { assertDistribution } from '../_lib/assertDistribution.js';
import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { CsatDistribution } from '../statistics.js';

/** The CSAT question is answered on 1–5: five scale points, index 0 = score 1. */
const SCALE_POINTS = 5;
const FIRST_SCORE = 1;
/** Top-2-box rule on 1–5: "satisfied" (4) and "very satisfied" (5) count as positive. */
export const FIRST_POSITIVE_SCORE = 4;

/** Customer satisfaction as the share of positive answers, with the mean rating beside it. */
export interface CsatResult {
  /** % of answers that are 4 or 5 (0–100); `null` without answers. */
  value: number | null;
  /** Number of answers. */
  n: number;
  /** Answers 4 or 5. */
  positive: number;
  /** Mean answer on the 1–5 scale; `null` without answers. Not a percentage. */
  mean: number | null;
  /** Wilson 95% interval of `value`, in percent; `null` without answers. */
  ci95: Interval | null;
  /** The 5 counts per score 1..5 (a copy of the input). */
  distribution: number[];
}

/**
 * Customer satisfaction (CSAT): the percentage of 1–5 answers that are 4 or 5 (top-2-box).
 *
 * Definition: positive = answers 4 ("satisfied") or 5 ("very satisfied");
 * CSAT = 100 × positive / n. The mean answer (1–5) is reported beside it as `mean`.
 *
 * Source: the transactional top-2-box definition as described by e.g. Kicue, "How to
 * calculate CSAT" (https://kicue.com/en/blog/how-to-calculate-csat) and YourOpinion's CSAT
 * calculator (https://youropinion.is/en/docs/calculators/csat).
 *
 * Interval: Wilson score interval of positive / n (`stats/wilsonInterval.ts`).
 *
 * Pitfalls: a mean of 4.2 / 5 is not a CSAT of 84%: some tools report the mean as "CSAT".
 * Top-2-box on 1–5 does not compare with top-2-box on 1–7 or 1–10, and neither compares with
 * the ACSI, a 0–100 model-weighted index rather than a share of satisfied customers.
 *
 * @param distribution - counts of answers per score, index 0 = score 1 … index 4 = score 5
 * @returns the share of positive answers, the mean, and the interval; for no answers,
 *   value, mean and ci95 `null`
 * @throws {RangeError} when the distribution does not have 5 counts or a count is not a
 *   non-negative integer
 *
 * @example
 * csat([1, 1, 3, 25, 20])
 * // { value: 90, n: 50, positive: 45, mean: 4.24,
 * //   ci95: [78.63976856252035, 95.65242350681096], distribution: [1, 1, 3, 25, 20] }
 */
export function csat(distribution: CsatDistribution): CsatResult {
  const n = assertDistribution(distribution, SCALE_POINTS, FIRST_SCORE, 'csat');
  const counts = distribution.slice(0, SCALE_POINTS);
  let positive = 0;
  let scoreSum = 0;
  counts.forEach((count, index) => {
    const score = FIRST_SCORE + index;
    if (score >= FIRST_POSITIVE_SCORE) positive += count;
    scoreSum += score * count;
  });
  const { value, ci95 } = percentWithInterval(positive, 'csat positive answers', n, 'csat n');
  return { value, n, positive, mean: n === 0 ? null : scoreSum / n, ci95, distribution: counts };
}
