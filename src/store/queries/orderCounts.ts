import type { HistoricalValueStatistics, OrderValueStatistics, PurchaseFrequencyStatistics, RepurchaseStatistics } from '../../indicators/statistics.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { rowKeySql } from './seriesBuckets.js';

export type OrderCounts = RepurchaseStatistics & HistoricalValueStatistics & OrderValueStatistics & PurchaseFrequencyStatistics;

/**
 * Counts, over the orders placed in the period, the customers who ordered, those who
 * ordered two or more times, the orders, the revenue and the sum of the squared amounts: the
 * sufficient statistics of the repurchase rate, historical CLV, the average order value and
 * the purchase frequency (docs/indicators.md).
 */
export async function orderCounts(context: QueryContext): Promise<Grouped<OrderCounts>> {
  const rows = await context.session.query<{
    group_key: string | null;
    customers: number;
    repeat_customers: number;
    orders: number;
    revenue: number;
    revenue_squares: number;
  }>(
    'order counts',
    `select group_key, count(*) as customers, count(*) filter (where orders >= 2) as repeat_customers, sum(orders) as orders,
  sum(revenue) as revenue, sum(revenue_squares) as revenue_squares
from (
  select ${rowKeySql(context, context.scope.groupKey, 't.ordered_at')} as group_key, t.customer_id, count(*) as orders, sum(t.amount) as revenue, sum(t.amount * t.amount) as revenue_squares
  from orders t ${context.scope.joins}
  where t.workspace_id = $workspace and t.ordered_at >= $start::timestamp and t.ordered_at < $end::timestamp${context.scope.filter}
  group by 1, 2
) as per_customer
group by 1`,
    queryParams(context),
  );
  return byGroup(rows, (row) => ({
    customers: row.customers,
    repeatCustomers: row.repeat_customers,
    orders: row.orders,
    revenue: row.revenue,
    revenueSquares: row.revenue_squares,
  }));
}
