import { join } from 'node:path';
import { sqlString } from '../sqlLiteral.js';
import type { Session } from '../Store.js';
import { SESSION_COLUMNS, sessionsFromEventsSql, VISITOR_DAY_COLUMNS, visitorDaysFromEventsSql } from './sessionsSql.js';

/** The sessions and visitor-days of a workspace's first events, as CSV files with header (columns SESSION_COLUMNS, VISITOR_DAY_COLUMNS). */
export interface VisitorTableFiles {
  sessions: string;
  visitorDays: string;
}

/** The typed events CSV the import wrote (header; workspace_id then the kind's columns, every value as text) as a DuckDB relation of what sessions need. */
function typedEvents(eventsCsv: string): string {
  return `(select workspace_id, visitor_id, cast(occurred_at as timestamp) as occurred_at, type, url, cast(attributes as json) as attributes
  from read_csv(${sqlString(eventsCsv)}, header = true, all_varchar = true))`;
}

/** In a DuckDB `staging` session: the first day (YYYY-MM-DD) of every month the typed events CSV's events fall in. */
export async function eventMonths(staging: Session, eventsCsv: string): Promise<string[]> {
  const months = await staging.query<{ month: string }>(
    'months of the staged events',
    `select distinct strftime(date_trunc('month', occurred_at), '%Y-%m-%d') as month from ${typedEvents(eventsCsv)} order by month`,
  );
  return months.map((row) => row.month);
}

/**
 * In a DuckDB `staging` session, computes the sessions and visitor-days of the typed events
 * CSV `eventsCsv` with the very SQL that maintains them in the store (sessionsSql.ts) and
 * writes them as CSV files into `folder`. A workspace's first import on PostgreSQL copies
 * them in whole (loadFirstEvents.ts) instead of computing them there: DuckDB's parallel
 * window functions take a fraction of PostgreSQL's time for the same rows, and run while
 * PostgreSQL copies the events.
 */
export async function prebuildVisitorTables(staging: Session, eventsCsv: string, folder: string): Promise<VisitorTableFiles> {
  const files = { sessions: join(folder, 'sessions.csv'), visitorDays: join(folder, 'visitor_days.csv') };
  const events = typedEvents(eventsCsv);
  await staging.execute(
    'prebuild sessions',
    `copy (select ${SESSION_COLUMNS.join(', ')} from (${sessionsFromEventsSql('duckdb', events)})) to ${sqlString(files.sessions)} (format csv, header true)`,
  );
  await staging.execute(
    'prebuild visitor days',
    `copy (select ${VISITOR_DAY_COLUMNS.join(', ')} from (${visitorDaysFromEventsSql(events)})) to ${sqlString(files.visitorDays)} (format csv, header true)`,
  );
  return files;
}
