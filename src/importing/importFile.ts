import { join, resolve } from 'node:path';
import { DataError, type DataProblem, UsageError } from '../errors/errors.js';
import { openDuckDbStore } from '../store/duckdbStore.js';
import { analyzeTables, useImportMemory } from '../store/bulkWrites.js';
import { canLoadFirstEvents, type FirstEvents, loadFirstEvents } from '../store/loadFirstEvents.js';
import { exportEventsByMonth, type MonthOfEvents, prebuildVisitorTables } from '../store/maintenance/prebuildVisitorTables.js';
import { mergeStagedRows } from '../store/mergeStagedRows.js';
import type { Session, Store } from '../store/Store.js';
import { sqlString } from '../store/sqlLiteral.js';
import { clearParserRejects, csvSourceSql, checkHeader, numberRows, readParserRejects } from './csvSource.js';
import { countBadRows, findProblems, LISTED_PROBLEMS } from './findProblems.js';
import { IMPORT_KINDS, isImportKind, KINDS, type KindSpec } from '../store/schema/kinds.js';
import { containsNulByte } from './containsNulByte.js';
import { hasStrayQuote } from './findStrayQuotes.js';
import { leaveOutStrayQuotes } from './leaveOutStrayQuotes.js';
import { type CsvLayout, sniffCsv } from './sniffCsv.js';
import { BAD_ROW_GUARD, type ColumnPlan, fileCountsSql, planColumns, typedViewSql } from './typedRowsSql.js';
import { withScratchFolder } from '../store/scratchFolder.js';

export interface ImportOptions {
  kind: string;
  /** The file, as the user named it (messages show it so). */
  file: string;
  /** The directory a relative `file` is read from (default: this process's). */
  cwd?: string | undefined;
  workspaceId: number;
  /** Write the valid rows and list the others, instead of refusing the whole file. */
  skipInvalid?: boolean;
  /** Told what the import is doing and, where the engine knows, how far it got (0–100). */
  onProgress?: (phase: string, percent: number | null) => void;
  /**
   * For a file made from another (a tool's export, src/importing/adapters/): the line of the
   * original file that the row starting on `line` of this one came from, so bad rows are
   * reported where the user can find them; null keeps the line as it is.
   */
  sourceLines?: (line: number) => number | null;
  /**
   * Check, count and merge as for a real import, then roll the write transaction back:
   * nothing is written, and the result says what the import would have done.
   */
  dryRun?: boolean;
}

/** The outcome, shaped as docs/cli.md's `--json` output plus the total of bad rows. */
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
  /**
   * False when the file was refused as a whole (atomic import with bad rows): nothing was
   * written. In a dry run, whether the rows would have been written (they never are).
   */
  written: boolean;
}

/**
 * Imports one CSV file of a kind into a workspace (docs/cli.md, docs/formats.md). The engine parses and
 * validates the file in SQL — DuckDB's parallel read_csv, every value checked with its line
 * — and the rows are merged in one transaction: atomically by default (one bad row refuses
 * the file, nothing is written), or, with skipInvalid, the valid rows only. On PostgreSQL
 * the file is staged and checked in an in-memory DuckDB, then copied into a temporary table
 * and merged in one PostgreSQL transaction, so both engines accept and refuse exactly the same rows;
 * a workspace's first events skip the merge: copied straight into `events`, with their sessions
 * and visitor-days built in the staging meanwhile (src/store/loadFirstEvents.ts).
 * With dryRun, that transaction is rolled back once merged: the counts are the real ones,
 * nothing is written.
 *
 * @throws UsageError for an unknown kind; DataError for a file that cannot be read as a CSV
 *   of that kind (missing, empty, binary, not UTF-8, required columns missing).
 */
export async function importFile(store: Store, options: ImportOptions): Promise<ImportResult> {
  const spec = importKindSpec(options.kind);
  const path = resolve(options.cwd ?? '', options.file);
  const layout = await sniffCsv(path, options.file);
  checkHeader(
    options.file,
    layout.header,
    spec.columns.filter((column) => column.required).map((column) => column.name),
  );
  const file: FileToImport = {
    path,
    layout,
    spec,
    plan: planColumns(spec, layout.header, { refuseNul: await containsNulByte(path) }),
    strayQuotes: await hasStrayQuote(path, layout.delimiter.charCodeAt(0)),
    options,
    report: options.onProgress ?? (() => undefined),
  };
  let result: ImportResult;
  try {
    result = await importWith(store, file, 'optimistic');
  } catch (error) {
    if (!(error instanceof RowsNeedListing)) throw error;
    result = await importWith(store, file, 'listing');
  }
  return options.sourceLines
    ? { ...result, rejected: result.rejected.map((problem) => atSourceLine(problem, options.sourceLines as (line: number) => number | null)) }
    : result;
}

