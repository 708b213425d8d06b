import type { Engine } from '../Store.js';

/**
 * The few expressions the two engines spell differently, in one place, so each query file
 * keeps one SQL text for both.
 */

/** The median of a numeric expression; both interpolate (mean of the two middle values). */
export function medianSql(engine: Engine, expression: string): string {
  return quantileSql(engine, expression, 0.5);
}

/** The `fraction` quantile of a numeric expression, interpolated between the two nearest values on both engines. */
export function quantileSql(engine: Engine, expression: string, fraction: number): string {
  return engine === 'duckdb' ? `quantile_cont(${expression}, ${fraction})` : `percentile_cont(${fraction}) within group (order by ${expression})`;
}

/** Seconds between two timestamps, as a double. */
export function secondsBetweenSql(engine: Engine, start: string, end: string): string {
  return engine === 'duckdb' ? `(epoch_us(${end}) - epoch_us(${start})) / 1000000.0` : `extract(epoch from (${end} - ${start}))::double precision`;
}

/** The value of `value` on the row with the smallest `order` in a group (DuckDB arg_min; PostgreSQL the first of an ordered array). */
export function firstBySql(engine: Engine, value: string, order: string): string {
  return engine === 'duckdb' ? `arg_min(${value}, ${order})` : `(array_agg(${value} order by ${order}))[1]`;
}

/**
 * In a group of events, the `value` of the earliest event that has one (`edge` first), or of
 * the latest (`edge` last); among events of the same instant, the smallest (largest) value
 * in byte order. DuckDB's arg_min/arg_max skip null values and compare the (instant, value)
 * key as a whole — a hundred times faster than an ordered array_agg there; PostgreSQL has no
 * arg_min, so it takes the first of the ordered non-null values.
 */
export function edgeValueSql(engine: Engine, edge: 'first' | 'last', value: string): string {
  if (engine === 'duckdb') return `${edge === 'first' ? 'arg_min' : 'arg_max'}(${value}, (occurred_at, ${value}))`;
  const direction = edge === 'first' ? '' : ' desc';
  return `(array_agg(${value} order by occurred_at${direction}, ${value} collate "C"${direction}) filter (where ${value} is not null))[1]`;
}

/** The calendar month of a timestamp as text, YYYY-MM. */
export function monthSql(engine: Engine, timestamp: string): string {
  return engine === 'duckdb' ? `strftime(${timestamp}, '%Y-%m')` : `to_char(${timestamp}, 'YYYY-MM')`;
}

/**
 * An ORDER BY term that sorts text byte by byte on both engines: DuckDB's default, and
 * PostgreSQL's "C" collation (its default follows the database's locale).
 */
export function byteOrderSql(engine: Engine, text: string): string {
  return engine === 'duckdb' ? text : `${text} collate "C"`;
}

/** The start of an absolute URL: scheme and `://`, then user information (skipped) and the host with its port (captured). */
const URL_AUTHORITY = '^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#]*)';

/** The host (and port) of an absolute URL in lower case; null for a relative URL or null. */
export function urlHostSql(engine: Engine, url: string): string {
  const host = engine === 'duckdb' ? `regexp_extract(${url}, '${URL_AUTHORITY}', 1)` : `substring(${url} from '${URL_AUTHORITY}')`;
  return `nullif(lower(${host}), '')`;
}

/**
 * The path of a URL: without scheme, host, query string or fragment, `/` when nothing is
 * left; a relative URL keeps its path; null stays null. The same on both engines.
 */
export function urlPathSql(url: string): string {
  return `case when ${url} is null then null else coalesce(nullif(regexp_replace(${url}, '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*|[?#].*$', '', 'g'), ''), '/') end`;
}

/**
 * Creates the empty temporary table `name` with the columns of `table`. PostgreSQL copies
 * the definition (`like`), reading no row: on Citus a `select … limit 0` from a distributed
 * table would still be sent to every shard (docs/scaling.md); DuckDB has no `like` and
 * takes the columns of an empty select.
 */
export function emptyCopySql(engine: Engine, name: string, table: string): string {
  return engine === 'duckdb' ? `create temp table ${name} as select * from ${table} limit 0` : `create temp table ${name} (like ${table})`;
}
