import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sqlString } from '../sqlLiteral.js';
import type { Session } from '../Store.js';
import { SESSION_COLUMNS, sessionsFromEventsSql, VISITOR_DAY_COLUMNS, visitorDaysFromEventsSql } from './sessionsSql.js';

/** One month of a workspace's first events, as CSV files with header (workspace_id then the kind's columns). */
export interface MonthOfEvents {
  /** YYYY-MM. */
  month: string;
  files: readonly string[];
}

/** The sessions and visitor-days of a workspace's first events, as CSV files with header (columns SESSION_COLUMNS, VISITOR_DAY_COLUMNS). */
export interface VisitorTableFiles {
  sessions: string;
  visitorDays: string;
}

/**
 * In a DuckDB `staging` session: writes the rows of the view `import_typed` (a typed events
 * import) into `folder` as CSV files, one folder per month the events fall in (DuckDB's
 * partitioned write, in parallel), and lists them by month. PostgreSQL then loads each month
 * into its own partition (loadFirstEvents.ts).
 */
export async function exportEventsByMonth(staging: Session, folder: string): Promise<MonthOfEvents[]> {
  await staging.execute(
    'export typed rows by month',
    `copy (select *, strftime(occurred_at, '%Y-%m') as month from import_typed) to ${sqlString(folder)} (format csv, header true, partition_by (month))`,
  );
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name.startsWith('month='))
    .map((entry) => ({
      month: entry.name.slice('month='.length),
      files: readdirSync(join(folder, entry.name))
        .filter((name) => name.endsWith('.csv'))
        .sort()
        .map((name) => join(folder, entry.name, name)),
    }))
    .sort((a, b) => a.month.localeCompare(b.month));
}

/**
 * In a DuckDB `staging` session, computes the sessions and visitor-days of the events that
 * exportEventsByMonth wrote into `eventsFolder`, with the very SQL that maintains them in the
 * store (sessionsSql.ts), and writes them into `folder` as CSV files ordered by their keys (so
 * PostgreSQL's indexes take them in order). A workspace's first import on PostgreSQL copies
 * them in whole (loadFirstEvents.ts) instead of computing them there: DuckDB's parallel
 * window functions take a fraction of PostgreSQL's time for the same rows, and run while
 * PostgreSQL copies the events.
 */
export async function prebuildVisitorTables(staging: Session, eventsFolder: string, folder: string): Promise<VisitorTableFiles> {
  const files = { sessions: join(folder, 'sessions.csv'), visitorDays: join(folder, 'visitor_days.csv') };
  const events = `(select workspace_id, visitor_id, cast(occurred_at as timestamp) as occurred_at, type, url, cast(attributes as json) as attributes
  from read_csv(${sqlString(join(eventsFolder, '*', '*.csv'))}, header = true, all_varchar = true, hive_partitioning = false))`;
  await staging.execute(
    'prebuild sessions',
    `copy (select ${SESSION_COLUMNS.join(', ')} from (${sessionsFromEventsSql('duckdb', events)}) order by visitor_id, started_at)
to ${sqlString(files.sessions)} (format csv, header true)`,
  );
  await staging.execute(
    'prebuild visitor days',
    `copy (select ${VISITOR_DAY_COLUMNS.join(', ')} from (${visitorDaysFromEventsSql(events)}) order by visitor_id, day)
to ${sqlString(files.visitorDays)} (format csv, header true)`,
  );
  return files;
}