/**
 * The columns, id and rules of the import kind `kind` (docs/formats.md).
 *
 * @throws UsageError naming the kinds, for any other name.
 */
export function importKindSpec(kind: string): KindSpec {
  if (!isImportKind(kind)) {
    throw new UsageError({
      en: `Unknown import kind ${JSON.stringify(kind)}; the kinds are ${IMPORT_KINDS.join(', ')}.`,
      fr: `Type d'import inconnu ${JSON.stringify(kind)} ; les types sont ${IMPORT_KINDS.join(', ')}.`,
    });
  }
  return KINDS[kind];
}

/** A bad row at its original file's line; a repeated id's reason names the first row's line (findProblems.ts), mapped too. */
function atSourceLine(problem: DataProblem, sourceLines: (line: number) => number | null): DataProblem {
  const mapped = (line: number) => sourceLines(line) ?? line;
  return {
    ...problem,
    line: problem.line === null ? null : mapped(problem.line),
    reason: problem.reason.replace(/(the row on line )(\d+)$/, (_, words: string, line: string) => `${words}${mapped(Number(line))}`),
  };
}

interface FileToImport {
  path: string;
  layout: CsvLayout;
  spec: KindSpec;
  plan: ColumnPlan;
  /** A field that does not begin with a double quote holds one somewhere (findStrayQuotes.ts): the file is read in listing mode. */
  strayQuotes: boolean;
  options: ImportOptions;
  report: (phase: string, percent: number | null) => void;
}

/**
 * How a file is read. `optimistic`: as if it were clean — read straight from disk, the
 * checks run inside the write itself, which fails at the first bad row. `listing`: the file
 * is numbered and every bad row located; used when the optimistic attempt failed.
 */
type ReadMode = 'optimistic' | 'listing';

/** Thrown when the optimistic attempt meets a bad row: the import starts again in listing mode. */
class RowsNeedListing extends Error {}

async function importWith(store: Store, file: FileToImport, mode: ReadMode): Promise<ImportResult> {
  const { spec, plan, options } = file;
  const merge = (session: Session, result: ImportResult) =>
    mergeStagedRows(session, spec, plan.tableColumns, plan.attributeKeys, options.workspaceId, result.rows - result.rejectedCount, { analyze: true });
  if (store.engine === 'duckdb') {
    return writeUnlessDryRun(store, options, async (session) => {
      const prepared = await prepareRows(session, file, mode);
      if (!prepared.proceed) return prepared.result;
      file.report('writing', null);
      const counts = await guarded(() => merge(session, prepared.result));
      return { ...prepared.result, ...counts, written: true };
    });
  }
  return withScratchFolder('import', async (folder) => {
    const staging = await openDuckDbStore(':memory:');
    let prebuilding: Promise<unknown> | undefined;
    try {
      const typedCsv = join(folder, 'typed.csv');
      // A workspace's first events are copied in with their sessions, built in the staging (loadFirstEvents.ts).
      const firstEvents = spec.table === 'events' && (await canLoadFirstEvents(store, options.workspaceId));
      const byMonth = join(folder, 'typed-by-month');
      let months: MonthOfEvents[] = [];
      const prepared = await staging.transaction(async (session) => {
        const prepared = await prepareRows(session, file, mode);
        if (prepared.proceed && firstEvents) months = await guarded(() => exportEventsByMonth(session, byMonth));
        else if (prepared.proceed) {
          await guarded(() => session.execute('export typed rows', `copy (select * from import_typed) to ${sqlString(typedCsv)} (format csv, header true)`));
        }
        return prepared;
      });
      if (!prepared.proceed) return prepared.result;
      file.report('writing', null);
      const first: FirstEvents | null = firstEvents
        ? {
            months,
            columns: plan.tableColumns,
            visitorTables: prebuildVisitorTables(staging, byMonth, folder),
            rows: prepared.result.rows - prepared.result.rejectedCount,
          }
        : null;
      // Built while PostgreSQL copies the events; awaited before the staging closes, used or not
      // (the handler marks a failure as heard: loadFirstEvents, awaiting it, reports it).
      prebuilding = first?.visitorTables.catch(() => undefined);
      const counts = await writeUnlessDryRun(store, options, async (session) => {
        await useImportMemory(session);
        const loaded = first ? await loadFirstEvents(session, options.workspaceId, plan.attributeKeys, first) : null;
        if (loaded) return loaded;
        await session.execute('drop import_typed', 'drop table if exists import_typed');
        await session.execute('create import_typed', `create temp table import_typed (like ${spec.table})`);
        // Another import came first: the files by month are merged like one file.
        for (const typed of first ? months.flatMap((month) => month.files) : [typedCsv]) {
          await session.copyCsvInto('import_typed', ['workspace_id', ...plan.tableColumns], typed);
        }
        // Statistics on the staged rows let the planner hash-join them with a large table when replacing ids.
        await analyzeTables(session, ['import_typed']);
        return merge(session, prepared.result);
      });
      return { ...prepared.result, ...counts, written: true };
    } finally {
      await prebuilding;
      await staging.close();
    }
  });
}

