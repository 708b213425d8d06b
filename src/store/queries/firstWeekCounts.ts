import type { FirstWeekStatistics } from '../../indicators/statistics.js';
import { dayScopedSql } from './dayScopedSql.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { rowKeySql } from './seriesBuckets.js';

/**
 * Counts the customers created in the period and, of those, the ones with at least one
 * event (carrying their customer_id) or order from created_at to created_at + 168 hours,
 * both ends included (docs/indicators.md) — events of day-scoped (cookieless) visitors left
 * out, and the period's visitor-days of day-scoped and other visitors counted beside. With
 * `context.bucket`, per point of the series: the newcomers by their created_at, the
 * visitor-days by their day. Written as joins rather than correlated EXISTS so both engines
 * hash-join instead of probing events once per customer.
 */
export async function firstWeekCounts(context: QueryContext): Promise<Grouped<FirstWeekStatistics>> {
  const rows = await context.session.query<{
    group_key: string | null;
    new_customers: number;
    engaged: number;
    day_scoped: number;
    followable: number;
  }>(
    'first-week counts',
    `with newcomers as (
  select ${rowKeySql(context, context.scope.groupKey, 't.created_at')} as group_key, t.customer_id, t.created_at
  from customers t ${context.scope.joins}
  where t.workspace_id = $workspace and t.created_at >= $start::timestamp and t.created_at < $end::timestamp${context.scope.filter}
),
active as (
  select n.customer_id from newcomers n
  join events e on e.workspace_id = $workspace and e.customer_id = n.customer_id
    and e.occurred_at >= n.created_at and e.occurred_at <= n.created_at + interval '168 hours' and not ${dayScopedSql('e.visitor_id')}
  union
  select n.customer_id from newcomers n
  join orders o on o.workspace_id = $workspace and o.customer_id = n.customer_id
    and o.ordered_at >= n.created_at and o.ordered_at <= n.created_at + interval '168 hours'
),
visitors as (
  select ${rowKeySql(context, 'null', 'day')} as bucket, count(*) filter (where ${dayScopedSql('visitor_id')}) as day_scoped,
    count(*) filter (where not ${dayScopedSql('visitor_id')}) as followable
  from visitor_days where workspace_id = $workspace and day >= $start_day::date and day <= $end_day::date
  group by 1
)
select n.group_key, count(*) as new_customers, count(a.customer_id) as engaged, coalesce(min(v.day_scoped), 0) as day_scoped,
  coalesce(min(v.followable), 0) as followable
from newcomers n left join active a on a.customer_id = n.customer_id
  left join visitors v on ${context.bucket === undefined ? 'true' : 'v.bucket = n.group_key'}
group by 1`,
    queryParams(context),
  );
  return byGroup(rows, (row) => ({
    newCustomers: row.new_customers,
    engaged: row.engaged,
    dayScopedVisitorDays: row.day_scoped,
    followableVisitorDays: row.followable,
  }));
}
