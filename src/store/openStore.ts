import { existsSync } from 'node:fs';
import { NotFoundError } from '../errors/errors.js';
import { embeddedDbPath, type StoreChoice } from './embeddedDbPath.js';
import { migrate } from './migrate.js';
import type { Store } from './Store.js';

export interface StoreOptions extends StoreChoice {
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
  const db = embeddedDbPath(options);
  if (db !== undefined && options.mustExist && db !== ':memory:' && !existsSync(db)) {
    throw new NotFoundError({
      en: `There is no database file ${db}: import data into it first (barometre import, barometre demo), or name another with --db.`,
      fr: `Il n'y a pas de fichier de base ${db} : importez-y d'abord des données (barometre import, barometre demo), ou nommez-en un autre avec --db.`,
    });
  }
  // Each engine's driver is loaded only when it is used: a DuckDB command starts without PostgreSQL's, and the other way round.
  const store =
    db === undefined
      ? await import('./postgresStore.js').then(({ openPostgresStore }) =>
          openPostgresStore((options.databaseUrl ?? process.env.DATABASE_URL) as string, options.schema ? { schema: options.schema } : {}),
        )
      : await import('./duckdbStore.js').then(({ openDuckDbStore }) => openDuckDbStore(db));
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
