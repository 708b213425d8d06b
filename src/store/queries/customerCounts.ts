import type { ChurnStatistics, RetentionStatistics } from '../../indicators/statistics.js';
import { type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { periodBoundsSql } from './seriesBuckets.js';

/** Churn and retention's counts by contract, without their definition (the caller knows it). */
export type CustomerCounts = Omit<ChurnStatistics & RetentionStatistics, 'definition'>;

/**
 * Counts, in one pass over customers, the sufficient statistics of churn and retention
 * (docs/indicators.md): active at the start of the period (created before it, not churned before
 * it), of those the ones whose churned_at falls in the period, active at its end, and
 * created during it. With `context.bucket`, the same counts for each point of the series.
 */
export async function customerCounts(context: QueryContext): Promise<Grouped<CustomerCounts>> {
  const b = periodBoundsSql(context);
  const rows = await context.session.query<{ group_key: string | null; at_start: number; lost: number; at_end: number; created: number }>(
    'customer counts',
    `select ${b.key(context.scope.groupKey)} as group_key,
  count(*) filter (where t.created_at < ${b.start} and (t.churned_at is null or t.churned_at >= ${b.start})) as at_start,
  count(*) filter (where t.created_at < ${b.start} and t.churned_at >= ${b.start} and t.churned_at < ${b.end}) as lost,
  count(*) filter (where t.created_at < ${b.end} and (t.churned_at is null or t.churned_at >= ${b.end})) as at_end,
  count(*) filter (where t.created_at >= ${b.start} and t.created_at < ${b.end}) as created
from customers t ${context.scope.joins}${b.join}
where t.workspace_id = $workspace${context.scope.filter}
group by 1`,
    queryParams(context),
  );
  return new Map(rows.map((row) => [row.group_key, { atStart: row.at_start, lost: row.lost, atEnd: row.at_end, new: row.created }]));
}
