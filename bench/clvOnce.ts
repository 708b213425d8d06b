/**
 * One customer-value run in a process of its own, for bench/run.ts to time with its peak
 * RSS: RFM summary in SQL, BG/NBD and Gamma-Gamma fits, every customer's P(alive),
 * expected purchases and CLV. Prints the in-process seconds as JSON.
 *
 * Usage: tsx bench/clvOnce.ts <file.duckdb>
 */
import { customerValue } from '../src/services/clv/customerValue.js';
import { openStore } from '../src/store/openStore.js';

const store = await openStore({ db: process.argv[2] });
try {
  const started = performance.now();
  const result = await customerValue(store, 1, { timeUnit: 'week', to: '1997-09-30' });
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, customers: result.customers.length, params: result.params })}\n`);
} finally {
  await store.close();
}
