import { basename } from 'node:path';
import type { AdapterReport } from '../../importing/adapters/Adapter.js';
import { importFromTool } from '../../importing/adapters/importFromTool.js';
import { parseFieldMap } from '../../importing/adapters/parseFieldMap.js';
import { importFile, type ImportResult } from '../../importing/importFile.js';
import { IMPORT_KINDS } from '../../store/schema/kinds.js';
import { DataError, UsageError } from '../../errors/errors.js';
import { findWorkspace } from '../../store/workspaces.js';
import type { CliOutput } from '../Command.js';
import { defineCommand } from '../defineCommand.js';
import { EXIT_BAD_INPUT, EXIT_SUCCESS } from '../exitStatus.js';
import { progressBar } from '../progressBar.js';
import { withStore } from '../sharedOptions.js';

/** `barometre import <kind> <file.csv>` (docs/cli.md, docs/formats.md). */
export const importCommand = defineCommand({
  name: 'import',
  summary: 'load a CSV file into the store',
  usage: `barometre import [--from <tool> [--map FIELD=TEXT]… [--date-format DMY|MDY|YMD] [--timezone ZONE]] <kind> <file> [--skip-invalid] [--json]   (kinds: ${IMPORT_KINDS.join(', ')})`,
  options: {
    skipInvalid: { type: 'boolean' },
    // A tool's own export (src/importing/adapters/, docs/imports.md).
    from: { type: 'string' },
    map: { type: 'string', multiple: true },
    dateFormat: { type: 'string' },
    timezone: { type: 'string' },
  },
  async run(flags, positionals, output) {
    const [kind, file, ...extra] = positionals;
    if (kind === undefined || file === undefined || extra.length > 0) {
      throw new UsageError(`barometre import takes a kind and one file: ${this.usage}.`);
    }
    const json = flags.json;
    const tool = flags.from;
    const toolFlag = flags.map.length > 0 ? '--map' : flags.dateFormat !== undefined ? '--date-format' : flags.timezone !== undefined ? '--timezone' : null;
    if (tool === undefined && toolFlag !== null) throw new UsageError(`${toolFlag} goes with --from <tool>: ${this.usage}.`);
    let result: ImportResult & { adapter?: AdapterReport };
    try {
      result = await withStore(flags, output, async (store) => {
        const workspace = await findWorkspace(store, flags.workspace, { create: true });
        const progress = progressBar(output);
        try {
          const options = { kind, file, cwd: output.cwd, workspaceId: workspace.id, skipInvalid: flags.skipInvalid, onProgress: progress.update };
          if (tool === undefined) return await importFile(store, options);
          return await importFromTool(store, {
            ...options,
            tool,
            map: parseFieldMap(flags.map),
            dateFormat: flags.dateFormat,
            timezone: flags.timezone,
          });
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
    else {
      if (result.adapter) output.stdout.write(adapterLines(result.adapter, basename(file)));
      output.stdout.write(`${summary(result, basename(file))}\n`);
    }
    if (!result.written) {
      output.stderr.write(
        `Nothing was imported: ${result.rejectedCount} of ${result.rows} rows of ${file} are invalid (fix them, or pass --skip-invalid to import the valid rows).\n`,
      );
      return EXIT_BAD_INPUT;
    }
    return EXIT_SUCCESS;
  },
});

function printJson(output: CliOutput, result: ImportResult & { adapter?: AdapterReport }): void {
  const { kind, rows, inserted, updated, rejected, rejectedCount, adapter } = result;
  output.stdout.write(`${JSON.stringify({ kind, rows, inserted, updated, rejected, rejectedCount, ...(adapter ? { adapter } : {}) })}\n`);
}

/** What an adapter did with a tool's export, one fact per line. */
function adapterLines(report: AdapterReport, file: string): string {
  const lines = [`${file} (${report.tool} export): ${report.rowsRead} rows read, ${report.recordsMade} records made, ${report.skippedCount} rows skipped.`];
  for (const note of report.notes) lines.push(`  ${note}`);
  for (const skipped of report.skipped) lines.push(`  line ${skipped.line} skipped: ${skipped.reason}.`);
  if (report.skippedCount > report.skipped.length) lines.push(`  … and ${report.skippedCount - report.skipped.length} more rows skipped.`);
  return `${lines.join('\n')}\n`;
}

function summary(result: ImportResult & { adapter?: AdapterReport }, file: string): string {
  // From a tool's export, the import's rows are the records the adapter made (the export's rows are on the line above).
  const read = result.adapter ? `${result.rows} records to import` : `${result.rows} rows read`;
  if (!result.written) return `${file}: ${read}, none imported.`;
  const skipped = result.rejectedCount > 0 ? `, ${result.rejectedCount} invalid rows skipped` : '';
  return `${file}: ${read}, ${result.inserted} ${result.kind} added, ${result.updated} updated${skipped}.`;
}
