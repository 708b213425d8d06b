import { assertCount } from '../_lib/assertCount.js';
import { meanOfSums } from '../stats/meanOfSums.js';

/** Below this α a dimension's items are flagged as not measuring one thing well enough (Nunnally, 1978). */
export const ALPHA_WARNING_BELOW = 0.7;

/** The sums α is computed from, over the respondents who answered every item of a dimension. */
export interface AlphaStatistics {
  /** Respondents who answered all the dimension's items. */
  respondents: number;
  /** Per item, over those respondents: Σ answer and Σ answer² (after reversal). */
  items: readonly { sum: number; sumSquares: number }[];
  /** Σ and Σ² of each respondent's total (the sum of their answers to the items). */
  sumTotals: number;
  sumSquaredTotals: number;
}

/**
 * Cronbach's coefficient α of k items: (k / (k − 1)) · (1 − Σ item variances / variance of the
 * totals), the variances being sample variances over the same respondents.
 *
 * Source: Cronbach, "Coefficient alpha and the internal structure of tests", Psychometrika
 * 16(3):297–334 (1951), formula (2).
 *
 * @returns α (at most 1, negative when the items disagree), or null with fewer than 2 items
 *   or when the totals do not vary
 *
 * @example
 * cronbachAlpha([1, 1], 3) // 0.6667 (2 · (1 − 2/3))
 */
export function cronbachAlpha(itemVariances: readonly number[], totalVariance: number): number | null {
  const k = itemVariances.length;
  if (k < 2 || !(totalVariance > 0)) return null;
  const itemSum = itemVariances.reduce((sum, variance) => sum + variance, 0);
  return (k / (k - 1)) * (1 - itemSum / totalVariance);
}

/**
 * Cronbach's α from the sums the store returns ({@link AlphaStatistics}): each item's and the
 * totals' sample variances from their sums, then {@link cronbachAlpha}. Null with fewer than 2
 * complete respondents or 2 items.
 *
 * @throws {RangeError} when `respondents` is not a non-negative integer
 */
export function cronbachAlphaOfSums(statistics: AlphaStatistics): number | null {
  const { respondents, items, sumTotals, sumSquaredTotals } = statistics;
  assertCount(respondents, 'cronbachAlpha respondents');
  if (respondents < 2) return null;
  const variances = items.map((item) => meanOfSums(respondents, item.sum, item.sumSquares).variance);
  return cronbachAlpha(variances, meanOfSums(respondents, sumTotals, sumSquaredTotals).variance);
}

/** Whether α is below {@link ALPHA_WARNING_BELOW}: the items may not measure one dimension. */
export function isAlphaLow(alpha: number | null): boolean {
  return alpha !== null && alpha < ALPHA_WARNING_BELOW;
}
