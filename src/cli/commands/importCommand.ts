import { basename } from 'node:path';
import { importFile, type ImportResult } from '../../collect/importFile.js';
import { IMPORT_KINDS } from '../../collect/kinds.js';
import { DataError, UsageError } from '../../errors/errors.js';
import { findWorkspace } from '../../store/workspaces.js';
import type { CliOutput, Command } from '../Command.js';
import { EXIT_BAD_INPUT, EXIT_SUCCESS } from '../exitStatus.js';
import { progressBar } from '../progressBar.js';
import { withStore } from '../sharedOptions.js';

/** `barometre import <kind> <file.csv>` (CONTRACT §2–3). */
export const importCommand: Command = {
  name: 'import',
  summary: 'load a CSV file into the store',
  usage: `barometre import <kind> <file.csv> [--skip-invalid] [--json]   (kinds: ${IMPORT_KINDS.join(', ')})`,
  options: { 'skip-invalid': { type: 'boolean', default: false } },
  async run(flags, positionals, output) {
    const [kind, file, ...extra] = positionals;
    if (kind === undefined || file === undefined || extra.length > 0) {
      throw new UsageError(`barometre import takes a kind and one file: ${this.usage}.`);
    }
    const json = flags.json === true;
    let result: ImportResult;
    try {
      result = await withStore(flags, async (store) => {
        const workspace = await findWorkspace(store, flags.workspace as string, { create: true });
        const progress = progressBar(output);
        try {
          return await importFile(store, { kind, file, workspaceId: workspace.id, skipInvalid: flags['skip-invalid'] === true, onProgress: progress.update });
        } finally {
          progress.done();
        }
      });
    } catch (error) {
      // A file refused as a whole still answers --json with its problems, so scripts read one shape.
      if (json && error instanceof DataError) printJson(output, { kind, rows: 0, inserted: 0, updated: 0, rejected: error.problems, rejectedCount: error.problems.length, written: false });
      throw error;
    }
    for (const problem of result.rejected) {
      output.stderr.write(`${file}:${problem.line ?? '?'}:${problem.column ?? '-'}: ${problem.reason}\n`);
    }
    if (result.rejectedCount > result.rejected.length) output.stderr.write(`… and ${result.rejectedCount - result.rejected.length} more bad rows.\n`);
    if (json) printJson(output, result);
    else output.stdout.write(`${summary(result, basename(file))}\n`);
    if (!result.written) {
      output.stderr.write(
        `Nothing was imported: ${result.rejectedCount} of ${result.rows} rows of ${file} are invalid (fix them, or pass --skip-invalid to import the valid rows).\n`,
      );
      return EXIT_BAD_INPUT;
    }
    return EXIT_SUCCESS;
  },
};

function printJson(output: CliOutput, result: ImportResult): void {
  const { kind, rows, inserted, updated, rejected, rejectedCount } = result;
  output.stdout.write(`${JSON.stringify({ kind, rows, inserted, updated, rejected, rejectedCount })}\n`);
}

function summary(result: ImportResult, file: string): string {
  if (!result.written) return `${file}: ${result.rows} rows read, none imported.`;
  const skipped = result.rejectedCount > 0 ? `, ${result.rejectedCount} invalid rows skipped` : '';
  return `${file}: ${result.rows} rows read, ${result.inserted} ${result.kind} added, ${result.updated} updated${skipped}.`;
}
