import type { Engine, Session } from '../Store.js';
import { firstBySql, byteOrderSql } from './dialect.js';
import { DAYS_PER_UNIT, type SummaryTimeUnit, type TransactionSummary } from '../../models/clv/summariseTransactions.js';

/** The time unit of frequency, recency and T (docs/clv.md): the models' own. */
export type TimeUnit = SummaryTimeUnit;
export { DAYS_PER_UNIT };

/**
 * Per customer, the buy-till-you-die summary as of the end of the observation period — the
 * models' summary (repeat purchase days, recency and T in the unit, monetary value over the
 * repeat days with a positive total) — plus each customer's total spend.
 */
export interface RfmSummary extends TransactionSummary {
  /** All the customer's spend up to the end of the period (first purchase included): the M of RFM scores. */
  totalSpend: number[];
}

/** The last day with an order (the default end of the observation period), or null without orders. */
export async function lastOrderDay(session: Session, workspaceId: number): Promise<string | null> {
  const [row] = await session.query<{ day: string | null }>(
    'last order day',
    'select cast(cast(max(ordered_at) as date) as varchar) as day from orders where workspace_id = $workspace',
    { workspace: workspaceId },
  );
  return row?.day ?? null;
}

/**
 * The SQL of the per-customer RFM summary (without its order): one row per customer with an
 * order up to the end of `$to_day`, columns customer_id, frequency, recency, age,
 * monetary_value, spend_days, excluded_days and total_spend (see {@link rfmSummary}), in the
 * unit of `$days_per_unit`; `$workspace` the workspace.
 */
export function rfmSummarySql(engine: Engine): string {
  return `with purchase_days as (
  select customer_id, cast(ordered_at as date) as day, sum(amount) as total
  from orders
  where workspace_id = $workspace and ordered_at < $to_day::date + 1
  group by customer_id, cast(ordered_at as date)
),
per_customer as (
  select customer_id, count(*) as days, min(day) as first_day, max(day) as last_day, sum(total) as total_spend,
    ${firstBySql(engine, 'total', 'day')} as first_total,
    sum(total) filter (where total > 0) as positive_spend, count(*) filter (where total > 0) as positive_days
  from purchase_days
  group by customer_id
)
-- The repeat days are all days but the first: their positive totals are the customer's minus the first day's.
select customer_id,
  cast(days - 1 as integer) as frequency,
  (last_day - first_day) / $days_per_unit::double precision as recency,
  ($to_day::date - first_day) / $days_per_unit::double precision as age,
  (positive_spend - case when first_total > 0 then first_total else 0 end)
    / nullif(positive_days - case when first_total > 0 then 1 else 0 end, 0) as monetary_value,
  cast(positive_days - case when first_total > 0 then 1 else 0 end as integer) as spend_days,
  cast((days - positive_days) - case when first_total > 0 then 0 else 1 end as integer) as excluded_days,
  total_spend
from per_customer`;
}

/**
 * The RFM summary of every customer with an order up to the end of `to` (a YYYY-MM-DD day,
 * included), in the usual buy-till-you-die convention (Fader, Hardie & Lee 2005;
 * docs/clv.md), ordered by customer id byte by byte (the same order on both engines, and the
 * same sums run after run): purchases of one calendar day (UTC) merged into one; frequency = purchase days − 1;
 * recency = last − first purchase day; T = `to` − first purchase day; monetary value = mean
 * total of the repeat purchase days. Days, or weeks = days / 7. Computed in SQL, returned
 * column by column.
 */
export async function rfmSummary(session: Session, workspaceId: number, to: string, unit: TimeUnit): Promise<RfmSummary> {
  const columns = await session.queryColumns(
    'rfm summary',
    `${rfmSummarySql(session.engine)}
order by ${byteOrderSql(session.engine, 'customer_id')}`,
    { workspace: workspaceId, to_day: to, days_per_unit: DAYS_PER_UNIT[unit] },
  );
  const excluded = (columns.excluded_days ?? []) as number[];
  return {
    customerId: (columns.customer_id ?? []) as string[],
    frequency: (columns.frequency ?? []) as number[],
    recency: (columns.recency ?? []) as number[],
    age: (columns.age ?? []) as number[],
    monetaryValue: (columns.monetary_value ?? []) as (number | null)[],
    spendDays: (columns.spend_days ?? []) as number[],
    totalSpend: (columns.total_spend ?? []) as number[],
    excludedSpendDays: excluded.reduce((sum, count) => sum + count, 0),
  };
}
