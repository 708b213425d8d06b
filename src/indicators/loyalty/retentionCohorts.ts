import { assertAtMost } from '../_lib/assertAtMost.js';
import { assertCount } from '../_lib/assertCount.js';
import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { CohortCounts } from '../statistics.js';

/** One row of the retention triangle: the customers whose first order fell in one month, followed month by month. */
export interface RetentionCohort {
  /** The month of the first order, YYYY-MM (UTC). */
  cohort: string;
  /** Customers whose first order fell in that month (and in the period). */
  customers: number;
  /** For month 0, 1, 2… after the cohort's, how many of them ordered in that month (month 0: all of them). */
  returned: number[];
  /** The same as a percentage of `customers` (month 0: 100). */
  retention: number[];
  /** Wilson 95% interval of each month's share, in percent; null for month 0, which is 100 by definition. */
  ci95: (Interval | null)[];
}

/**
 * The retention triangle: for each month of first order, the share of its customers who
 * ordered again in each following calendar month, up to the month of the period's last day
 * — so the latest cohorts have the fewest months (they are right-censored, not worse).
 *
 * Definition: retention(c, k) = 100 × customers of cohort c with an order in month c + k /
 * customers of cohort c; k = 0 is 100 %. A month is counted whether or not the customer
 * ordered in the months between ("unbounded" return per month, not "still active").
 *
 * Source: the cohort form of retention as analytics tools chart it — Google Analytics 4's
 * cohort reports divide `cohortActiveUsers` by `cohortTotalUsers`
 * (https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/CohortSpec);
 * Amplitude's retention charts likewise (https://amplitude.com/docs/analytics/charts/retention-analysis/retention-analysis-time).
 *
 * Interval: Wilson score interval of each share (`stats/wilsonInterval.ts`).
 *
 * Pitfalls: the last month of every cohort is partial when the period ends mid-month; small
 * cohorts swing widely (read the intervals); cohorts of different seasons differ for reasons
 * other than loyalty.
 *
 * @param counts - the cohort cells from SQL and the last month to follow them to
 * @returns one entry per cohort month with customers, oldest first
 * @throws {RangeError} when a count is invalid, or a month counts more returning customers than the cohort has
 *
 * @example
 * retentionCohorts({ lastMonth: 2026 * 12 + 1, cells: [
 *   { cohortMonth: 2026 * 12, monthsAfter: 0, customers: 4 }, { cohortMonth: 2026 * 12, monthsAfter: 1, customers: 1 }] })
 * // [{ cohort: '2026-01', customers: 4, returned: [4, 1], retention: [100, 25], ci95: [null, [4.56…, 69.9…]] }]
 */
export function retentionCohorts(counts: CohortCounts): RetentionCohort[] {
  const sizes = new Map<number, number>();
  for (const cell of counts.cells) {
    assertCount(cell.customers, 'cohort customers');
    if (cell.monthsAfter === 0) sizes.set(cell.cohortMonth, cell.customers);
  }
  return [...sizes.entries()]
    .sort(([a], [b]) => a - b)
    .map(([cohortMonth, customers]) => {
      const returned = new Array<number>(Math.max(1, counts.lastMonth - cohortMonth + 1)).fill(0);
      for (const cell of counts.cells) {
        if (cell.cohortMonth !== cohortMonth || cell.monthsAfter >= returned.length) continue;
        assertAtMost(cell.customers, `cohort ${monthLabel(cohortMonth)} month ${cell.monthsAfter}`, customers, `cohort ${monthLabel(cohortMonth)} customers`);
        returned[cell.monthsAfter] = cell.customers;
      }
      const shares = returned.map((count, month) =>
        month === 0 ? { value: 100, ci95: null } : percentWithInterval(count, 'returned', customers, 'customers'),
      );
      return {
        cohort: monthLabel(cohortMonth),
        customers,
        returned,
        retention: shares.map((share) => share.value as number),
        ci95: shares.map((share) => share.ci95),
      };
    });
}

/** YYYY-MM of a month counted from year 0. */
function monthLabel(month: number): string {
  return `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
}
