import { lockUntilCommit } from '../lockUntilCommit.js';
import { rawEventsKeptFrom, recordRawEventsKeptFrom } from '../rollups/rawEventsKept.js';
import { refreshWebRollups } from '../rollups/refreshRollups.js';
import { sqlDateLiteral } from '../sqlLiteral.js';
import type { Session } from '../Store.js';
import { refreshVisitorTablesFromChanges } from './refreshFromChanges.js';

/** How many rows a retention deleted, and the first day it keeps. */
export interface DeletedRawEvents {
  keptFrom: string;
  events: number;
  sessions: number;
  visitorDays: number;
}

/**
 * Deletes, inside the caller's transaction, the workspace's events before the UTC day `day`
 * (YYYY-MM-DD), the sessions starting before it and the visitor-days before it, keeps the
 * daily rollups of those days, and records `day` as the first kept day (raw_events_kept), from
 * which the maintenance never rebuilds anything earlier. A session that started before `day`
 * and ran past its midnight keeps its rollup on its first day; its later events are sessionised
 * again from `day`, as a rebuild of what is left would. Takes the lock of event merges, so an
 * import or a collection commit of the workspace waits (PostgreSQL). Does nothing when the
 * first kept day is already `day` or later (a retention never brings rows back).
 */
export async function deleteRawEventsBefore(session: Session, workspaceId: number, day: string): Promise<DeletedRawEvents | null> {
  await lockUntilCommit(session, 'import events', workspaceId);
  const keptFrom = await rawEventsKeptFrom(session, workspaceId);
  if (keptFrom !== null && keptFrom >= day) return null;
  const params = { workspace: workspaceId };
  const cutoff = `cast(${sqlDateLiteral('date', day)} as timestamp)`;
  // The visitors with a session running over the cutoff, whose later events are sessionised again from it.
  await session.execute(
    'drop retention tables',
    'drop table if exists import_visitors; drop table if exists import_typed; drop table if exists replaced_events',
  );
  await session.query(
    'sessions over the cutoff',
    `create temp table import_visitors as
select distinct visitor_id, ${cutoff} as since from sessions where workspace_id = $workspace and started_at < ${cutoff} and ended_at >= ${cutoff}`,
    params,
  );
  const deleted = { keptFrom: day, events: 0, sessions: 0, visitorDays: 0 };
  for (const [key, table, where] of [
    ['events', 'events', `occurred_at < ${cutoff}`],
    ['sessions', 'sessions', `started_at < ${cutoff}`],
    ['visitorDays', 'visitor_days', `day < ${sqlDateLiteral('date', day)}`],
  ] as const) {
    const [count] = await session.query<{ n: number }>(
      `count old ${table}`,
      `select count(*) as n from ${table} where workspace_id = $workspace and ${where}`,
      params,
    );
    deleted[key] = count?.n ?? 0;
    if (deleted[key] > 0) await session.query(`delete old ${table}`, `delete from ${table} where workspace_id = $workspace and ${where}`, params);
  }
  await recordRawEventsKeptFrom(session, workspaceId, day);
  // No event is written or replaced: the maintenance only rebuilds the sessions of the visitors above.
  await session.execute('no written events', 'create temp table import_typed as select visitor_id, occurred_at, type from events limit 0');
  await session.execute('no replaced events', 'create temp table replaced_events as select visitor_id, occurred_at, type from events limit 0');
  await refreshVisitorTablesFromChanges(session, workspaceId, day);
  await refreshWebRollups(session, workspaceId, { table: 'web_days' }, day);
  return deleted;
}
