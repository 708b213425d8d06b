import type { NewCustomerStatistics } from '../../indicators/statistics.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { rowKeySql } from './seriesBuckets.js';

/**
 * Counts the customers created in the period, per group (docs/indicators.md, newCustomers):
 * a group with customers but none created counts 0; a group without customers has no entry
 * (its count is then null, "no customer data"). With `context.bucket`, the count per bucket
 * of created_at, and under the null key 0 whenever the workspace has customers in scope: the
 * count of a bucket without new customers.
 */
export async function newCustomerCounts(context: QueryContext): Promise<Grouped<NewCustomerStatistics>> {
  const created = 't.created_at >= $start::timestamp and t.created_at < $end::timestamp';
  const key = context.bucket === undefined ? context.scope.groupKey : `case when ${created} then ${rowKeySql(context, 'null', 't.created_at')} end`;
  const rows = await context.session.query<{ group_key: string | null; created: number }>(
    'new customer counts',
    `select ${key} as group_key, count(*) filter (where ${created}) as created
from customers t ${context.scope.joins}
where t.workspace_id = $workspace${context.scope.filter}
group by 1`,
    queryParams(context),
  );
  const counts = byGroup(rows, (row) => ({ new: row.created }));
  if (context.bucket !== undefined && counts.size > 0) counts.set(null, { new: 0 });
  return counts;
}
