/**
 * The one interface both engines implement. Queries are plain SQL with named parameters
 * (`$name`); values are always bound, never spliced into the text.
 */

export type Engine = 'duckdb' | 'postgres';

/** A bound parameter value. Dates travel as ISO strings, cast in SQL. */
export type SqlValue = string | number | boolean | null;

export type SqlParams = Readonly<Record<string, SqlValue>>;

/** A row as the store returns it: BIGINT/HUGEINT/NUMERIC already turned into JS numbers. */
export type Row = Record<string, unknown>;

/** A session on the store that runs statements in order (one connection). */
export interface Session {
  readonly engine: Engine;
  /** Runs one query and returns its rows; `name` identifies the query in errors and logs. */
  query<T extends Row = Row>(name: string, sql: string, params?: SqlParams): Promise<T[]>;
  /**
   * Runs one query and returns its result column by column (name → values), the cheap form
   * for large results (one value array per column instead of one object per row).
   */
  queryColumns(name: string, sql: string, params?: SqlParams): Promise<Record<string, unknown[]>>;
  /** Runs statements that return nothing (DDL, several statements separated by `;`). */
  execute(name: string, sql: string): Promise<void>;
  /** Appends a CSV file with a header row (as DuckDB's COPY TO writes it) to `table`'s `columns`. */
  copyCsvInto(table: string, columns: readonly string[], path: string): Promise<void>;
  /**
   * Appends `rows` to the temporary table `table`: each row gives every column of the table,
   * in the table's order, as text (cast to the column's type by the engine) or null. DuckDB
   * appends through its appender, PostgreSQL inserts them as one JSON parameter; neither
   * builds SQL text from the values.
   */
  insertRows(table: string, rows: readonly (readonly (string | null)[])[]): Promise<void>;
  /** How far the statement now running has got, 0–100, or null when the engine cannot tell. */
  progress(): number | null;
}

export interface Store extends Session {
  /** Where the data lives, for messages: a file path or a URL without its password. */
  readonly location: string;
  /**
   * Runs `work` inside one transaction on one connection: committed when it resolves,
   * rolled back when it throws (and the error rethrown).
   */
  transaction<T>(work: (session: Session) => Promise<T>): Promise<T>;
  /**
   * A mark of the last write to any of `tables` (lower-case names): it changes whenever one
   * of them may have been written since it was taken, statement or commit, so equal marks mean
   * their rows are the same. Null when other processes may write the store unseen
   * (PostgreSQL); DuckDB's file lock keeps every writer of the file in this process.
   */
  changeMark(tables: readonly string[]): number | null;
  /** Closes every connection; the store is unusable afterwards. */
  close(): Promise<void>;
}
