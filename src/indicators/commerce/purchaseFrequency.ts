import { assertAtMost } from '../_lib/assertAtMost.js';
import { assertCount } from '../_lib/assertCount.js';
import type { PurchaseFrequencyStatistics } from '../statistics.js';

/** How many orders an ordering customer placed in the period, on average. */
export interface PurchaseFrequencyResult {
  /** orders / customers; `null` without orders. */
  value: number | null;
  /** Orders placed in the period. */
  orders: number;
  /** Distinct customers who placed them. */
  customers: number;
}

/**
 * Purchase frequency: the orders placed in the period divided by the distinct customers who
 * placed them.
 *
 * Definition (docs/indicators.md): value = orders / customers, both over the orders placed in
 * the period; at least 1 whenever there are orders.
 *
 * Source: the purchase frequency of the practitioner's decomposition of customer value,
 * revenue per customer = average order value × purchase frequency (so `clvHistorical` =
 * `averageOrderValue.value` × `value` over the same orders); the count of repeat transactions
 * that the BG/NBD model describes (P. S. Fader, B. G. S. Hardie and K. L. Lee, "'Counting Your
 * Customers' the Easy Way", Marketing Science 24(2):275–284, 2005; `barometre clv`).
 *
 * Interval: none here: it is a ratio of two counts over the same customers, whose honest
 * interval needs the per-customer counts (a bootstrap over customers), not these two sums.
 *
 * Pitfalls: only ordering customers are in the denominator, so it says how often buyers buy,
 * not how many customers buy (see `customerEngagementRate`, `repurchaseRate`); it grows with
 * the length of the period; split orders (one basket shipped as two orders) inflate it.
 *
 * @param statistics - orders in the period and the distinct customers who placed them
 * @returns the ratio; value `null` without orders
 * @throws {RangeError} when a count is not a non-negative integer, there are more customers
 *   than orders, or orders without customers
 *
 * @example
 * purchaseFrequency({ orders: 4, customers: 3 }) // { value: 1.3333333333333333, orders: 4, customers: 3 }
 */
export function purchaseFrequency(statistics: PurchaseFrequencyStatistics): PurchaseFrequencyResult {
  const { orders, customers } = statistics;
  assertCount(orders, 'purchaseFrequency.orders');
  assertCount(customers, 'purchaseFrequency.customers');
  assertAtMost(customers, 'purchaseFrequency.customers', orders, 'purchaseFrequency.orders');
  if (customers === 0 && orders !== 0) {
    throw new RangeError(`purchaseFrequency.orders must be 0 when there are no customers, got ${String(orders)}.`);
  }
  return { value: customers === 0 ? null : orders / customers, orders, customers };
}
