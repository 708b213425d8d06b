import { assertCount } from '../_lib/assertCount.js';
import { assertAmount } from '../_lib/assertAmount.js';
import { CONFIDENCE_LEVEL } from './constants.js';
import type { Interval } from './Interval.js';
import { studentTQuantile } from './studentTQuantile.js';

/** The quantile that bounds a two-sided interval at {@link CONFIDENCE_LEVEL}: 0.975 for 95%. */
const UPPER_QUANTILE = 1 - (1 - CONFIDENCE_LEVEL) / 2;

/**
 * The Student t 95% confidence interval of a mean, from the sample size, the sample mean and
 * the sample variance.
 *
 *     interval = x̄ ± t(0.975, n − 1) · s / √n
 *
 * with s² the sample variance (divided by n − 1) and t(0.975, n − 1) the 97.5th percentile
 * of Student's t distribution with n − 1 degrees of freedom ({@link studentTQuantile}).
 *
 * Source: "Student" (W. S. Gosset), "The probable error of a mean", Biometrika 6(1):1–25,
 * 1908; recommended for the means of rating scales by J. Sauro and J. R. Lewis,
 * Quantifying the User Experience, 2nd ed., Morgan Kaufmann, 2016, ch. 3.
 *
 * Pitfalls: with n = 1 the spread is undefined (s² has n − 1 = 0 in its denominator, and
 * t has 0 degrees of freedom), so the interval is `null`, not a zero-width interval. The
 * interval assumes a roughly normal sampling distribution of the mean; for bounded rating
 * scales and small n it can reach past the scale's ends, and callers that know the bounds
 * may clip it. A variance of 0 (all answers equal) gives the zero-width interval [x̄, x̄].
 *
 * @param n - the number of observations, a positive integer
 * @param mean - the sample mean, a finite number
 * @param sampleVariance - the sample variance Σ(x − x̄)² / (n − 1), a non-negative finite
 *   number (ignored when n = 1)
 * @returns `[low, high]` in the unit of the mean, or `null` when n = 1
 * @throws {RangeError} when n is not a positive integer, the mean is not finite, or the
 *   variance is negative or not finite
 *
 * @example
 * tInterval(10, 5, 4) // [3.569286188058671, 6.430713811941329] (5 ± t(0.975, 9) · 2/√10 = 5 ± 2.262 · 0.632)
 * tInterval(1, 5, 0) // null
 */
export function tInterval(n: number, mean: number, sampleVariance: number): Interval | null {
  assertCount(n, 'tInterval n');
  if (n === 0) {
    throw new RangeError('tInterval n must be positive, got 0.');
  }
  if (!Number.isFinite(mean)) {
    throw new RangeError(`tInterval mean must be a finite number, got ${String(mean)}.`);
  }
  if (n === 1) {
    return null;
  }
  assertAmount(sampleVariance, 'tInterval sampleVariance');
  const halfWidth = studentTQuantile(UPPER_QUANTILE, n - 1) * Math.sqrt(sampleVariance / n);
  return [mean - halfWidth, mean + halfWidth];
}
