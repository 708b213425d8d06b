import type { CustomerEngagementStatistics } from '../../indicators/statistics.js';
import { customerInteractionsSql } from './customerInteractions.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';

/**
 * Counts the customers known in the period (created by its end, not churned by contract
 * before its start), those of them with at least one interaction in the period, and their
 * interactions per kind: the sufficient statistics of the customer engagement rate
 * (docs/indicators.md). What counts as an interaction is customerInteractionsSql, shared with
 * the engagement score. The interactions are counted per customer first, then joined to the
 * known customers, so both engines hash-join once.
 */
export async function engagementCounts(context: QueryContext): Promise<Grouped<CustomerEngagementStatistics>> {
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
  select ${context.scope.groupKey} as group_key, t.customer_id
  from customers t ${context.scope.joins}
  where t.workspace_id = $workspace and t.created_at < $end::timestamp and (t.churned_at is null or t.churned_at >= $start::timestamp)${context.scope.filter}
),
per_customer as (
  select customer_id, count(*) filter (where kind = 'orders') as orders, count(*) filter (where kind = 'responses') as responses,
    count(*) filter (where kind = 'events') as events
  from ${customerInteractionsSql()} as interactions
  where occurred_at >= $start::timestamp and occurred_at < $end::timestamp
  group by customer_id
)
select k.group_key, count(*) as customers, count(p.customer_id) as engaged,
  coalesce(sum(p.orders), 0) as orders, coalesce(sum(p.responses), 0) as responses, coalesce(sum(p.events), 0) as events
from known k left join per_customer p on p.customer_id = k.customer_id
group by 1`,
    queryParams(context),
  );
  return byGroup(rows, (row) => ({
    customers: row.customers,
    engaged: row.engaged,
    interactionsByKind: { orders: row.orders, responses: row.responses, events: row.events },
  }));
}
