import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataError, type DataProblem, UsageError } from '../errors/errors.js';
import { openDuckDbStore } from '../store/duckdbStore.js';
import type { Session, Store } from '../store/Store.js';
import { sqlString } from './columnChecks.js';
import { clearParserRejects, csvSourceSql, checkHeader, numberRows, readParserRejects } from './csvSource.js';
import { countBadRows, findProblems } from './findProblems.js';
import { IMPORT_KINDS, isImportKind, KINDS } from './kinds.js';
import { mergeImported } from './mergeImported.js';
import { type CsvLayout, sniffCsv } from './sniffCsv.js';
import { type ColumnPlan, planColumns, problemCountsSql, typedViewSql } from './typedRowsSql.js';

export interface ImportOptions {
  kind: string;
  file: string;
  workspaceId: number;
  /** Write the valid rows and list the others, instead of refusing the whole file. */
  skipInvalid?: boolean;
  /** Told what the import is doing and, where the engine knows, how far it got (0–100). */
  onProgress?: (phase: string, percent: number | null) => void;
}

/** The outcome, shaped as CONTRACT §2's `--json` output plus the total of bad rows. */
export interface ImportResult {
  kind: string;
  /** Data rows in the file. */
  rows: number;
  inserted: number;
  updated: number;
  /** The first 100 bad rows. */
  rejected: readonly DataProblem[];
  /** Bad rows in all. */
  rejectedCount: number;
  /** False when the file was refused as a whole (atomic import with bad rows): nothing was written. */
  written: boolean;
}

/**
 * Imports one CSV file of a kind into a workspace (CONTRACT §2–3). The engine parses and
 * validates the file in SQL — DuckDB's parallel read_csv, every value checked with its line
 * — and the rows are merged in one transaction: atomically by default (one bad row refuses
 * the file, nothing is written), or, with skipInvalid, the valid rows only. On PostgreSQL
 * the file is staged and checked in an in-memory DuckDB, then copied into a temporary table
 * and merged in one PostgreSQL transaction, so both engines accept and refuse exactly the same rows.
 *
 * @throws UsageError for an unknown kind; DataError for a file that cannot be read as a CSV
 *   of that kind (missing, empty, binary, not UTF-8, required columns missing).
 */
export async function importFile(store: Store, options: ImportOptions): Promise<ImportResult> {
  if (!isImportKind(options.kind)) {
    throw new UsageError(`Unknown import kind ${JSON.stringify(options.kind)}; the kinds are ${IMPORT_KINDS.join(', ')}.`);
  }
  const spec = KINDS[options.kind];
  const path = resolve(options.file);
  const layout = await sniffCsv(path, options.file);
  checkHeader(options.file, layout.header, spec.columns.filter((column) => column.required).map((column) => column.name));
  const plan = planColumns(spec, layout.header);
  const report = options.onProgress ?? (() => undefined);

  if (store.engine === 'duckdb') {
    return store.transaction(async (session) => {
      const checked = await checkFile(session, path, layout, plan, options, report);
      if (!checked.proceed) return checked.result;
      report('writing', null);
      const counts = await mergeImported(session, spec, plan.tableColumns, plan.attributeKeys, options.workspaceId, checked.result.rows - checked.result.rejectedCount);
      return { ...checked.result, ...counts, written: true };
    });
  }

  const staging = await openDuckDbStore(':memory:');
  const folder = await mkdtemp(join(tmpdir(), 'barometre-import-'));
  try {
    const { checked, typedCsv } = await staging.transaction(async (session) => {
      const checked = await checkFile(session, path, layout, plan, options, report);
      const typedCsv = join(folder, 'typed.csv');
      if (checked.proceed) await session.execute('export typed rows', `copy (select * from import_typed) to ${sqlString(typedCsv)} (format csv, header true)`);
      return { checked, typedCsv };
    });
    if (!checked.proceed) return checked.result;
    report('writing', null);
    const counts = await store.transaction(async (session) => {
      await session.execute('drop import_typed', 'drop table if exists import_typed');
      await session.execute('create import_typed', `create temp table import_typed (like ${spec.table})`);
      await session.copyCsvInto('import_typed', ['workspace_id', ...plan.tableColumns], typedCsv);
      return mergeImported(session, spec, plan.tableColumns, plan.attributeKeys, options.workspaceId, checked.result.rows - checked.result.rejectedCount);
    });
    return { ...checked.result, ...counts, written: true };
  } finally {
    await staging.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Checks the file in `session` (a DuckDB session) and, unless an atomic import found
 * problems, leaves the rows to write in the temporary view `import_typed`. A clean file is
 * read twice straight from disk (count problems, then write); only a file with problems
 * is copied into a numbered table to say which lines are bad.
 */
async function checkFile(
  session: Session,
  path: string,
  layout: CsvLayout,
  plan: ColumnPlan,
  options: ImportOptions,
  report: (phase: string, percent: number | null) => void,
): Promise<{ proceed: boolean; result: ImportResult }> {
  const source = csvSourceSql(path, layout);
  await session.execute('drop import_typed', 'drop view if exists import_typed');
  await clearParserRejects(session);
  const [counts] = await withProgress(session, 'checking', report, () =>
    session.query<{ rows: number; bad: number; repeated: number }>('count problems', problemCountsSql(plan, source, layout.header.length)),
  );
  const rejects = await readParserRejects(session, layout.header);
  const result: ImportResult = { kind: options.kind, rows: (counts?.rows ?? 0) + rejects.length, inserted: 0, updated: 0, rejected: [], rejectedCount: 0, written: false };
  if (result.rows === 0) throw new DataError(`The file ${options.file} has a header but no data rows.`, options.file);
  if (!counts?.bad && !counts?.repeated && rejects.length === 0) {
    await session.execute('typed rows', typedViewSql(plan, source, options.workspaceId));
    return { proceed: true, result };
  }
  await clearParserRejects(session);
  await withProgress(session, 'listing problems', report, () => numberRows(session, source));
  result.rejected = await findProblems(session, path, plan, rejects);
  result.rejectedCount = (await countBadRows(session)) + rejects.length;
  if (!options.skipInvalid) return { proceed: false, result };
  await session.execute('typed rows', typedViewSql(plan, '(select * from import_raw where record not in (select record from import_bad)) as kept', options.workspaceId));
  return { proceed: true, result };
}

/** Runs `work` while telling `report` the engine's progress every quarter second. */
async function withProgress<T>(session: Session, phase: string, report: (phase: string, percent: number | null) => void, work: () => Promise<T>): Promise<T> {
  report(phase, 0);
  const timer = setInterval(() => report(phase, session.progress()), 250);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
