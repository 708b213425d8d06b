import { chmodSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { StoreError } from '../errors/errors.js';
import { usedParameters } from './namedParameters.js';
import { normaliseColumns, normaliseRow } from './rowValues.js';
import { sqlString } from './sqlLiteral.js';
import type { Row, Session, SqlParams, Store } from './Store.js';
import { traceQuery } from './traceQuery.js';
import { writtenTables } from './writtenTables.js';

/** Hears the tables a statement may have written (null: any table). */
type WriteListener = (tables: readonly string[] | null) => void;

/**
 * Opens (creating if needed) a DuckDB file, or `:memory:`. All timestamps are UTC: the
 * session time zone is set to UTC on every connection, so `::date` and `date_trunc` cut
 * days in UTC as docs/cli.md requires.
 *
 * A file held by another process (a running server) fails with one sentence saying so,
 * never with a corrupt file: DuckDB itself refuses the second writer with a file lock.
 */
export async function openDuckDbStore(path: string): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await ownerOnly(path, () => DuckDBInstance.create(path));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const holder = /Conflicting lock is held in (.*?)(?:\. See|$)/.exec(message);
    if (holder) {
      throw new StoreError(`The database file ${path} is in use by another Baromètre process (${holder[1]}); stop it or use its HTTP API instead.`, {
        cause: error,
      });
    }
    throw new StoreError(`Could not open the database file ${path}: ${message}`, { cause: error });
  }
  const main = await connectUtc(instance);
  return new DuckDbStore(path, instance, main);
}

/**
 * Runs `create` with the file-creation mask 077, so a new database file and its WAL are
 * readable by their owner only (they hold emails and key hashes). Worker threads (test
 * runners) cannot change the mask; there the file is restricted right after creation.
 */
async function ownerOnly<T>(path: string, create: () => Promise<T>): Promise<T> {
  if (!isMainThread) {
    const created = await create();
    if (path !== ':memory:') chmodSync(path, 0o600);
    return created;
  }
  const previous = process.umask(0o077);
  try {
    return await create();
  } finally {
    process.umask(previous);
  }
}

async function connectUtc(instance: DuckDBInstance): Promise<DuckDBConnection> {
  const connection = await instance.connect();
  await connection.run(`set TimeZone = 'UTC'`);
  return connection;
}

