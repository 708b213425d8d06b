import { assertCount } from '../_lib/assertCount.js';
import type { NewCustomerStatistics } from '../statistics.js';

/** Customer acquisition: how many customers the period brought. */
export interface NewCustomersResult {
  /** Customers whose `created_at` falls in the period (a count, 0 when none); `null` without any customer data. */
  value: number | null;
}

/**
 * New customers (acquisition): the number of customers whose `created_at` falls in the
 * period.
 *
 * Definition (docs/indicators.md): value = customers with from ≤ created_at < the day after
 * `to`, whatever happened to them afterwards (a customer created and lost in the period counts).
 *
 * Source: the count of acquired customers that customer acquisition cost divides by (CAC =
 * acquisition spend / new customers), e.g. S. Gupta and D. R. Lehmann, "Customers as Assets",
 * Journal of Interactive Marketing 17(1):9–24, 2003, where the value of a prospect is its
 * lifetime value minus its acquisition cost.
 *
 * Interval: none: a count of the whole population, not a sample.
 *
 * Pitfalls: `created_at` is when the record was created in the source system — an account
 * sign-up, a first order or a newsletter subscription depending on the tool — so the count
 * changes meaning with the source; a re-import that re-creates customers inflates it. Guest
 * checkouts without a customer record are not counted.
 *
 * @param statistics - customers created in the period, null when the rows read hold no customer at all
 * @returns the count; `null` when there is no customer data, as for every indicator without data
 * @throws {RangeError} when the count is not a non-negative integer
 *
 * @example
 * newCustomers({ new: 2 }) // { value: 2 }
 * newCustomers({ new: null }) // { value: null }
 */
export function newCustomers(statistics: NewCustomerStatistics): NewCustomersResult {
  if (statistics.new === null) return { value: null };
  assertCount(statistics.new, 'newCustomers.new');
  return { value: statistics.new };
}
