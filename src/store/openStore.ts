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
}

/**
 * The DuckDB file the options name (flag, BAROMETRE_DB, or ./data/barometre.duckdb), as given;
 * undefined when they name PostgreSQL (flag or DATABASE_URL), which openStore then opens instead.
 */
export function embeddedDbPath(options: Pick<StoreOptions, 'db' | 'databaseUrl'> = {}): string | undefined {
  if (options.databaseUrl ?? process.env.DATABASE_URL) return undefined;
  return options.db ?? process.env.BAROMETRE_DB ?? DEFAULT_DB_PATH;
}

/**
 * Opens the store the options name — PostgreSQL when a URL is given (flag or
 * DATABASE_URL), else the DuckDB file (flag, BAROMETRE_DB, or ./data/barometre.duckdb) —
 * and applies pending migrations, so every command starts on an up-to-date schema.
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  const db = embeddedDbPath(options);
  const store =
    db === undefined
      ? await openPostgresStore((options.databaseUrl ?? process.env.DATABASE_URL) as string, options.schema ? { schema: options.schema } : {})
      : await openDuckDbStore(db);
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
