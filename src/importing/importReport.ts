import type { DataError } from '../errors/errors.js';
import type { AdapterReport } from './adapters/Adapter.js';
import type { ImportResult } from './importFile.js';

/** An import's outcome as `barometre import --json` prints it and `POST /api/imports/:kind` answers it (docs/cli.md, docs/api.md). */
export interface ImportReport {
  kind: string;
  rows: number;
  inserted: number;
  updated: number;
  rejected: ImportResult['rejected'];
  rejectedCount: number;
  adapter?: AdapterReport;
}

/** The report of an import that ran: its counts, its first bad rows and, from a tool's export, what the adapter did. */
export function importReport(result: ImportResult & { adapter?: AdapterReport }): ImportReport {
  const { kind, rows, inserted, updated, rejected, rejectedCount, adapter } = result;
  return { kind, rows, inserted, updated, rejected, rejectedCount, ...(adapter ? { adapter } : {}) };
}

/**
 * The report of a file refused as a whole: nothing read, nothing written, and its problems
 * as the bad rows — or, for a refusal of the file itself (missing, UTF-16, no header), the
 * error's sentence as its one problem.
 */
export function refusedFileReport(kind: string, error: DataError): ImportReport {
  const rejected = error.problems.length > 0 ? error.problems : [{ line: null, column: null, reason: error.message }];
  return { kind, rows: 0, inserted: 0, updated: 0, rejected, rejectedCount: rejected.length };
}
