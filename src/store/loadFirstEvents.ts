import { analyzeTables } from './bulkWrites.js';
import { recordAttributeKeys } from './attributeKeys.js';
import { eventPartition, monthsWithoutPartition } from './ensureEventPartitions.js';
import { lockUntilCommit } from './lockUntilCommit.js';
import type { MonthOfEvents, VisitorTableFiles } from './maintenance/prebuildVisitorTables.js';
import { SESSION_COLUMNS, VISITOR_DAY_COLUMNS } from './maintenance/sessionsSql.js';
import { type MergeCounts, workspaceHasRows } from './mergeStagedRows.js';
import { rawEventsKeptFrom } from './rollups/rawEventsKept.js';
import { refreshWebRollups } from './rollups/refreshRollups.js';
import type { Session } from './Store.js';

/** What the staging prepared for a workspace's first events (src/store/maintenance/prebuildVisitorTables.ts). */
export interface FirstEvents {
  /** The typed events, by month: workspace_id then `columns`. */
  months: readonly MonthOfEvents[];
  columns: readonly string[];
  /** Their sessions and visitor-days, being built while the events are copied. */
  visitorTables: Promise<VisitorTableFiles>;
  /** How many rows the files hold. */
  rows: number;
}

/**
 * PostgreSQL: the first events import of a workspace, straight from the staging's files,
 * inside the caller's transaction. Each month that no partition of `events` covers yet is
 * loaded into a new table without indexes, which is then indexed in one sorted pass and
 * attached as the month's partition; the other months are copied into `events`. Then the
 * sessions and visitor-days are copied whole, the daily web rollups computed from them, the
 * written tables analysed. Nothing is merged, as no stored event can share an id or a
 * visitor with them. Measured on 10M events: copying them into `events` with its two indexes
 * kept up row by row took 124 s; into bare tables indexed afterwards, 57 s.
 *
 * Returns null, having written nothing, when the fast path does not apply: the workspace has
 * events by now (another import came first) or a retention cut (rawEventsKeptFrom) the
 * events must be held to. The caller then merges as usual (mergeStagedRows).
 */
export async function loadFirstEvents(
  session: Session,
  workspaceId: number,
  attributeKeys: readonly string[],
  first: FirstEvents,
): Promise<MergeCounts | null> {
  // The same lock as mergeStagedRows': an import running beside this one waits, then merges over these events.
  await lockUntilCommit(session, 'import events', workspaceId);
  if (!(await canLoadFirstEvents(session, workspaceId))) return null;
  await recordAttributeKeys(session, 'events', workspaceId, attributeKeys);
  const columns = ['workspace_id', ...first.columns];
  const unpartitioned = await monthsWithoutPartition(
    session,
    first.months.map(({ month }) => month),
  );
  for (const { month, files } of first.months) {
    const { name, from, to } = eventPartition(month);
    const target = unpartitioned.has(month) ? name : 'events';
    if (target === name) await session.execute(`bare partition ${month}`, `create table ${name} (like events)`);
    for (const file of files) await session.copyCsvInto(target, columns, file);
    if (target === name)
      await session.execute(`attach partition ${month}`, `alter table events attach partition ${name} for values from ('${from}') to ('${to}')`);
  }
  const visitorTables = await first.visitorTables;
  await session.copyCsvInto('sessions', SESSION_COLUMNS, visitorTables.sessions);
  await session.copyCsvInto('visitor_days', VISITOR_DAY_COLUMNS, visitorTables.visitorDays);
  await refreshWebRollups(session, workspaceId, 'whole workspace', null);
  await analyzeTables(session, ['events', 'sessions', 'visitor_days']);
  return { inserted: first.rows, updated: 0 };
}

/**
 * Whether loadFirstEvents would load a workspace's events: it has none, and no retention cut.
 * Asked before staging (to know whether to prebuild the visitor tables), and again under the lock.
 */
export async function canLoadFirstEvents(session: Session, workspaceId: number): Promise<boolean> {
  return !(await workspaceHasRows(session, 'events', workspaceId)) && (await rawEventsKeptFrom(session, workspaceId)) === null;
}
