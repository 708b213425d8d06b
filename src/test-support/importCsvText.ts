import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ImportResult, importFile } from '../importing/importFile.js';
import type { Store } from '../store/Store.js';

/**
 * Imports `content`, the text of a CSV file of `kind`, into a workspace through the ordinary
 * import (written to a temporary file, removed afterwards), for tests that build their rows inline.
 */
export async function importCsvText(store: Store, workspaceId: number, kind: string, content: string): Promise<ImportResult> {
  const folder = mkdtempSync(join(tmpdir(), 'barometre-inline-'));
  try {
    const file = join(folder, `${kind}.csv`);
    writeFileSync(file, content);
    return await importFile(store, { kind, file, workspaceId });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
