import type { Engine, Session } from '../Store.js';

/**
 * A cheap fingerprint of what the customer-value models read of a workspace's orders, which
 * changes whenever an order is added, erased or given another customer, time or amount: the
 * number of orders, the sum of their amounts, the first and last order time, and a sum of a
 * hash of every order's customer, time and amount (one scan, no sort). The order id is left
 * out: the models never read it, and hashing it cost as much as the rest. Equal fingerprints
 * mean, with overwhelming probability, the same (customer, time, amount) orders; the text is
 * only meaningful compared with another of the same store.
 */
export async function ordersFingerprint(session: Session, workspaceId: number): Promise<string> {
  const [row] = await session.query(
    'orders fingerprint',
    `select count(*) as orders, sum(amount) as amount, cast(min(ordered_at) as varchar) as first_at,
  cast(max(ordered_at) as varchar) as last_at, ${hashSumSql(session.engine)} as hashes
from orders where workspace_id = $workspace`,
    { workspace: workspaceId },
  );
  return JSON.stringify(row ?? null);
}

/** The sum over orders of a hash of (customer id, time, amount), as a whole number on both engines. */
function hashSumSql(engine: Engine): string {
  return engine === 'duckdb'
    ? 'sum(hash(customer_id, ordered_at, amount) % 1000000007)'
    : `sum(hashtext(customer_id || chr(31) || ordered_at::text || chr(31) || amount::text)::bigint)`;
}
