import { recordAttributeKeys } from './attributeKeys.js';
import { ensureEventPartitions } from './ensureEventPartitions.js';
import { analyzeTables } from './bulkWrites.js';
import { lockUntilCommit } from './lockUntilCommit.js';
import { refreshVisitorTablesFromChanges } from './maintenance/refreshFromChanges.js';
import { refreshVisitorTables } from './maintenance/refreshVisitorTables.js';
import { rawEventsKeptFrom } from './rollups/rawEventsKept.js';
import { addRollupDays, refreshAnswerRollups, refreshWebRollups, startRollupDays } from './rollups/refreshRollups.js';
import { sqlDateLiteral } from './sqlLiteral.js';
import type { KindSpec } from './schema/kinds.js';
import type { Session } from './Store.js';

export interface MergeCounts {
  inserted: number;
  updated: number;
}

/** How a merge treats the planner's statistics. */
export interface MergeOptions {
  /**
   * PostgreSQL: ANALYZE the written tables after the merge (a bulk import, after which the
   * planner would otherwise guess). Live collection's small commits leave it to autovacuum.
   */
  analyze: boolean;
}

/**
 * Writes the rows of the temporary table or view `import_typed` (one workspace's rows, staged
 * by an import or by live collection) into the kind's table inside the caller's transaction:
 * rows whose id already exists in the workspace are replaced (counted as updated), the others
 * inserted; `rowsToWrite` is how many rows import_typed holds. For events it then brings the
 * maintained sessions and visitor-days up to date — built whole at a workspace's first
 * import, else from each touched visitor's earliest change on — and the daily web rollups of
 * the days they changed; events dated before the retention's first kept day are deleted at
 * once (docs/privacy.md, "Retention"). For responses it recomputes the daily answer rollups of
 * the days written and replaced. It records the attribute names for --where and --by. Same
 * SQL on both engines.
 */
export async function mergeStagedRows(
  session: Session,
  spec: KindSpec,
  columns: readonly string[],
  attributeKeys: readonly string[],
  workspaceId: number,
  rowsToWrite: number,
  options: MergeOptions,
): Promise<MergeCounts> {
  const params = { workspace: workspaceId };
  // Two imports of the same kind into one workspace at once (two processes on PostgreSQL)
  // would both see an id as new and both insert it: they take turns instead, so the second
  // replaces what the first wrote, as a re-import must.
  await lockUntilCommit(session, `import ${spec.kind}`, workspaceId);
  await recordAttributeKeys(session, spec.kind, workspaceId, attributeKeys);
  const table = spec.table;
  // One id column: an IN over the staged ids, which DuckDB hashes alone; a correlated EXISTS
  // is planned there as a delim join that hashes every distinct id of the table (measured: 10–40×
  // slower on 80k events). Several id columns (audits) keep the EXISTS. PostgreSQL plans both as a semi-join.
  const [onlyId] = spec.id;
  const sameId = spec.id.map((column) => `import_typed.${column} = ${table}.${column}`).join(' and ');
  const existing =
    spec.id.length === 1
      ? `${table}.workspace_id = $workspace and ${table}.${onlyId} in (select ${onlyId} from import_typed)`
      : `${table}.workspace_id = $workspace and exists (select 1 from import_typed where ${sameId})`;
  const present = await workspaceHasRows(session, table, workspaceId);
  const isEvents = table === 'events';
  let updated = 0;
  if (isEvents && present) {
    // The events replaced, as they were (one scan of events), and each visitor touched with the
    // earliest time among its written and replaced events: what the maintenance starts from.
    await session.execute('drop replaced_events', 'drop table if exists replaced_events; drop table if exists import_visitors');
    await session.query('events replaced', `create temp table replaced_events as select visitor_id, occurred_at, type from events where ${existing}`, params);
    await session.query(
      'visitors touched',
      `create temp table import_visitors as
select visitor_id, min(occurred_at) as since from (
  select visitor_id, occurred_at from import_typed union all select visitor_id, occurred_at from replaced_events
) as changed
group by visitor_id`,
      params,
    );
    const [count] = await session.query<{ n: number }>('count replaced events', 'select count(*) as n from replaced_events', params);
    updated = count?.n ?? 0;
  } else if (present) {
    const [count] = await session.query<{ n: number }>(`existing ${table}`, `select count(*) as n from ${table} where ${existing}`, params);
    updated = count?.n ?? 0;
  }
  const isResponses = table === 'responses';
  if (isResponses) {
    // The days whose answers change: those of the rows written and of the rows they replace, as they were.
    await startRollupDays(session, 'answer_days');
    await addRollupDays(session, 'answer_days', 'select submitted_at as changed_at from import_typed', params);
    if (updated > 0) await addRollupDays(session, 'answer_days', `select submitted_at as changed_at from responses where ${existing}`, params);
  }
  if (updated > 0) await session.query(`replace ${table}`, `delete from ${table} where ${existing}`, params);
  if (isEvents) await ensureEventPartitions(session);
  const list = ['workspace_id', ...columns].join(', ');
  await session.query(`insert ${table}`, `insert into ${table} (${list}) select ${list} from import_typed`, params);
  if (isEvents) {
    const keptFrom = await rawEventsKeptFrom(session, workspaceId);
    if (keptFrom !== null) {
      await session.query(
        'events past retention',
        `delete from events where workspace_id = $workspace and occurred_at < cast(${sqlDateLiteral('date', keptFrom)} as timestamp)`,
        params,
      );
    }
    if (present) {
      await refreshVisitorTablesFromChanges(session, workspaceId, keptFrom);
      await refreshWebRollups(session, workspaceId, { table: 'web_days' }, keptFrom);
    } else {
      await refreshVisitorTables(session, workspaceId, 'whole workspace');
      await refreshWebRollups(session, workspaceId, 'whole workspace', keptFrom);
    }
  }
  if (isResponses) await refreshAnswerRollups(session, workspaceId, { table: 'answer_days' });
  if (options.analyze) await analyzeTables(session, isEvents ? [table, 'sessions', 'visitor_days'] : [table]);
  return { inserted: rowsToWrite - updated, updated };
}

/** Whether the workspace has any row in `table` (one of our own table names) yet. */
export async function workspaceHasRows(session: Session, table: string, workspaceId: number): Promise<boolean> {
  const [row] = await session.query<{ present: boolean }>(
    `any ${table} yet`,
    `select exists (select 1 from ${table} where workspace_id = $workspace) as present`,
    { workspace: workspaceId },
  );
  return row?.present === true;
}
