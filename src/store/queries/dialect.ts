import type { Engine } from '../Store.js';

/**
 * The few expressions the two engines spell differently, in one place, so each query file
 * keeps one SQL text for both.
 */

/** The median of a numeric expression; both interpolate (mean of the two middle values). */
export function medianSql(engine: Engine, expression: string): string {
  return engine === 'duckdb' ? `quantile_cont(${expression}, 0.5)` : `percentile_cont(0.5) within group (order by ${expression})`;
}

/** Seconds between two timestamps, as a double. */
export function secondsBetweenSql(engine: Engine, start: string, end: string): string {
  return engine === 'duckdb' ? `(epoch_us(${end}) - epoch_us(${start})) / 1000000.0` : `extract(epoch from (${end} - ${start}))::double precision`;
}

/** The value of `value` on the row with the smallest `order` in a group (DuckDB arg_min; PostgreSQL the first of an ordered array). */
export function firstBySql(engine: Engine, value: string, order: string): string {
  return engine === 'duckdb' ? `arg_min(${value}, ${order})` : `(array_agg(${value} order by ${order}))[1]`;
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