class DuckDbSession implements Session {
  readonly engine = 'duckdb' as const;
  /** Statements on one DuckDB connection run one at a time; this chain keeps callers in order. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    protected readonly connection: DuckDBConnection,
    private readonly wrote: WriteListener,
  ) {}

  query<T extends Row = Row>(name: string, sql: string, params: SqlParams = {}): Promise<T[]> {
    return this.writing(writtenTables(sql), async () => {
      try {
        const reader = await traceQuery('duckdb', name, sql, () => this.connection.runAndReadAll(sql, usedParameters(sql, params)));
        return reader.getRowObjectsJS().map((row) => normaliseRow(row) as T);
      } catch (error) {
        throw queryError(name, error);
      }
    });
  }

  queryColumns(name: string, sql: string, params: SqlParams = {}): Promise<Record<string, unknown[]>> {
    return this.writing(writtenTables(sql), async () => {
      try {
        const reader = await traceQuery('duckdb', name, sql, () => this.connection.runAndReadAll(sql, usedParameters(sql, params)));
        return normaliseColumns(reader.getColumnsObjectJS());
      } catch (error) {
        throw queryError(name, error);
      }
    });
  }

  execute(name: string, sql: string): Promise<void> {
    return this.writing(writtenTables(sql), async () => {
      try {
        await traceQuery('duckdb', name, sql, () => this.connection.run(sql));
      } catch (error) {
        throw queryError(name, error);
      }
    });
  }

  copyCsvInto(table: string, columns: readonly string[], path: string): Promise<void> {
    return this.execute(`copy into ${table}`, `copy ${table} (${columns.join(', ')}) from ${sqlString(path)} (format csv, header true)`);
  }

  insertRows(table: string, rows: readonly (readonly (string | null)[])[]): Promise<void> {
    return this.writing([table.toLowerCase()], async () => {
      try {
        const appender = await this.connection.createAppender(table, 'main', 'temp');
        for (const row of rows) {
          for (const value of row) {
            if (value === null) appender.appendNull();
            else appender.appendVarchar(value);
          }
          appender.endRow();
        }
        appender.closeSync();
      } catch (error) {
        throw queryError(`append to ${table}`, error);
      }
    });
  }

  progress(): number | null {
    const { percentage } = this.connection.progress;
    return percentage >= 0 ? percentage : null;
  }

  /**
   * Runs `work` in turn, telling the listener of the tables it may write before it is queued
   * and again once it is over: a mark taken while it runs differs from the one after.
   */
  private writing<T>(tables: readonly string[] | null, work: () => Promise<T>): Promise<T> {
    if (tables !== null && tables.length === 0) return this.serialise(work);
    this.wrote(tables);
    return this.serialise(work).finally(() => this.wrote(tables));
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

class DuckDbStore extends DuckDbSession implements Store {
  /** Writes seen so far (statements, and commits of transactions that wrote). */
  private writes = 0;
  /** The write number of each table's last write, and of the last that could have written any table. */
  private readonly lastWrites = new Map<string, number>();
  private lastWriteOfAny = 0;

  constructor(
    readonly location: string,
    private readonly instance: DuckDBInstance,
    connection: DuckDBConnection,
  ) {
    super(connection, (tables) => this.noteWrite(tables));
  }

  changeMark(tables: readonly string[]): number {
    return Math.max(this.lastWriteOfAny, ...tables.map((table) => this.lastWrites.get(table) ?? 0));
  }

  /** Counts a write to `tables` (null: to any table). */
  private noteWrite(tables: readonly string[] | null): void {
    this.writes += 1;
    if (tables === null) this.lastWriteOfAny = this.writes;
    else for (const table of tables) this.lastWrites.set(table, this.writes);
  }

  /** The transaction now running, if any: the next one starts after it (see {@link transaction}). */
  private lastTransaction: Promise<unknown> = Promise.resolve();

  /**
   * Runs `work` in a transaction on a connection of its own. Transactions of this store run
   * one at a time: DuckDB checks conflicts only at commit (two that both numbered a new
   * workspace, or both replaced the same ids, would fail there), and one process holds the
   * file, so taking turns here is what PostgreSQL's advisory locks do between processes
   * (lockUntilCommit.ts). Reads outside a transaction are not held up.
   */
  transaction<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const turn = this.lastTransaction.then(() => this.runTransaction(work));
    this.lastTransaction = turn.catch(() => undefined);
    return turn;
  }

  private async runTransaction<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const connection = await connectUtc(this.instance);
    // What the transaction writes is noted as it runs and again once it has committed (or rolled back).
    const written = new Set<string>();
    let wroteAny = false;
    const session = new DuckDbSession(connection, (tables) => {
      if (tables === null) wroteAny = true;
      else for (const table of tables) written.add(table);
      this.noteWrite(tables);
    });
    try {
      await session.execute('begin', 'begin transaction');
      try {
        const result = await work(session);
        await session.execute('commit', 'commit');
        return result;
      } catch (error) {
        // The error that broke the work is the one worth reporting; a failed rollback
        // changes nothing for the caller, the transaction is abandoned either way.
        await session.execute('rollback', 'rollback').catch(() => undefined);
        throw error;
      }
    } finally {
      connection.closeSync();
      if (wroteAny) this.noteWrite(null);
      if (written.size > 0) this.noteWrite([...written]);
    }
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

function queryError(name: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(`Query ${name} failed on DuckDB: ${message}`, { cause: error });
}
