import type { Store } from '../store/Store.js';
import type { AdapterReport } from './adapters/Adapter.js';
import { type ImportFromToolOptions, importFromTool } from './adapters/importFromTool.js';
import { importFile, type ImportResult } from './importFile.js';

/** An import of a CSV of the kind, or, with `tool`, of that tool's own export (and its hints). */
export type FileOrExportOptions = Omit<ImportFromToolOptions, 'tool'> & { tool?: string | undefined };

/**
 * Imports a file as `barometre import [--from <tool>] <kind> <file>` does: the CSV of the kind
 * (importFile), or, with `tool`, that tool's export made canonical first (importFromTool),
 * whose result adds what the adapter did. The command line and the HTTP API both call this.
 *
 * @throws what importFile or importFromTool throws.
 */
export async function importFileOrExport(store: Store, options: FileOrExportOptions): Promise<ImportResult & { adapter?: AdapterReport }> {
  const { tool, ...rest } = options;
  return tool === undefined ? importFile(store, rest) : importFromTool(store, { ...rest, tool });
}
