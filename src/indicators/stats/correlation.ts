import { assertCount } from '../_lib/assertCount.js';
import { Z_95 } from './constants.js';
import type { Interval } from './Interval.js';

/** The sums Pearson's r is computed from, over the n pairs (x, y) that have both values. */
export interface PairSums {
  n: number;
  sumX: number;
  sumY: number;
  sumXX: number;
  sumYY: number;
  sumXY: number;
}

/** A correlation with its 95% interval and the pairs it rests on. */
export interface Correlation {
  /** Pearson's r, −1 to 1. */
  r: number;
  /** Pairs counted. */
  n: number;
  /** Fisher-z 95% interval of r; null with 3 pairs or fewer (its standard error 1/√(n − 3) is undefined). */
  ci95: Interval | null;
}

/**
 * Pearson's product-moment correlation of n pairs known by their sums:
 * r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)), clamped to [−1, 1] against rounding,
 * with its Fisher-z 95% interval ({@link fisherInterval}).
 *
 * Source: Pearson, "Mathematical contributions to the theory of evolution III", Phil. Trans.
 * R. Soc. A 187 (1896); the interval: Fisher, "Frequency distribution of the values of the
 * correlation coefficient in samples from an indefinitely large population", Biometrika 10(4)
 * (1915).
 *
 * @returns null with fewer than 3 pairs or when x or y does not vary (r is undefined)
 * @throws {RangeError} when n is not a non-negative integer
 *
 * @example
 * pearsonOfSums({ n: 3, sumX: 6, sumY: 6, sumXX: 14, sumYY: 14, sumXY: 14 }) // { r: 1, n: 3, ci95: null }
 */
export function pearsonOfSums(sums: PairSums): Correlation | null {
  const { n, sumX, sumY, sumXX, sumYY, sumXY } = sums;
  assertCount(n, 'pearsonOfSums n');
  if (n < 3) return null;
  const spreadX = n * sumXX - sumX * sumX;
  const spreadY = n * sumYY - sumY * sumY;
  // Relative to the sums' size, a spread this small is rounding: the values are all equal.
  if (spreadX <= 1e-9 * n * sumXX || spreadY <= 1e-9 * n * sumYY) return null;
  const r = Math.max(-1, Math.min(1, (n * sumXY - sumX * sumY) / Math.sqrt(spreadX * spreadY)));
  return { r, n, ci95: fisherInterval(r, n) };
}

/**
 * The 95% interval of a correlation r from n pairs by Fisher's z transformation:
 * z = atanh(r), z ± 1.96/√(n − 3), back with tanh. Null with n ≤ 3.
 *
 * Source: Fisher, Biometrika 10(4):507–521 (1915); the standard error 1/√(n − 3) as in
 * Fisher, "Statistical Methods for Research Workers" (1925), §35.
 *
 * @example
 * fisherInterval(0.5, 30) // [0.1704…, 0.7290…]
 */
export function fisherInterval(r: number, n: number): Interval | null {
  if (n <= 3) return null;
  if (r >= 1 || r <= -1) return [r, r];
  const z = Math.atanh(r);
  const halfWidth = Z_95 / Math.sqrt(n - 3);
  return [Math.tanh(z - halfWidth), Math.tanh(z + halfWidth)];
}
