import { sqlDateLiteral } from '../sqlLiteral.js';
import type { Session, SqlValue } from '../Store.js';
import { ANSWER_ROLLUP_COLUMNS, answerRollupRowsSql, WEB_ROLLUP_COLUMNS, webRollupRowsSql } from './rollupsSql.js';

/** Which days a refresh recomputes: every day of the workspace, or those listed in a temporary table with a `day` column. */
export type RollupDays = 'whole workspace' | { table: RollupTable };

/** The temporary tables that list the days to recompute: those of the web rollups, those of the answers'. */
export type RollupTable = 'web_days' | 'answer_days';

/**
 * Recomputes the `daily_web` rows of the workspace's `days` from the maintained `sessions` and
 * `visitor_days`, inside the caller's transaction (after those are up to date). Days before
 * the retention's first kept day are never touched: their sessions and visitor-days are gone
 * and their rollups are all that remains of them. Reads are bounded below by a constant (the
 * earliest day to recompute), so DuckDB's zone maps skip older row groups. `keptFrom` is the
 * first kept day (rawEventsKeptFrom), or null when the workspace's retention never ran.
 */
export async function refreshWebRollups(session: Session, workspaceId: number, days: RollupDays, keptFrom: string | null): Promise<void> {
  const table = days === 'whole workspace' ? null : days.table;
  const earliest = table === null ? null : await earliestDay(session, table);
  if (table !== null && earliest === null) return;
  const bound = [earliest, keptFrom]
    .filter((day): day is string => day !== null)
    .sort()
    .at(-1);
  const from = bound === undefined ? null : sqlDateLiteral('date', bound);
  const since = from === null ? '' : ` and day >= ${from}`;
  const listed = table === null ? '' : ` and day in (select day from ${table})`;
  const sessionsSince = from === null ? '' : ` and started_at >= cast(${from} as timestamp)`;
  const sessionsListed = table === null ? '' : ` and cast(started_at as date) in (select day from ${table})`;
  const params = { workspace: workspaceId };
  await session.query('forget web rollups', `delete from daily_web where workspace_id = $workspace${since}${listed}`, params);
  await session.query(
    'write web rollups',
    `insert into daily_web (workspace_id, day, ${WEB_ROLLUP_COLUMNS.join(', ')})
${webRollupRowsSql(session.engine, `workspace_id = $workspace${sessionsSince}${sessionsListed}`, `workspace_id = $workspace${since}${listed}`)}`,
    params,
  );
}

/**
 * Recomputes the `daily_answers` rows of the workspace's `days` from `responses`, inside the
 * caller's transaction (after the responses are written or deleted).
 */
export async function refreshAnswerRollups(session: Session, workspaceId: number, days: RollupDays): Promise<void> {
  const table = days === 'whole workspace' ? null : days.table;
  const earliest = table === null ? null : await earliestDay(session, table);
  if (table !== null && earliest === null) return;
  const listed = table === null ? '' : ` and day in (select day from ${table})`;
  const submitted =
    table === null || earliest === null
      ? ''
      : ` and submitted_at >= cast(${sqlDateLiteral('date', earliest)} as timestamp) and cast(submitted_at as date) in (select day from ${table})`;
  const params = { workspace: workspaceId };
  await session.query('forget answer rollups', `delete from daily_answers where workspace_id = $workspace${listed}`, params);
  await session.query(
    'write answer rollups',
    `insert into daily_answers (${ANSWER_ROLLUP_COLUMNS.join(', ')})\n${answerRollupRowsSql(`workspace_id = $workspace${submitted}`)}`,
    params,
  );
}

/** Makes the temporary table `table` of days to recompute, empty (a previous transaction's is dropped). */
export async function startRollupDays(session: Session, table: RollupTable): Promise<void> {
  await session.execute(`start ${table}`, `drop table if exists ${table}; create temp table ${table} (day date)`);
}

/** Adds to the temporary table `table` the distinct UTC days of the `changed_at` column (a date or timestamp) of `select`. */
export async function addRollupDays(session: Session, table: RollupTable, select: string, params: Record<string, SqlValue>): Promise<void> {
  await session.query(`add ${table}`, `insert into ${table} select distinct cast(changed_at as date) from (${select}) as dated`, params);
}

/** The earliest day of a temporary table of days, or null when it is empty. */
async function earliestDay(session: Session, table: string): Promise<string | null> {
  const [row] = await session.query<{ day: string | null }>(`earliest of ${table}`, `select cast(min(day) as varchar) as day from ${table}`, {});
  return row?.day ?? null;
}
