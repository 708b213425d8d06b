import type { MeanSample } from './welchTest.js';

/**
 * n, mean and sample variance (n − 1 in the denominator) of values known only by their count,
 * sum and sum of squares: variance = (Σx² − n·x̄²) / (n − 1), kept at 0 or more against
 * rounding, 0 for a single value. The mean of no value is NaN: callers check n first.
 *
 * @example
 * meanOfSums(3, 6, 14) // { n: 3, mean: 2, variance: 1 } (values 1, 2, 3)
 */
export function meanOfSums(n: number, sum: number, sumOfSquares: number): MeanSample {
  const mean = sum / n;
  return { n, mean, variance: n > 1 ? Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1)) : 0 };
}
