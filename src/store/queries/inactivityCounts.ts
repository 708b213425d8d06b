import type { ChurnStatistics, RetentionStatistics } from '../../indicators/statistics.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { periodBoundsSql } from './seriesBuckets.js';

/** Churn and retention's counts by inactivity, without their definition (the caller knows it). */
export type InactivityCounts = Omit<ChurnStatistics & RetentionStatistics, 'definition'>;

/**
 * Counts churn and retention by inactivity (docs/indicators.md) over the orders the scope
 * keeps: a customer is active on day d when they ordered on a calendar day (UTC) in
 * (d − window, d]. atStart = customers active on the day before the period; lost = those of
 * them not active on its last day; atEnd = customers active on its last day; new = those of
 * them not active at the start. Only orders from the first day of the start's window to the
 * period's end are read. With `context.bucket`, the same counts for each point of the series.
 */
export async function inactivityCounts(context: QueryContext, windowDays: number): Promise<Grouped<InactivityCounts>> {
  const b = periodBoundsSql(context);
  const withinPoint = b.join === '' ? '' : ` and t.ordered_at >= ${b.firstDay} - $window_days::integer and t.ordered_at < ${b.lastDay} + 1`;
  const rows = await context.session.query<{ group_key: string | null; at_start: number; lost: number; at_end: number; created: number }>(
    'inactivity counts',
    `select group_key,
  count(*) filter (where active_start) as at_start,
  count(*) filter (where active_start and not active_end) as lost,
  count(*) filter (where active_end) as at_end,
  count(*) filter (where active_end and not active_start) as created
from (
  select ${b.key(context.scope.groupKey)} as group_key, t.customer_id,
    count(*) filter (where t.ordered_at >= ${b.firstDay} - $window_days::integer and t.ordered_at < ${b.firstDay}) > 0 as active_start,
    count(*) filter (where t.ordered_at >= ${b.lastDay} + 1 - $window_days::integer) > 0 as active_end
  from orders t ${context.scope.joins}${b.join}
  where t.workspace_id = $workspace and t.ordered_at >= $start_day::date - $window_days::integer and t.ordered_at < $end_day::date + 1${withinPoint}${context.scope.filter}
  group by 1, 2
) as per_customer
group by 1`,
    { ...queryParams(context), window_days: windowDays },
  );
  return byGroup(rows, (row) => ({ atStart: row.at_start, lost: row.lost, atEnd: row.at_end, new: row.created }));
}
