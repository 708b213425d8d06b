import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { ChurnStatistics } from '../statistics.js';

/** Customer (logo) churn over the period. */
export interface ChurnRateResult {
  /** % of the customers active at the start who churned in the period; `null` when none were active. */
  value: number | null;
  /** Customers active at the start of the period. */
  atStart: number;
  /** Of those, customers who churned in the period. */
  lost: number;
  /** Wilson 95% interval of `value`, in percent; `null` when none were active. */
  ci95: Interval | null;
}

/**
 * The customer churn rate: the percentage of the customers active at the start of the
 * period who churned during it.
 *
 * Definition: atStart = customers created before the period's first day and not churned
 * before it; lost = those whose `churned_at` falls in the period;
 * churn = 100 × lost / atStart. Customers acquired during the period are in neither count.
 *
 * Source: Recurly Research, churn rate benchmarks (undated page, ~2021): churn is "what
 * percent of subscribers cancel each month" (https://recurly.com/research/churn-rate-benchmarks/).
 *
 * Interval: Wilson score interval of lost / atStart (`stats/wilsonInterval.ts`).
 *
 * Pitfalls: (start − end) / start is only right when nobody joins during the period.
 * Dividing by customers at the end or on average shifts the rate. Logo churn (customers) and
 * revenue churn (MRR) are different indicators. A monthly rate does not annualise by ×12:
 * annual churn = 1 − (1 − monthly)^12. In non-contractual businesses "churned" needs an
 * explicit inactivity window.
 *
 * @param statistics - customers active at the start, and how many of them were lost
 * @returns the churn rate and its interval; value and ci95 `null` when atStart = 0
 * @throws {RangeError} when a count is not a non-negative integer or lost > atStart
 *
 * @example
 * churnRate({ atStart: 1000, lost: 50 })
 * // { value: 5, atStart: 1000, lost: 50, ci95: [3.813026239274882, 6.531382024425081] }
 */
export function churnRate(statistics: ChurnStatistics): ChurnRateResult {
  const { atStart, lost } = statistics;
  const { value, ci95 } = percentWithInterval(lost, 'churnRate.lost', atStart, 'churnRate.atStart');
  return { value, atStart, lost, ci95 };
}
