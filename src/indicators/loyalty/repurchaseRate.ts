import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { RepurchaseStatistics } from '../statistics.js';

/** Share of ordering customers who ordered again within the period. */
export interface RepurchaseRateResult {
  /** % of customers with an order in the period who placed two or more; `null` without customers. */
  value: number | null;
  /** Customers with at least one order in the period. */
  customers: number;
  /** Of those, customers with two or more orders in the period. */
  repeatCustomers: number;
  /** Wilson 95% interval of `value`, in percent; `null` without customers. */
  ci95: Interval | null;
}

/**
 * The repurchase (repeat purchase) rate: among the customers who ordered in the period, the
 * percentage who placed two or more orders in it.
 *
 * Definition: repurchase = 100 × repeatCustomers / customers, both counted over orders
 * placed in the period (the "period" version of the metric).
 *
 * Source: the period definition used by Shopify-oriented analytics tools ("percentage of
 * customers in the selected window who placed two or more orders", MerchantFlow's
 * documentation of the Shopify repeat purchase rate).
 *
 * Interval: Wilson score interval of repeatCustomers / customers (`stats/wilsonInterval.ts`).
 *
 * Pitfalls: the rate grows mechanically with the length of the period, so only periods of
 * equal length compare. The cohort version (of customers whose first order falls in a
 * window, the share ordering again within X days) is a different indicator and must exclude
 * cohorts whose X days are not over. Guest checkouts without a customer id break identity.
 *
 * @param statistics - ordering customers and repeat customers in the period
 * @returns the rate and its interval; value and ci95 `null` when customers = 0
 * @throws {RangeError} when a count is not a non-negative integer or repeatCustomers > customers
 *
 * @example
 * repurchaseRate({ customers: 50, repeatCustomers: 45 })
 * // { value: 90, customers: 50, repeatCustomers: 45, ci95: [78.63976856252035, 95.65242350681096] }
 */
export function repurchaseRate(statistics: RepurchaseStatistics): RepurchaseRateResult {
  const { customers, repeatCustomers } = statistics;
  const { value, ci95 } = percentWithInterval(repeatCustomers, 'repurchaseRate.repeatCustomers', customers, 'repurchaseRate.customers');
  return { value, customers, repeatCustomers, ci95 };
}
