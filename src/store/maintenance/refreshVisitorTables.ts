import { addRollupDays, startRollupDays } from '../rollups/refreshRollups.js';
import type { Session } from '../Store.js';
import { SESSION_COLUMNS, sessionsFromEventsSql, VISITOR_DAY_COLUMNS, visitorDaysFromEventsSql } from './sessionsSql.js';

/**
 * Rebuilds `sessions` and `visitor_days` from events — of the visitors listed in the
 * temporary table `import_visitors`, or of the whole workspace — inside the caller's transaction — the way
 * Plausible builds sessions at ingest, so reports never re-sessionise raw events.
 * A visitor's whole history is rebuilt, which stays correct when an import adds events
 * between or before earlier ones (a late event can merge two sessions). For the touched
 * visitors it leaves the temporary table `web_days` listing the days whose sessions or
 * visitor-days may have changed (the visitors' active days before and after), for refreshWebRollups.
 */
export async function refreshVisitorTables(session: Session, workspaceId: number, scope: 'touched visitors' | 'whole workspace'): Promise<void> {
  const params = { workspace: workspaceId };
  // The first import of a workspace touches every visitor: skip the semi-join then.
  const visitors = scope === 'whole workspace' ? '' : ' and visitor_id in (select visitor_id from import_visitors)';
  const visitorEvents = `(select workspace_id, visitor_id, occurred_at, type, url, attributes from events where workspace_id = $workspace${visitors})`;
  const activeDays = `select day as changed_at from visitor_days where workspace_id = $workspace${visitors}`;
  if (scope === 'touched visitors') {
    await startRollupDays(session, 'web_days');
    await addRollupDays(session, 'web_days', activeDays, params);
  }
  await session.query('forget visitor sessions', `delete from sessions where workspace_id = $workspace${visitors}`, params);
  await session.query(
    'rebuild visitor sessions',
    `insert into sessions (${SESSION_COLUMNS.join(', ')})\n${sessionsFromEventsSql(session.engine, visitorEvents)}`,
    params,
  );
  await session.query('forget visitor days', `delete from visitor_days where workspace_id = $workspace${visitors}`, params);
  await session.query(
    'rebuild visitor days',
    `insert into visitor_days (${VISITOR_DAY_COLUMNS.join(', ')})\n${visitorDaysFromEventsSql(visitorEvents)}`,
    params,
  );
  if (scope === 'touched visitors') await addRollupDays(session, 'web_days', activeDays, params);
}
