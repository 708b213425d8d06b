import type { Session } from '../Store.js';
import { quantileSql } from './dialect.js';

/** The gaps between consecutive order days of the same customer, summarised. */
export interface OrderGaps {
  /** How many gaps there are (customers' order days minus one, summed over customers). */
  gaps: number;
  /** Their `fraction` quantile in days, interpolated; null without any gap. */
  quantileDays: number | null;
}

/**
 * Over every customer's distinct order days (UTC) in the workspace, the days between each
 * and the one before it, and their `fraction` quantile (0.9 for the inactivity window of
 * churn, docs/indicators.md). Orders of one day count once, so a basket split in two does
 * not make a gap of zero.
 */
export async function orderGaps(session: Session, workspaceId: number, fraction: number): Promise<OrderGaps> {
  const [row] = await session.query<{ gaps: number; quantile_days: number | null }>(
    'order gaps',
    `with order_days as (
  select distinct workspace_id, customer_id, cast(ordered_at as date) as day from orders where workspace_id = $workspace
),
gaps as (
  select cast(day - lag(day) over (partition by workspace_id, customer_id order by day) as integer) as gap from order_days
)
select count(gap) as gaps, ${quantileSql(session.engine, 'gap', fraction)} as quantile_days from gaps where gap is not null`,
    { workspace: workspaceId },
  );
  return { gaps: row?.gaps ?? 0, quantileDays: row?.quantile_days ?? null };
}
