/**
 * Writes bench/data/clv-orders.csv (git-ignored): 7M orders of 2.4M customers over
 * 18 months, shaped like the CDNOW data replicated a thousand-fold — every customer's first
 * purchase in the first 12 weeks, repeat purchases after it — for the customer-value
 * benchmark (issue 4: "a generated store of 2.4M customers and 7M orders"). DuckDB writes
 * it in SQL from hashes of the row number, the same file on every run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { BENCH_DATA } from './generateLargeStore.js';

export const CLV_ORDERS = join(BENCH_DATA, 'clv-orders.csv');
const CUSTOMERS = 2_400_000;
const ORDERS = 7_000_000;

/** The SQL of the file: first purchases (one per customer), then repeat purchases drawn among customers. */
export function clvOrdersSql(customers = CUSTOMERS, orders = ORDERS): string {
  const customer = `case when i < ${customers} then i else hash(i, 'who') % ${customers} end`;
  const firstDay = (of: string) => `hash(${of}, 'first') % 84`;
  // Each customer buys only during a lifetime of their own (a few days to 15 months), then
  // drops out: the heterogeneous dropout the purchase models are made to find.
  const lifetime = (of: string) => `(hash(${of}, 'life') % 460)`;
  return `select 'o' || i as order_id, 'c' || ${customer} as customer_id,
  strftime(date '1997-01-01' + cast(${firstDay(customer)} + case when i < ${customers} then 0 else 1 + hash(i, 'later') % (1 + ${lifetime(customer)}) end as integer), '%Y-%m-%d') as ordered_at,
  round(5 + hash(i, 'amount') % 6000 / 100.0, 2) as amount
from range(${orders}) t(i)`;
}

/** Writes the file unless it is there already; returns its path. */
export async function generateClvOrders(): Promise<string> {
  if (existsSync(CLV_ORDERS)) return CLV_ORDERS;
  mkdirSync(BENCH_DATA, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`copy (${clvOrdersSql()}) to '${CLV_ORDERS}' (header true)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return CLV_ORDERS;
}

if (process.argv[1] === import.meta.filename) process.stdout.write(`${await generateClvOrders()}\n`);
