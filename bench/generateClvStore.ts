/**
 * Writes bench/data/clv-orders.csv (git-ignored): the CDNOW 1/10 sample (datasets/clv)
 * replicated 1,000 times — 2,357,000 customers, 6,919,000 orders, the scale of issue 4's
 * target ("2.4M customers and 7M orders", the full CDNOW data replicated 100 times, which
 * is the sample replicated 1,000 times). Real buying behaviour, so the models fit as on
 * CDNOW, and many customers share the same (x, t_x, T). DuckDB writes it in seconds.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CDNOW_SAMPLE_PATH } from '../src/test-support/cdnowSample.js';
import { BENCH_DATA } from './generateLargeStore.js';

export const CLV_ORDERS = join(BENCH_DATA, 'clv-orders.csv');
const COPIES = 1000;

/** The SQL of the file: every CDNOW transaction once per copy, customer ids suffixed with the copy. */
export function clvOrdersSql(sample: string, copies = COPIES): string {
  // Fields are separated by runs of spaces: read whole lines, split them in SQL.
  return `with lines as (
  select row_number() over () as line, string_split_regex(trim(text), '\\s+') as fields
  from read_csv('${sample}', columns = {'text': 'VARCHAR'}, delim = '\x01', quote = '', header = false, auto_detect = false)
  where trim(text) <> ''
),
cdnow as (select line, fields[2] as sample_id, strptime(fields[3], '%Y%m%d')::date as day, fields[5] as dollars from lines)
select 'o' || line || '-' || copy as order_id, sample_id || '-' || copy as customer_id, strftime(day, '%Y-%m-%d') as ordered_at, dollars as amount
from cdnow, range(${copies}) t(copy)`;
}

/** Writes the file unless it is there already; returns its path. */
export async function generateClvOrders(): Promise<string> {
  if (existsSync(CLV_ORDERS)) return CLV_ORDERS;
  mkdirSync(BENCH_DATA, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`copy (${clvOrdersSql(fileURLToPath(CDNOW_SAMPLE_PATH))}) to '${CLV_ORDERS}' (header true)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return CLV_ORDERS;
}

if (process.argv[1] === import.meta.filename) process.stdout.write(`${await generateClvOrders()}\n`);
