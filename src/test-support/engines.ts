import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { quoteIdentifier } from '../store/postgresStore.js';
import { openStore } from '../store/openStore.js';
import type { Engine, Store } from '../store/Store.js';

/** The PostgreSQL the store tests use; unset, those tests are reported as skipped. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export interface TestStore {
  store: Store;
  /** Closes the store and removes what it made (the DuckDB file, the PostgreSQL schema). */
  dispose(): Promise<void>;
}

let counter = 0;

/** Opens a fresh, migrated, empty store on `engine`: a temp DuckDB file, or a new PostgreSQL schema. */
export async function openTestStore(engine: Engine): Promise<TestStore> {
  if (engine === 'duckdb') {
    const folder = mkdtempSync(join(tmpdir(), 'barometre-test-'));
    const store = await openStore({ db: join(folder, 'test.duckdb') });
    return {
      store,
      async dispose() {
        await store.close();
        rmSync(folder, { recursive: true, force: true });
      },
    };
  }
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set.');
  const schema = `test_${process.pid}_${Date.now()}_${counter++}`;
  const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
  return {
    store,
    async dispose() {
      await store.execute('drop test schema', `drop schema ${quoteIdentifier(schema)} cascade`);
      await store.close();
    },
  };
}

/**
 * Declares the same tests for DuckDB and for PostgreSQL. The PostgreSQL block is declared
 * with `describe.skipIf`, so without TEST_DATABASE_URL it shows as skipped, never as passed.
 */
export function describeEachEngine(title: string, tests: (engine: Engine) => void): void {
  describe(`${title} (DuckDB)`, () => tests('duckdb'));
  describe.skipIf(!TEST_DATABASE_URL)(`${title} (PostgreSQL)`, () => tests('postgres'));
}

/** Runs one statement on a PostgreSQL connection of its own (TEST_DATABASE_URL), outside any store: to drop another's connections, say. */
export async function onOwnConnection(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
