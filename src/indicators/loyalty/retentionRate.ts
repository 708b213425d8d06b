import { assertAtMost } from '../_lib/assertAtMost.js';
import { assertCount } from '../_lib/assertCount.js';
import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { ChurnDefinition, RetentionStatistics } from '../statistics.js';

/** Customer retention over the period, by the (E − N) / S formula, with the definition that produced it. */
export type RetentionRateResult = RetentionCounts & ChurnDefinition;

/** The retention rate's value and counts. */
interface RetentionCounts {
  /** 100 × (E − N) / S; may be below 0; `null` when S = 0. */
  value: number | null;
  /** S: customers active at the start of the period. */
  atStart: number;
  /** E: customers active at the end of the period. */
  atEnd: number;
  /** N: customers created during the period (contract); active at the end but not at the start (inactivity, model). */
  new: number;
  /** Inactivity and model only: Wilson 95% interval of `value`, in percent (`null` when S = 0). */
  ci95?: Interval | null;
}

/**
 * The customer retention rate (CRR): customers at the end, minus those acquired during the
 * period, as a percentage of the customers at the start.
 *
 * Definition: CRR = 100 × (E − N) / S, with S the customers active at the start of the
 * period, E those active at the end of its last day, and N those created during it.
 *
 * Source: the common formula as given on Zendesk France's blog
 * (https://www.zendesk.fr/blog/calculate-customer-retention-rate/, undated) and
 * exprimere.net.
 *
 * Under the inactivity and model definitions (see `churnRate`), S = customers active on the day before
 * the period, E = customers active on its last day, N = those of E who were not active at
 * the start (first-time buyers and customers who came back): E − N is then exactly the
 * starting customers still active, so the rate is 100 − churn over the same customers.
 *
 * Interval: contract, none — E − N is not a count of successes among S (see the pitfall), so
 * it is not a binomial proportion and the formula carries no Wilson interval. Inactivity and model:
 * E − N of S is a proportion, given with its Wilson interval.
 *
 * Pitfalls: E = S − (starting customers lost) + N − (new customers lost in the period), so
 * (E − N) / S = 1 − (all losses) / S: new customers who joined and left within the period
 * are counted as losses of the starting base. The rate therefore understates the retention
 * of the starting customers and can go below 0 (when more new customers leave than S); it is
 * reported as computed, never clamped. The cohort retention of the starting customers is
 * 100 − churn rate. Non-contractual businesses need an explicit "active" window.
 *
 * @param statistics - S, E and N for the period
 * @returns the rate and its inputs; value `null` when S = 0
 * @throws {RangeError} when a count is not a non-negative integer, or E > S + N (more
 *   customers at the end than could exist)
 *
 * @example
 * retentionRate({ atStart: 200, atEnd: 210, new: 30, definition: { definition: 'contract' } })
 * // { value: 90, atStart: 200, atEnd: 210, new: 30, definition: 'contract' }
 * retentionRate({ atStart: 10, atEnd: 5, new: 20, definition: { definition: 'contract' } }).value // -150
 */
export function retentionRate(statistics: RetentionStatistics): RetentionRateResult {
  const { atStart, atEnd } = statistics;
  const created = statistics.new;
  assertCount(atStart, 'retentionRate.atStart');
  assertCount(atEnd, 'retentionRate.atEnd');
  assertCount(created, 'retentionRate.new');
  assertAtMost(atEnd, 'retentionRate.atEnd', atStart + created, 'retentionRate.atStart + retentionRate.new');
  if (statistics.definition.definition !== 'contract') {
    assertAtMost(created, 'retentionRate.new', atEnd, 'retentionRate.atEnd');
    const { value, ci95 } = percentWithInterval(atEnd - created, 'retentionRate.atEnd − retentionRate.new', atStart, 'retentionRate.atStart');
    return { value, atStart, atEnd, new: created, ci95, ...statistics.definition };
  }
  return {
    value: atStart === 0 ? null : (100 * (atEnd - created)) / atStart,
    atStart,
    atEnd,
    new: created,
    ...statistics.definition,
  };
}
