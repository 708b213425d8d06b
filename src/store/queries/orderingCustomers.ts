import { type QueryContext, queryParams } from './QueryContext.js';

/**
 * The customers with an order up to the period's last day whose customer row the scope
 * (of kind `customers`) keeps, each with its group key: all of them, key null, when nothing
 * narrows or splits; a customer known only from their orders has no customer field, so a
 * --where on one leaves them out and a --by puts them in the null group.
 */
export async function orderingCustomers(context: QueryContext): Promise<Map<string, string | null>> {
  const rows = await context.session.query<{ customer_id: string; group_key: string | null }>(
    'ordering customers',
    `select o.customer_id, ${context.scope.groupKey} as group_key
from (select distinct customer_id from orders where workspace_id = $workspace and ordered_at < $end_day::date + 1) as o
left join customers t on t.workspace_id = $workspace and t.customer_id = o.customer_id
where true${context.scope.filter}`,
    queryParams(context),
  );
  return new Map(rows.map((row) => [row.customer_id, row.group_key === null ? null : String(row.group_key)]));
}
