import type { Session } from './Store.js';

/**
 * Waits for, then holds until the session's transaction ends, the lock named `name` for one
 * workspace (0: the whole store), so that processes sharing a PostgreSQL database take turns
 * at work that reads then writes: applying migrations, numbering a new workspace, merging an
 * import over existing ids. On PostgreSQL it is a transaction-level advisory lock keyed by
 * the current schema and the name (two schemas, two locks); released by commit or rollback.
 * On DuckDB it does nothing: the engine lets one process hold the file, and the store runs
 * its transactions one at a time (duckdbStore.ts).
 *
 * Must be called inside `store.transaction`, before the reads it protects.
 */
export async function lockUntilCommit(session: Session, name: string, workspaceId = 0): Promise<void> {
  if (session.engine !== 'postgres') return;
  await session.query(
    `lock ${name}`,
    `select 1 as locked from (select pg_advisory_xact_lock(hashtext(current_schema() || ':' || $name), $workspace::int)) as lock`,
    {
      name,
      workspace: workspaceId,
    },
  );
}
