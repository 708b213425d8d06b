import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { ChurnDefinition, ChurnStatistics } from '../statistics.js';

/** Customer (logo) churn over the period, with the definition that produced it. */
export type ChurnRateResult = ChurnCounts & ChurnDefinition;

/** The churn rate's value and counts. */
interface ChurnCounts {
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
 * Definition `contract`: atStart = customers created before the period's first day and not
 * churned before it; lost = those whose `churned_at` falls in the period.
 * Definition `inactivity` (no contract end in the workspace, or --churn-window W): a customer
 * is active on day d when they ordered on a calendar day (UTC) in (d − W, d]; atStart =
 * customers active on the day before the period; lost = those of them not active on its
 * last day. Definition `model` (--churn-model): a customer is lost when the fitted BG/NBD's
 * P(alive) falls below the threshold (one half); atStart = customers with P(alive) ≥ ½ on the
 * day before the period (the model fitted on the orders up to then); lost = those of them
 * with P(alive) < ½ on its last day (refitted on the orders up to then); counts 0 with the
 * model's `reason` when it could not be fitted. Either way churn = 100 × lost / atStart, and customers acquired during the
 * period are in neither count. The result carries the definition's fields
 * ({@link ChurnDefinition}).
 *
 * Source: Recurly Research, churn rate benchmarks (undated page, ~2021): churn is "what
 * percent of subscribers cancel each month" (https://recurly.com/research/churn-rate-benchmarks/).
 * Inactivity: without a contract a customer's leaving is never observed (D. C. Schmittlein,
 * D. G. Morrison and R. Colombo, "Counting Your Customers", Management Science 33(1), 1987),
 * so analysts call a customer lost after a silence longer than a percentile of the gaps
 * between purchases (Indeed Engineering, "D-Curve: an improved method for defining
 * non-contractual churn", 2020, https://engineering.indeedblog.com/blog/2020/01/defining-churn/).
 * Model: P(alive) of the BG/NBD (P. S. Fader, B. G. S. Hardie and K. L. Lee, "'Counting Your
 * Customers' the Easy Way: An Alternative to the Pareto/NBD Model", Marketing Science 24(2),
 * 2005); the one-half threshold is a convention, not part of the model.
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
 * churnRate({ atStart: 1000, lost: 50, definition: { definition: 'contract' } })
 * // { value: 5, atStart: 1000, lost: 50, ci95: [3.813026239274882, 6.531382024425081], definition: 'contract' }
 */
export function churnRate(statistics: ChurnStatistics): ChurnRateResult {
  const { atStart, lost } = statistics;
  const { value, ci95 } = percentWithInterval(lost, 'churnRate.lost', atStart, 'churnRate.atStart');
  return { value, atStart, lost, ci95, ...statistics.definition };
}
