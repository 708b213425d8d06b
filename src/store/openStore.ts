import { existsSync } from 'node:fs';
import { NotFoundError } from '../errors/errors.js';
import { openDuckDbStore } from './duckdbStore.js';
import { migrate } from './migrate.js';
import { openPostgresStore } from './postgresStore.js';
import type { Store } from './Store.js';

/** The embedded database file used when nothing else is said (README). */
export const DEFAULT_DB_PATH = './data/barometre.duckdb';

export interface StoreOptions {
  /** A DuckDB file path, or `:memory:`. */
  db?: string | undefined;
  /** A PostgreSQL URL; wins over `db`. */
  databaseUrl?: string | undefined;
  /** PostgreSQL only: work in this schema (tests). */
  schema?: string | undefined;
  /**
   * DuckDB only: refuse a file that does not exist yet instead of creating it (commands that
   * only read: an empty new file would answer every question with "no data").
   */
  mustExist?: boolean | undefined;
}

/**
 * Opens the store the options name — PostgreSQL when a URL is given (flag or
 * DATABASE_URL), else the DuckDB file (flag, BAROMETRE_DB, or ./data/barometre.duckdb) —
 * and applies pending migrations, so every command starts on an up-to-date schema.
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const url = options.databaseUrl ?? process.env.DATABASE_URL;
  const path = options.db ?? process.env.BAROMETRE_DB ?? DEFAULT_DB_PATH;
  if (!url && options.mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new NotFoundError(`There is no database file ${path}: import data into it first (barometre import, barometre demo), or name another with --db.`);
  }
  const store = url ? await openPostgresStore(url, options.schema ? { schema: options.schema } : {}) : await openDuckDbStore(path);
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
