import { assertAtMost } from './assertAtMost.js';
import { assertCount } from './assertCount.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { Interval } from '../stats/Interval.js';

/** A proportion in percent with its Wilson interval, both `null` without any trial. */
export interface PercentWithInterval {
  value: number | null;
  ci95: Interval | null;
}

/**
 * Checks k of n and returns 100 k / n with its Wilson 95% interval, or nulls when n = 0.
 *
 * The shared core of every proportion indicator (CSAT %, churn, repurchase, first-week
 * engagement, cart abandonment, share of voice).
 *
 * @param k - the successes, a non-negative integer ≤ n
 * @param kName - its name in errors, e.g. `churnRate.lost`
 * @param n - the trials, a non-negative integer
 * @param nName - its name in errors, e.g. `churnRate.atStart`
 * @throws {RangeError} when a count is invalid or k > n
 *
 * @example
 * percentWithInterval(0, 'churnRate.lost', 20, 'churnRate.atStart') // { value: 0, ci95: [0, 16.112515805281937] }
 * percentWithInterval(0, 'churnRate.lost', 0, 'churnRate.atStart') // { value: null, ci95: null }
 */
export function percentWithInterval(k: number, kName: string, n: number, nName: string): PercentWithInterval {
  assertCount(n, nName);
  assertCount(k, kName);
  assertAtMost(k, kName, n, nName);
  if (n === 0) {
    return { value: null, ci95: null };
  }
  return { value: (100 * k) / n, ci95: wilsonInterval(k, n) };
}
