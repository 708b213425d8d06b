/** The embedded database file used when nothing else is said (README). */
export const DEFAULT_DB_PATH = './data/barometre.duckdb';

/** The store the flags choose: a DuckDB file or a PostgreSQL URL. */
export interface StoreChoice {
  /** A DuckDB file path, or `:memory:`. */
  db?: string | undefined;
  /** A PostgreSQL URL; wins over `db`. */
  databaseUrl?: string | undefined;
}

/**
 * The DuckDB file the choice names (flag, BAROMETRE_DB, or ./data/barometre.duckdb), as given;
 * undefined when it names PostgreSQL (flag or DATABASE_URL). Kept apart from openStore so
 * that finding the file loads no database driver.
 */
export function embeddedDbPath(choice: StoreChoice = {}): string | undefined {
  if (choice.databaseUrl ?? process.env.DATABASE_URL) return undefined;
  return choice.db ?? process.env.BAROMETRE_DB ?? DEFAULT_DB_PATH;
}
