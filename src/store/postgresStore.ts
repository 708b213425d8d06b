import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { StoreError } from '../errors/errors.js';
import { toPositional } from './namedParameters.js';
import { normaliseRow, rowsToColumns } from './rowValues.js';
import type { Row, Session, SqlParams, Store } from './Store.js';
import { toNumber } from './toNumber.js';
import { traceQuery } from './traceQuery.js';

/** PostgreSQL type OIDs whose text form we turn into numbers once, here. */
const INT8_OID = 20;
const NUMERIC_OID = 1700;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (text: string) => toNumber(text, 'a PostgreSQL number');
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export interface PostgresOptions {
  /** A schema to create and use instead of `public` (tests give each run its own). */
  schema?: string;
}

/**
 * Connects to PostgreSQL with a small pool. Every connection works in UTC and, with
 * `options.schema`, in that schema, so days are cut in UTC as docs/cli.md requires.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const location = redactPassword(url);
  const schema = options.schema;
  // Session settings travel in the startup packet, so every pooled connection has them from its first query.
  // Settings already in the URL (?options=-c search_path=…) are kept, ours added after them.
  const fromUrl = new URL(url).searchParams.get('options');
  const settings = [...(fromUrl ? [fromUrl] : []), '-c TimeZone=UTC', ...(schema ? [`-c search_path=${schema}`] : [])].join(' ');
  const pool = new pg.Pool({ connectionString: url, max: 4, types, options: settings });
  // An idle pooled connection can be closed under us (server restart, pg_terminate_backend, a
  // proxy's timeout). pg then drops that client and emits 'error' on the pool; unheard, the
  // event would end the process. The next query opens a fresh connection.
  pool.on('error', (error) => console.error(`PostgreSQL at ${location} closed an idle connection (${error.message}); the next query opens a new one.`));
  try {
    if (schema) await pool.query(`create schema if not exists ${quoteIdentifier(schema)}`);
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    const message = error instanceof Error ? error.message : String(error);
    throw new StoreError(`Could not connect to PostgreSQL at ${location}: ${message}`, { cause: error });
  }
  return new PostgresStore(location, pool);
}

class PostgresSession implements Session {
  readonly engine = 'postgres' as const;

  constructor(private readonly client: pg.Pool | pg.PoolClient) {}

  async copyCsvInto(table: string, columns: readonly string[], path: string): Promise<void> {
    const sql = `copy ${table} (${columns.join(', ')}) from stdin with (format csv, header true)`;
    const run = async (client: pg.PoolClient) => {
      try {
        await traceQuery('postgres', `copy into ${table}`, sql, () => pipeline(createReadStream(path), client.query(copyFrom(sql))));
      } catch (error) {
        throw queryError(`copy into ${table}`, error);
      }
    };
    if (this.client instanceof pg.Pool) {
      const client = await this.client.connect();
      try {
        await run(client);
      } finally {
        client.release();
      }
    } else await run(this.client);
  }

  async insertRows(table: string, rows: readonly (readonly (string | null)[])[]): Promise<void> {
    if (rows.length === 0) return;
    // The rows travel as one JSON array of arrays; each element is cast from text to its column's type.
    const columns = await this.query<{ name: string; type: string }>(
      `columns of ${table}`,
      `select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
where attrelid = $table::regclass and attnum > 0 and not attisdropped order by attnum`,
      { table: `pg_temp.${table}` },
    );
    const list = columns.map((column) => quoteIdentifier(column.name)).join(', ');
    const values = columns.map((column, index) => `cast(row->>${index} as ${column.type})`).join(', ');
    await this.query(`insert into ${table}`, `insert into ${table} (${list}) select ${values} from json_array_elements($rows::json) as row`, {
      rows: JSON.stringify(rows),
    });
  }

  progress(): null {
    return null;
  }

  async query<T extends Row = Row>(name: string, sql: string, params: SqlParams = {}): Promise<T[]> {
    const { text, values } = toPositional(sql, params);
    try {
      const result = await traceQuery('postgres', name, text, () => this.client.query({ text, values }));
      return result.rows.map((row: Record<string, unknown>) => normaliseRow(row) as T);
    } catch (error) {
      throw queryError(name, error);
    }
  }

  async queryColumns(name: string, sql: string, params: SqlParams = {}): Promise<Record<string, unknown[]>> {
    const rows = await this.query(name, sql, params);
    return rowsToColumns(rows);
  }

  async execute(name: string, sql: string): Promise<void> {
    try {
      await traceQuery('postgres', name, sql, () => this.client.query(sql));
    } catch (error) {
      throw queryError(name, error);
    }
  }
}

class PostgresStore extends PostgresSession implements Store {
  constructor(
    readonly location: string,
    private readonly pool: pg.Pool,
  ) {
    super(pool);
  }

  async transaction<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const session = new PostgresSession(client);
    try {
      await client.query('begin');
      try {
        const result = await work(session);
        await client.query('commit');
        return result;
      } catch (error) {
        // The error that broke the work is the one worth reporting; a failed rollback
        // (connection lost) changes nothing for the caller, the transaction is gone either way.
        await client.query('rollback').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  }

  /** Other processes may write the database at any time, unseen: no mark. */
  changeMark(): null {
    return null;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function queryError(name: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(`Query ${name} failed on PostgreSQL: ${message}`, { cause: error });
}

/** Quotes an SQL identifier that we chose ourselves (schema names of tests). */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    throw new StoreError(`The database URL ${url.replace(/:[^:@/]*@/, ':***@')} is not a valid URL.`);
  }
}
