/**
 * One customer-value run in a process of its own, for bench/run.ts to time with its peak
 * RSS: RFM summary and its patterns in SQL, BG/NBD and Gamma-Gamma fits on the patterns,
 * every customer's P(alive), expected purchases and CLV joined in SQL into a temporary table
 * and counted (or, with `--read`, read into JavaScript as `barometre clv` does). Prints the
 * in-process seconds and CPU seconds as JSON.
 *
 * Usage: tsx bench/clvOnce.ts <file.duckdb> [--read]
 */
import { customerValue, withCustomerValues } from '../src/services/clv/customerValue.js';
import { writeCustomerValues } from '../src/store/queries/customerValueTables.js';
import { openStore } from '../src/store/openStore.js';

const store = await openStore({ db: process.argv[2] });
const options = { timeUnit: 'week', to: '1997-09-30' } as const;
try {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { customers, params } =
    process.argv[3] === '--read'
      ? await customerValue(store, 1, options).then((result) => ({ customers: result.customers.length, params: result.params }))
      : await withCustomerValues(store, 1, options, async (session, report) => ({ customers: await writeCustomerValues(session), params: report.params }));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6, customers, params })}\n`);
} finally {
  await store.close();
}
