import { assertAmount } from '../_lib/assertAmount.js';
import { assertCount } from '../_lib/assertCount.js';
import type { HistoricalValueStatistics } from '../statistics.js';

/** Historical customer value: revenue per ordering customer over the period. */
export interface ClvHistoricalResult {
  /** Revenue / customers, in the orders' currency; `null` without customers. */
  value: number | null;
  /** Distinct customers with an order in the period. */
  customers: number;
  /** Sum of those orders' amounts. */
  revenue: number;
}

/**
 * Historical customer value: the total amount of the orders placed in the period divided by
 * the number of distinct customers who placed them.
 *
 * Definition: value = revenue / customers.
 *
 * Source: this is the backward-looking "historical LTV" (past spend per customer). Customer
 * lifetime value proper is the present value of future margins, S. Gupta and D. R. Lehmann,
 * "Customers as Assets", Journal of Interactive Marketing 17(1):9–24, 2003
 * (http://docplayer.net/47403-Customers-as-assets-sunil-gupta-donald-r-lehmann-abstract.html);
 * the predictive models are `barometre clv` (docs/clv.md).
 *
 * Interval: none. Spend per customer is heavily skewed; a bootstrap over customers would be
 * the honest interval, and it needs per-customer totals, not these two sums.
 *
 * Pitfalls: past revenue is not lifetime value: it is neither margin nor discounted nor
 * predictive, and it grows with the length of the period. Amounts in several currencies are
 * summed as they are; convert them first. A few large customers move the mean a lot.
 *
 * @param statistics - distinct ordering customers and their total order amount
 * @returns revenue per customer; value `null` when customers = 0
 * @throws {RangeError} when customers is not a non-negative integer, revenue is negative or
 *   not finite, or there is revenue without customers
 *
 * @example
 * clvHistorical({ customers: 4, revenue: 250 }) // { value: 62.5, customers: 4, revenue: 250 }
 */
export function clvHistorical(statistics: HistoricalValueStatistics): ClvHistoricalResult {
  const { customers, revenue } = statistics;
  assertCount(customers, 'clvHistorical.customers');
  assertAmount(revenue, 'clvHistorical.revenue');
  if (customers === 0 && revenue !== 0) {
    throw new RangeError(`clvHistorical.revenue must be 0 when there are no customers, got ${String(revenue)}.`);
  }
  return { value: customers === 0 ? null : revenue / customers, customers, revenue };
}
