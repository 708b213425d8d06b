import type { CustomerEngagementStatistics } from '../../indicators/statistics.js';
import { customerInteractionsSql } from './customerInteractions.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { periodBoundsSql, rowKeySql } from './seriesBuckets.js';

/**
 * Counts the customers known in the period (created by its end, not churned by contract
 * before its start), those of them with at least one interaction in the period, and their
 * interactions per kind: the sufficient statistics of the customer engagement rate
 * (docs/indicators.md). What counts as an interaction is customerInteractionsSql, shared with
 * the engagement score. The interactions are counted per customer first, then joined to the
 * known customers, so both engines hash-join once. With `context.bucket`, the same counts
 * for each point of the series (a customer is known, and counts interactions, per point).
 */
export async function engagementCounts(context: QueryContext): Promise<Grouped<CustomerEngagementStatistics>> {
  const b = periodBoundsSql(context);
  const rows = await context.session.query<{
    group_key: string | null;
    customers: number;
    engaged: number;
    orders: number;
    responses: number;
    events: number;
  }>(
    'engagement counts',
    `with known as (
  select ${b.key(context.scope.groupKey)} as group_key, t.customer_id
  from customers t ${context.scope.joins}${b.join}
  where t.workspace_id = $workspace and t.created_at < ${b.end} and (t.churned_at is null or t.churned_at >= ${b.start})${context.scope.filter}
),
per_customer as (
  select ${rowKeySql(context, 'null', 'occurred_at')} as point_key, customer_id, count(*) filter (where kind = 'orders') as orders, count(*) filter (where kind = 'responses') as responses,
    count(*) filter (where kind = 'events') as events
  from ${customerInteractionsSql()} as interactions
  where occurred_at >= $start::timestamp and occurred_at < $end::timestamp
  group by 1, 2
)
select k.group_key, count(*) as customers, count(p.customer_id) as engaged,
  coalesce(sum(p.orders), 0) as orders, coalesce(sum(p.responses), 0) as responses, coalesce(sum(p.events), 0) as events
from known k left join per_customer p on p.customer_id = k.customer_id${context.bucket === undefined ? '' : ' and p.point_key = k.group_key'}
group by 1`,
    queryParams(context),
  );
  return byGroup(rows, (row) => ({
    customers: row.customers,
    engaged: row.engaged,
    interactionsByKind: { orders: row.orders, responses: row.responses, events: row.events },
  }));
}
