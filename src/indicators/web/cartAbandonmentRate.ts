import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { CartStatistics } from '../statistics.js';

/** Share of carts that did not end in a purchase the same day. */
export interface CartAbandonmentRateResult {
  /** % of visitor-days with a cart and no purchase (0–100); `null` without carts. */
  value: number | null;
  /** Visitor-days with at least one `cart` event. */
  carts: number;
  /** Of those, visitor-days without a `purchase` event. */
  abandoned: number;
  /** Wilson 95% interval of `value`, in percent; `null` without carts. */
  ci95: Interval | null;
}

/**
 * The cart abandonment rate: the percentage of carts not followed by a purchase.
 *
 * Definition (docs/indicators.md): the unit is the visitor-day. carts = visitor-days with at least
 * one `cart` event; abandoned = of those, the visitor-days with no `purchase` event that
 * day; value = 100 × abandoned / carts (= 100 × (1 − purchases / carts)).
 *
 * Source: abandonment = 1 − completed purchases / carts created, as compiled by the Baymard
 * Institute across ~50 studies (https://baymard.com/lists/cart-abandonment-rate).
 *
 * Interval: Wilson score interval of abandoned / carts (`stats/wilsonInterval.ts`).
 *
 * Pitfalls: a cart left today and bought tomorrow counts as abandoned, because the unit is
 * the day. Whether "cart" means add-to-cart or checkout start changes the rate a lot, as do
 * bots and the device mix (mobile abandonment runs far above desktop). Visitor-days of one
 * visitor are not independent, so the interval is somewhat too narrow for frequent visitors.
 *
 * @param statistics - visitor-days with a cart, and those without a purchase
 * @returns the rate and its interval; value and ci95 `null` when carts = 0
 * @throws {RangeError} when a count is not a non-negative integer or abandoned > carts
 *
 * @example
 * cartAbandonmentRate({ carts: 50, abandoned: 45 })
 * // { value: 90, carts: 50, abandoned: 45, ci95: [78.63976856252035, 95.65242350681096] }
 */
export function cartAbandonmentRate(statistics: CartStatistics): CartAbandonmentRateResult {
  const { carts, abandoned } = statistics;
  const { value, ci95 } = percentWithInterval(abandoned, 'cartAbandonmentRate.abandoned', carts, 'cartAbandonmentRate.carts');
  return { value, carts, abandoned, ci95 };
}
