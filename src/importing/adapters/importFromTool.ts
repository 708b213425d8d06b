import { join, resolve } from 'node:path';
import { DataError, type DataProblem, UsageError } from '../../errors/errors.js';
import type { Store } from '../../store/Store.js';
import { importFile, type ImportOptions, type ImportResult } from '../importFile.js';
import type { Adapter, AdapterInput, AdapterReport } from './Adapter.js';
import { AdapterReporter } from './AdapterReporter.js';
import { findAdapter, SURVEY_TOOLS } from './adapters.js';
import { CanonicalCsvFile } from './CanonicalCsvFile.js';
import { parseDateOrder } from './parseTimestamp.js';
import { storedCustomers } from './storedCustomers.js';
import { StoredValuesSink } from './StoredValuesSink.js';
import { checkTimeZone } from './zonedTime.js';
import { withScratchFolder } from '../../store/scratchFolder.js';

export interface ImportFromToolOptions extends ImportOptions {
  /** `--from`: shopify, stripe, google-forms, qualtrics, surveymonkey, typeform or ga4. */
  tool: string;
  /** `--map FIELD=TEXT`, read by parseFieldMap (survey tools only). */
  map?: Readonly<Record<string, string>>;
  /** `--date-format`, as the user wrote it (DMY, MM/DD/YYYY…). */
  dateFormat?: string;
  /** `--timezone`, an IANA name, for exports whose timestamps carry no offset. */
  timezone?: string;
}

/** The core import's result, with bad rows at the export's lines and columns, and what the adapter did. */
export interface ToolImportResult extends ImportResult {
  adapter: AdapterReport;
}

/**
 * Imports a tool's own export (docs/cli.md, `import --from`): the tool's adapter writes the
 * canonical CSV of the kind to a temporary file, and the ordinary import loads it, so
 * atomicity, upsert by id, validation and the listing of bad rows are the core's. Bad rows are
 * reported at the line and column of the export the user has, not of the temporary file,
 * which is removed whatever happens.
 *
 * `rows` counts the canonical records (e.g. orders), and `adapter.rowsRead` the export's rows
 * (e.g. line items).
 *
 * @throws UsageError for an unknown tool, a kind the tool does not give, --map on a tool that
 *   has no questions, a bad --date-format or --timezone; DataError for an export whose layout
 *   is not the tool's (naming the missing columns), whose rows cannot be read, or that gives
 *   nothing to import.
 */
export async function importFromTool(store: Store, options: ImportFromToolOptions): Promise<ToolImportResult> {
  const adapter = findAdapter(options.tool, options.kind);
  const input = adapterInput(adapter, options);
  const reporter = new AdapterReporter(adapter.tool, options.file, options.skipInvalid);
  return withScratchFolder('from-tool', async (folder) => {
    const canonical = new CanonicalCsvFile(join(folder, `${options.kind}.csv`));
    const sink = new StoredValuesSink(canonical, () => storedCustomers(store, options.workspaceId), reporter);
    options.onProgress?.(`reading the ${adapter.tool} export`, null);
    try {
      await adapter.convert(input, sink, reporter);
    } catch (error) {
      // The conversion's error is the one worth reporting; the file is thrown away anyway.
      await canonical.close().catch(() => undefined);
      throw error;
    }
    await canonical.close();
    sink.finish();
    const report = reporter.finish();
    if (canonical.rows === 0) throw nothingToImport(options, report);
    const columns = canonical.declaredLayout?.sourceColumns ?? {};
    const inExport = (problem: DataProblem): DataProblem => ({
      ...problem,
      column: problem.column === null ? null : (columns[problem.column] ?? problem.column),
    });
    let result: ImportResult;
    try {
      result = await importFile(store, { ...options, file: canonical.path, sourceLines: (line) => canonical.sourceLineOf(line) });
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      throw new DataError(error.message.replaceAll(canonical.path, options.file), options.file, error.problems.map(inExport));
    }
    return { ...result, rejected: result.rejected.map(inExport), adapter: report };
  });
}

/**
 * What `adapter` is given for the export `options` name: its path, how messages name it, and
 * the user's hints checked.
 *
 * @throws UsageError for --map on a tool that has no questions, a bad --date-format or --timezone.
 */
export function adapterInput(adapter: Adapter, options: Omit<ImportFromToolOptions, 'tool' | 'kind' | 'workspaceId'>): AdapterInput {
  const map = options.map ?? {};
  if (Object.keys(map).length > 0 && !SURVEY_TOOLS.includes(adapter.tool)) {
    throw new UsageError(`--map applies to survey exports (${SURVEY_TOOLS.join(', ')}), not to --from ${adapter.tool}, whose columns are fixed.`);
  }
  return {
    path: resolve(options.cwd ?? '', options.file),
    shownAs: options.file,
    map,
    dateOrder: options.dateFormat === undefined ? undefined : parseDateOrder(options.dateFormat),
    timeZone: options.timezone === undefined ? undefined : checkTimeZone(options.timezone),
  };
}

/** The error for an export none of whose rows gives a record: say what was read and why it was all left out. */
function nothingToImport(options: ImportFromToolOptions, report: AdapterReport): DataError {
  const first = report.skipped[0];
  const why = first ? `; ${report.skippedCount} skipped, the first on line ${first.line}: ${first.reason}` : '';
  return new DataError(
    `The file ${options.file} gives no ${options.kind} to import (${report.rowsRead} row${report.rowsRead === 1 ? '' : 's'} read${why}).`,
    options.file,
    report.skipped.map((skipped) => ({ line: skipped.line, column: null, reason: skipped.reason })),
  );
}
