import type { Session } from '../Store.js';

/**
 * The first UTC day (YYYY-MM-DD) whose events, sessions and visitor-days a workspace still
 * stores, set by the retention (src/services/retention/), or null when nothing was deleted:
 * the rollups of the days before it are all that is left of them, and nothing may rebuild them.
 */
export async function rawEventsKeptFrom(session: Session, workspaceId: number): Promise<string | null> {
  const [row] = await session.query<{ kept_from: string }>(
    'raw events kept from',
    'select cast(kept_from as varchar) as kept_from from raw_events_kept where workspace_id = $workspace',
    { workspace: workspaceId },
  );
  return row?.kept_from ?? null;
}

/** Records that the workspace's events, sessions and visitor-days before `day` (YYYY-MM-DD) are deleted. */
export async function recordRawEventsKeptFrom(session: Session, workspaceId: number, day: string): Promise<void> {
  await session.query(
    'record raw events kept from',
    `insert into raw_events_kept (workspace_id, kept_from) values ($workspace, cast($day as date))
on conflict (workspace_id) do update set kept_from = excluded.kept_from`,
    { workspace: workspaceId, day },
  );
}
