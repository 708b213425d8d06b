import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFromTool, type ToolImportResult } from '../importing/adapters/importFromTool.js';
import type { Engine, Row } from '../store/Store.js';
import { workspaceStore } from './workspaceStore.js';

/** The path of a fixture of the tool-export adapters (src/importing/adapters/fixtures/). */
export const fixture = (name: string): string => fileURLToPath(new URL(`../importing/adapters/fixtures/${name}`, import.meta.url));

/** A select item reading a timestamp column as text, the same on both engines' test queries. */
export const ts = (column: string): string => `cast(${column} as varchar) as ${column}`;

/** What an adapter's import tests need from their store. */
export interface AdapterStore {
  /** Imports `file` — a fixture's name, or an absolute path — as `kind` through the tool's adapter. */
  load(kind: string, file: string, options?: { skipInvalid?: boolean }): Promise<ToolImportResult>;
  /** Runs a query on the store and returns its rows. */
  read(sql: string): Promise<Row[]>;
}

/**
 * A fresh store on `engine` with a workspace, for each test of the calling describe block
 * (see workspaceStore), and the import and read-back the adapters' tests share.
 */
export function adapterStore(engine: Engine, tool: string): AdapterStore {
  const test = workspaceStore(engine);
  return {
    load: (kind, file, options = {}) =>
      importFromTool(test.store, {
        tool,
        kind,
        file: isAbsolute(file) ? file : fixture(file),
        workspaceId: test.workspaceId,
        skipInvalid: options.skipInvalid ?? false,
      }),
    read: (sql) => test.read(sql),
  };
}
