import type { Session } from '../Store.js';

/** The first and last UTC days with data in a workspace, or nulls for an empty workspace. */
export interface DataExtent {
  first: string | null;
  last: string | null;
}

/**
 * The activity dates: what "all the data" spans when a report names no dates. Customers'
 * created_at is left out on purpose: a customer file usually carries years of sign-up
 * history, and a period starting at the oldest sign-up has nobody active at its start, so
 * churn and retention would be empty over "all the data" (docs/indicators.md).
 */
const DATED_COLUMNS = [
  ['orders', 'ordered_at'],
  ['responses', 'submitted_at'],
  // The events' first and last UTC days are those of the visitor-days maintained from them (a
  // row per visitor and day with events, kept and cut with them): about 4 times fewer rows to read.
  ['visitor_days', 'day'],
  ['posts', 'published_at'],
  ['mentions', 'published_at'],
  ['audits', 'visited_at'],
] as const;

/**
 * Finds the first day of activity (orders, answers, events, posts, mentions, visits) of the
 * workspace, and its last day of data: the last activity, or a customer's later sign-up or
 * contract end (a churn recorded on a day is data up to that day, which a period bounded to the
 * data must keep).
 */
export async function dataExtent(session: Session, workspaceId: number): Promise<DataExtent> {
  const spans = [
    ...DATED_COLUMNS.map(([table, column]) => `select min(${column}) as first_at, max(${column}) as last_at from ${table} where workspace_id = $workspace`),
    'select null as first_at, max(greatest(created_at, coalesce(churned_at, created_at))) as last_at from customers where workspace_id = $workspace',
  ];
  const [row] = await session.query<{ first_day: string | null; last_day: string | null }>(
    'data extent',
    `select cast(cast(min(first_at) as date) as varchar) as first_day, cast(cast(max(last_at) as date) as varchar) as last_day
from (${spans.join('\nunion all\n')}) as spans`,
    { workspace: workspaceId },
  );
  return { first: row?.first_day ?? null, last: row?.last_day ?? null };
}
