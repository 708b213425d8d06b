import type { CohortCounts } from '../../indicators/statistics.js';
import type { QueryContext } from './QueryContext.js';
import { queryParams } from './QueryContext.js';

/** The months since year 0 of a timestamp (year × 12 + month − 1), the same integer on both engines. */
const monthIndexSql = (timestamp: string) => `cast(extract(year from ${timestamp}) * 12 + extract(month from ${timestamp}) - 1 as integer)`;

/**
 * The counts of the retention cohorts (docs/indicators.md): over the orders the scope keeps
 * up to the period's end, each customer whose first order falls in the period belongs to the
 * cohort of that order's calendar month (UTC); for each cohort and each number of months
 * after it, how many of its customers ordered in that month (months after = 0: the cohort's
 * size). Months with no such customer have no cell.
 */
export async function cohortCounts(context: QueryContext): Promise<CohortCounts> {
  const rows = await context.session.query<{ cohort_month: number; months_after: number; customers: number }>(
    'cohort counts',
    `with scoped as (
  select t.customer_id, t.ordered_at
  from orders t ${context.scope.joins}
  where t.workspace_id = $workspace and t.ordered_at < $end::timestamp${context.scope.filter}
),
firsts as (
  select customer_id, min(ordered_at) as first_at from scoped group by customer_id
)
select ${monthIndexSql('f.first_at')} as cohort_month, ${monthIndexSql('s.ordered_at')} - ${monthIndexSql('f.first_at')} as months_after,
  count(distinct f.customer_id) as customers
from firsts f join scoped s on s.customer_id = f.customer_id
where f.first_at >= $start::timestamp
group by 1, 2
order by 1, 2`,
    queryParams(context),
  );
  const [year, month] = context.period.lastDay.split('-').map(Number) as [number, number];
  return {
    lastMonth: year * 12 + month - 1,
    cells: rows.map((row) => ({ cohortMonth: row.cohort_month, monthsAfter: row.months_after, customers: row.customers })),
  };
}
