import type { CartStatistics } from '../../indicators/statistics.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { readsRollups } from './readsRollups.js';
import { visitorRelations } from './visitorRelations.js';
import { rowKeySql } from './seriesBuckets.js';

/**
 * Counts the visitor-days of the period with at least one `cart` event, and of those the
 * ones without a `purchase` event: the sufficient statistics of cart abandonment (docs/indicators.md).
 * Without --where or --by, from the daily web rollups, else from the visitor-days.
 */
export async function cartCounts(context: QueryContext): Promise<Grouped<CartStatistics>> {
  const sql = readsRollups(context.scope)
    ? `select ${rowKeySql(context, 'null', 'day')} as group_key, sum(cart_days) as carts, sum(abandoned_cart_days) as abandoned
from daily_web
where workspace_id = $workspace and cart_days > 0 and day >= $start_day::date and day <= $end_day::date
group by 1`
    : `select ${rowKeySql(context, 'group_key', 'day')} as group_key, count(*) as carts, count(*) filter (where purchases = 0) as abandoned
from ${visitorRelations(context).visitorDays} as d
where carts > 0 and day >= $start_day::date and day <= $end_day::date
group by 1`;
  const rows = await context.session.query<{ group_key: string | null; carts: number; abandoned: number }>('cart counts', sql, queryParams(context));
  return byGroup(rows, (row) => ({ carts: row.carts, abandoned: row.abandoned }));
}