/** Carries a dry run's result out of its transaction, which throwing it rolls back. */
class DryRunRolledBack<T> extends Error {
  constructor(readonly result: T) {
    super('dry run rolled back');
  }
}

/** Runs `work` in one transaction of `store`: committed, or rolled back for a dry run, whose result is returned all the same. */
async function writeUnlessDryRun<T>(store: Store, options: ImportOptions, work: (session: Session) => Promise<T>): Promise<T> {
  try {
    return await store.transaction(async (session) => {
      const result = await work(session);
      if (options.dryRun) throw new DryRunRolledBack(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRolledBack) return error.result as T;
    throw error;
  }
}

/** Runs a statement that reads `import_typed`, turning the bad-row guard's error into RowsNeedListing. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Error && error.message.includes(BAD_ROW_GUARD)) throw new RowsNeedListing();
    throw error;
  }
}

/**
 * Reads the file in `session` (a DuckDB session) and leaves the rows to write in the
 * temporary view `import_typed` — unless an atomic import found problems (proceed false).
 *
 * Optimistic: one scan counts rows, repeated ids and parser rejects (decoding every field);
 * any of those sends the import to listing mode. The field checks are not run here but in
 * the view, which raises an error at the first bad row: a clean file, the common case, is
 * checked while it is written, and never copied or numbered.
 *
 * Listing: the file is copied into a numbered table and every bad row recorded with its
 * line (findProblems.ts); with --skip-invalid the view keeps the others.
 */
async function prepareRows(session: Session, file: FileToImport, mode: ReadMode): Promise<{ proceed: boolean; result: ImportResult }> {
  const { layout, plan, options } = file;
  const source = csvSourceSql(file.path, layout);
  await session.execute('drop import_typed', 'drop view if exists import_typed');
  await clearParserRejects(session);
  const result: ImportResult = { kind: options.kind, rows: 0, inserted: 0, updated: 0, rejected: [], rejectedCount: 0, written: false };
  if (mode === 'optimistic') {
    if (file.strayQuotes) throw new RowsNeedListing();
    const [counts] = await withProgress(session, 'reading', file.report, () =>
      session.query<{ rows: number; repeated: number }>('count rows', fileCountsSql(plan, source, layout.header.length)),
    );
    const rejects = await readParserRejects(session, layout.header);
    if (counts?.repeated || rejects.length > 0) throw new RowsNeedListing();
    result.rows = counts?.rows ?? 0;
    if (result.rows === 0) {
      throw new DataError(
        { en: `The file ${options.file} has a header but no data rows.`, fr: `Le fichier ${options.file} a un en-tête mais aucune ligne de données.` },
        options.file,
      );
    }
    await session.execute('typed rows', typedViewSql(plan, source, options.workspaceId, 'guard'));
    return { proceed: true, result };
  }
  await withProgress(session, 'listing problems', file.report, () => numberRows(session, source));
  const rejects = await readParserRejects(session, layout.header);
  const [counted] = await session.query<{ n: number }>('count numbered rows', 'select count(*) as n from import_raw');
  result.rows = (counted?.n ?? 0) + rejects.length;
  if (result.rows === 0) {
    throw new DataError(
      { en: `The file ${options.file} has a header but no data rows.`, fr: `Le fichier ${options.file} a un en-tête mais aucune ligne de données.` },
      options.file,
    );
  }
  const strayQuotes = file.strayQuotes ? await leaveOutStrayQuotes(session, file.path, layout, rejects) : [];
  result.rejected = [...(await findProblems(session, file.path, layout.delimiter.charCodeAt(0), plan, rejects)), ...strayQuotes]
    .sort((a, b) => (a.line as number) - (b.line as number))
    .slice(0, LISTED_PROBLEMS);
  result.rejectedCount = (await countBadRows(session)) + rejects.length + strayQuotes.length;
  if (result.rejectedCount > 0 && !options.skipInvalid) return { proceed: false, result };
  await session.execute(
    'typed rows',
    typedViewSql(plan, '(select * from import_raw where record not in (select record from import_bad)) as kept', options.workspaceId, 'checked'),
  );
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
