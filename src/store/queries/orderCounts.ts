import type { HistoricalValueStatistics, RepurchaseStatistics } from '../../indicators/statistics.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';

export type OrderCounts = RepurchaseStatistics & HistoricalValueStatistics;

/**
 * Counts, over the orders placed in the period, the customers who ordered, those who
 * ordered two or more times, and the revenue: the sufficient statistics of the repurchase
 * rate and of historical CLV (docs/indicators.md).
 */
export async function orderCounts(context: QueryContext): Promise<Grouped<OrderCounts>> {
  const rows = await context.session.query<{ group_key: string | null; customers: number; repeat_customers: number; revenue: number }>(
    'order counts',
    `select group_key, count(*) as customers, count(*) filter (where orders >= 2) as repeat_customers, sum(revenue) as revenue
from (
  select ${context.scope.groupKey} as group_key, t.customer_id, count(*) as orders, sum(t.amount) as revenue
  from orders t ${context.scope.joins}
  where t.workspace_id = $workspace and t.ordered_at >= $start::timestamp and t.ordered_at < $end::timestamp${context.scope.filter}
  group by 1, 2
) as per_customer
group by 1`,
    queryParams(context),
  );
  return byGroup(rows, (row) => ({ customers: row.customers, repeatCustomers: row.repeat_customers, revenue: row.revenue }));
}
