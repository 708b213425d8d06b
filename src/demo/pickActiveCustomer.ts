import type { DemoCustomer } from './demoRecords.js';
import type { Prng } from './prng.js';

/** Attempts before giving up on finding a customer who fits. */
const MAX_ATTEMPTS = 200;

/**
 * A customer chosen at random among those active at `at`: created at least `minTenureMs`
 * before it, not churned by then, and accepted by `accept` (e.g. not surveyed recently).
 *
 * @param rng the random stream.
 * @param customers the customer base, in `created_at` order (as `generateCustomers` returns it).
 * @param at the instant the customer must be active at.
 * @param minTenureMs how long before `at` the customer must have been created.
 * @param accept an extra condition; every customer passes by default.
 * @returns a customer, or `null` when none fits after many tries.
 *
 * @example
 * pickActiveCustomer(rng, customers, Date.UTC(2026, 0, 15), 30 * DAY_MS)?.id; // e.g. 'cus-01734'
 */
export function pickActiveCustomer(
  rng: Prng,
  customers: readonly DemoCustomer[],
  at: number,
  minTenureMs: number,
  accept: (customer: DemoCustomer) => boolean = () => true,
): DemoCustomer | null {
  const eligible = countCreatedBefore(customers, at - minTenureMs);
  if (eligible === 0) return null;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const customer = customers[rng.int(0, eligible - 1)];
    if (customer === undefined) continue;
    if (customer.churnedMs !== null && customer.churnedMs <= at) continue;
    if (accept(customer)) return customer;
  }
  return null;
}

/** How many customers were created strictly before `limit` (binary search on the sorted list). */
function countCreatedBefore(customers: readonly DemoCustomer[], limit: number): number {
  let low = 0;
  let high = customers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((customers[middle]?.createdMs ?? Infinity) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
