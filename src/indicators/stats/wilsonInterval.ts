import { assertCount } from '../_lib/assertCount.js';
import { assertAtMost } from '../_lib/assertAtMost.js';
import { Z_95 } from './constants.js';
import type { Interval } from './Interval.js';

/**
 * The Wilson score 95% confidence interval of a proportion k / n, in percent.
 *
 * The interval is the set of proportions p for which the score test of p is not rejected at
 * the 5% level. With p̂ = k / n and z = {@link Z_95}:
 *
 *     centre     = (p̂ + z² / 2n) / (1 + z² / n)
 *     half-width = z / (1 + z² / n) · √( p̂(1 − p̂) / n + z² / 4n² )
 *     interval   = 100 × [centre − half-width, centre + half-width]
 *
 * Unlike the Wald interval p̂ ± z·√(p̂(1 − p̂)/n), it never leaves [0, 100], never collapses
 * to a single point when k = 0 or k = n, and keeps close to its nominal coverage at small n.
 * The bounds at k = 0 (low) and k = n (high) are exactly 0 and 100: the formula gives them
 * up to rounding, and they are set exactly so that 0 and 100 print as such.
 *
 * Source: E. B. Wilson, "Probable inference, the law of succession, and statistical
 * inference", Journal of the American Statistical Association 22:209–212, 1927 (formula as
 * given at https://www.liquisearch.com/binomial_proportion_confidence_interval/wilson_score_interval);
 * recommended over Wald by L. D. Brown, T. T. Cai and A. DasGupta, "Interval Estimation for
 * a Binomial Proportion", Statistical Science 16(2):101–133, 2001.
 *
 * Pitfall: the interval assumes k counts independent trials. It does not fit rates whose
 * unit can count more than once (engagements per follower) or clustered units (sessions of
 * the same visitor).
 *
 * @param k - the number of successes, an integer in [0, n]
 * @param n - the number of trials, a positive integer (callers report `null` for n = 0
 *   before asking for an interval)
 * @param z - the normal quantile of the interval's level: {@link Z_95} (95%) unless another
 *   level is wanted (Newcombe's difference inverts the interval over z to find its p-value)
 * @returns `[low, high]` in percent, with low ≤ 100 k / n ≤ high
 * @throws {RangeError} when n is not a positive integer, or k is not an integer in [0, n]
 *
 * @example
 * wilsonInterval(45, 50) // [78.63976856252035, 95.65242350681096]
 * wilsonInterval(0, 20) // [0, 16.112515805281937]
 */
export function wilsonInterval(k: number, n: number, z: number = Z_95): Interval {
  assertCount(n, 'wilsonInterval n');
  if (n === 0) {
    throw new RangeError('wilsonInterval n must be positive, got 0.');
  }
  assertCount(k, 'wilsonInterval k');
  assertAtMost(k, 'wilsonInterval k', n, 'n');

  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const low = k === 0 ? 0 : Math.max(0, centre - halfWidth);
  const high = k === n ? 1 : Math.min(1, centre + halfWidth);
  return [100 * low, 100 * high];
}
