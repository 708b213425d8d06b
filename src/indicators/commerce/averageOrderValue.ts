import { assertAmount } from '../_lib/assertAmount.js';
import { assertCount } from '../_lib/assertCount.js';
import type { Interval } from '../stats/Interval.js';
import { tInterval } from '../stats/tInterval.js';
import type { OrderValueStatistics } from '../statistics.js';

/** The average basket: the mean amount of the period's orders. */
export interface AverageOrderValueResult {
  /** revenue / orders, in the orders' currency; `null` without orders. */
  value: number | null;
  /** Orders placed in the period. */
  orders: number;
  /** Sum of their amounts. */
  revenue: number;
  /** Student t 95% interval of the mean, its low end at least 0; `null` for fewer than two orders. */
  ci95: Interval | null;
}

/**
 * The average order value (average basket, « panier moyen »): the mean amount of the orders
 * placed in the period.
 *
 * Definition (docs/indicators.md): value = Σ amount / orders over the orders placed in the
 * period. The sample variance comes from the three sums the store returns:
 * s² = (Σx² − (Σx)² / n) / (n − 1), floored at 0 (rounding can make it slightly negative when
 * every amount is the same).
 *
 * Source: revenue per order, the "average order value" of e-commerce analytics (GA4's "average
 * purchase revenue" is the same ratio over purchase events; Analytics Help, "[GA4] Analytics
 * dimensions and metrics"); one of the three factors of the practitioner's shortcut
 * CLV ≈ AOV × purchase frequency × lifespan.
 *
 * Interval: Student t interval of the mean, x̄ ± t(0.975, n − 1) · s / √n ({@link tInterval}),
 * its low end raised to 0 since no amount is negative. Amounts are skewed to the right; with
 * a few hundred orders the mean's sampling distribution is close enough to normal for the
 * t interval, with a few dozen it is rough.
 *
 * Pitfalls: a handful of very large orders (B2B, gift lists) move the mean a lot — look at
 * the median too; refunds and cancelled orders must be taken out before import; orders in
 * several currencies are summed as they are; whether amounts include tax and shipping must be
 * the same in the periods compared.
 *
 * @param statistics - the orders of the period, the sum of their amounts and of their squares
 * @returns the mean, the counts and the interval; value `null` without orders
 * @throws {RangeError} when orders is not a non-negative integer, a sum is negative or not
 *   finite, or there are amounts without orders
 *
 * @example
 * averageOrderValue({ orders: 4, revenue: 100, revenueSquares: 3000 })
 * // amounts 10, 30, 20, 40: mean 25, s² = (3000 − 2500) / 3 = 166.67, 25 ± 3.1824 × √(166.67 / 4)
 * // { value: 25, orders: 4, revenue: 100, ci95: [4.457397432394796, 45.5426025676052] }
 */
export function averageOrderValue(statistics: OrderValueStatistics): AverageOrderValueResult {
  const { orders, revenue, revenueSquares } = statistics;
  assertCount(orders, 'averageOrderValue.orders');
  assertAmount(revenue, 'averageOrderValue.revenue');
  assertAmount(revenueSquares, 'averageOrderValue.revenueSquares');
  if (orders === 0) {
    if (revenue !== 0 || revenueSquares !== 0) {
      throw new RangeError(`averageOrderValue.revenue must be 0 when there are no orders, got ${String(revenue)}.`);
    }
    return { value: null, orders, revenue, ci95: null };
  }
  const mean = revenue / orders;
  const variance = orders > 1 ? Math.max(0, (revenueSquares - revenue * mean) / (orders - 1)) : 0;
  const interval = tInterval(orders, mean, variance);
  return { value: mean, orders, revenue, ci95: interval === null ? null : [Math.max(0, interval[0]), interval[1]] };
}
