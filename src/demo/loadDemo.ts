import { importFile, type ImportResult } from '../importing/importFile.js';
import { IMPORT_KINDS } from '../store/schema/kinds.js';
import { withScratchFolder } from '../store/scratchFolder.js';
import type { Store } from '../store/Store.js';
import { writeDemoCsvs } from './writeDemoCsvs.js';

/**
 * Loads the demo dataset into a workspace through the ordinary import (so the demo is also
 * a test of it): writes the CSVs to a temporary folder, imports each kind, removes them.
 * Deterministic: the same seed gives the same store.
 */
export async function loadDemo(
  store: Store,
  workspaceId: number,
  options: { seed?: number; onProgress?: (phase: string, percent: number | null) => void } = {},
): Promise<ImportResult[]> {
  return withScratchFolder('demo', async (folder) => {
    const files = await writeDemoCsvs(folder, options.seed === undefined ? {} : { seed: options.seed });
    const results: ImportResult[] = [];
    for (const kind of IMPORT_KINDS) {
      options.onProgress?.(`importing demo ${kind}`, null);
      results.push(await importFile(store, { kind, file: files[kind], workspaceId }));
    }
    return results;
  });
}
