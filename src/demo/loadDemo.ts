import { importFile, type ImportResult } from '../importing/importFile.js';
import { IMPORT_KINDS } from '../store/schema/kinds.js';
import { withScratchFolder } from '../store/scratchFolder.js';
import type { Store } from '../store/Store.js';
import { DEFAULT_DEMO_SEED } from './buildDemoCsvs.js';
import { type DemoBarometerResult, loadDemoBarometer } from './loadDemoBarometer.js';
import { writeDemoCsvs } from './writeDemoCsvs.js';

/** What loading the demo did: each import's result, and the employee barometer's answers. */
export interface DemoLoad {
  imports: ImportResult[];
  barometer: DemoBarometerResult;
}

/**
 * Loads the demo dataset into a workspace through the ordinary paths (so the demo is also a
 * test of them): writes the CSVs to a temporary folder, imports each kind, removes them; then
 * runs the employee barometer as a Baromètre survey and answers it (loadDemoBarometer.ts).
 * Deterministic: the same seed gives the same store.
 */
export async function loadDemo(
  store: Store,
  workspaceId: number,
  options: { seed?: number; onProgress?: (phase: string, percent: number | null) => void } = {},
): Promise<DemoLoad> {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const imports = await withScratchFolder('demo', async (folder) => {
    const files = await writeDemoCsvs(folder, { seed });
    const results: ImportResult[] = [];
    for (const kind of IMPORT_KINDS) {
      options.onProgress?.(`importing demo ${kind}`, null);
      results.push(await importFile(store, { kind, file: files[kind], workspaceId }));
    }
    return results;
  });
  options.onProgress?.('answering the demo barometer', null);
  return { imports, barometer: await loadDemoBarometer(store, workspaceId, seed) };
}
