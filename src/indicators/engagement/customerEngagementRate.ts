import { assertAtMost } from '../_lib/assertAtMost.js';
import { assertCount } from '../_lib/assertCount.js';
import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import { type CustomerEngagementStatistics, INTERACTION_KINDS, type InteractionKind } from '../statistics.js';

/** Share of the known customers who interacted with the business in the period, and how often. */
export interface CustomerEngagementRateResult {
  /** % of the customers known in the period with at least one interaction in it; `null` without customers. */
  value: number | null;
  /** Customers known in the period (created by its end, not churned by contract before its start). */
  customers: number;
  /** Of those, customers with at least one interaction in the period. */
  engaged: number;
  /** Their interactions in the period: orders + survey responses + events carrying their id. */
  interactions: number;
  /** interactions / engaged, the frequency half of the definition; `null` without engaged customers. */
  interactionsPerEngaged: number | null;
  /** Wilson 95% interval of `value`, in percent; `null` without customers. */
  ci95: Interval | null;
  /** The kinds of rows counted as interactions, in this order. */
  kinds: readonly InteractionKind[];
  /** `interactions` split by kind. */
  interactionsByKind: Readonly<Record<InteractionKind, number>>;
}

/**
 * The customer engagement rate: the percentage of the customers known in the period who
 * interacted with the business at least once in it, with the number of interactions per
 * engaged customer beside it.
 *
 * Definition (docs/indicators.md): customers = those created by the end of the period and not
 * churned by contract before its start; engaged = those of them with at least one order, one
 * survey response (population customer) or one event carrying their `customer_id` in the
 * period; value = 100 × engaged / customers; interactions = the number of such rows;
 * interactionsPerEngaged = interactions / engaged. The customer engagement score of
 * `barometre customers` reads the same rows (src/store/queries/customerInteractions.ts).
 *
 * Source: engagement as the intensity and frequency of the exchanges between a firm and its
 * customers, purchases included, as in V. Kumar, L. Aksoy, B. Donkers, R. Venkatesan,
 * T. Wiesel and S. Tillmanns, "Undervalued or Overvalued Customers: Capturing Total Customer
 * Engagement Value", Journal of Service Research 13(3):297–310, 2010 (purchases are the first
 * of its four components). The narrower "beyond purchase" view (J. van Doorn et al.,
 * "Customer Engagement Behavior", same issue, 253–266) would leave orders out: say which one
 * is compared.
 *
 * Interval: Wilson score interval of engaged / customers (`stats/wilsonInterval.ts`).
 * interactionsPerEngaged has none: it is a ratio of sums over a skewed distribution.
 *
 * Pitfalls: the kinds weigh very differently — one visit of ten pages is ten events, one
 * order is one row — so interactionsPerEngaged is dominated by web events where the tracker
 * identifies customers; read interactionsByKind. Customers who are never identified on the
 * site only count through orders and answers. The rate grows with the length of the period.
 *
 * @param statistics - known customers, engaged customers and their interactions per kind
 * @returns the rate, its interval and the frequency of interactions
 * @throws {RangeError} when a count is not a non-negative integer, engaged > customers, or
 *   there are fewer interactions than engaged customers
 *
 * @example
 * customerEngagementRate({ customers: 5, engaged: 4, interactionsByKind: { orders: 3, responses: 4, events: 1 } })
 * // { value: 80, customers: 5, engaged: 4, interactions: 8, interactionsPerEngaged: 2,
 * //   ci95: [37.553462976252526, 96.37758913675698], kinds: ['orders', 'responses', 'events'],
 * //   interactionsByKind: { orders: 3, responses: 4, events: 1 } }
 */
export function customerEngagementRate(statistics: CustomerEngagementStatistics): CustomerEngagementRateResult {
  const { customers, engaged } = statistics;
  const { value, ci95 } = percentWithInterval(engaged, 'customerEngagementRate.engaged', customers, 'customerEngagementRate.customers');
  let interactions = 0;
  const interactionsByKind = {} as Record<InteractionKind, number>;
  for (const kind of INTERACTION_KINDS) {
    const count = statistics.interactionsByKind[kind];
    assertCount(count, `customerEngagementRate.interactionsByKind.${kind}`);
    interactionsByKind[kind] = count;
    interactions += count;
  }
  // Every engaged customer has at least one interaction.
  assertAtMost(engaged, 'customerEngagementRate.engaged', interactions, 'customerEngagementRate.interactions');
  const interactionsPerEngaged = engaged === 0 ? null : interactions / engaged;
  return { value, customers, engaged, interactions, interactionsPerEngaged, ci95, kinds: INTERACTION_KINDS, interactionsByKind };
}
