/**
 * Issue 15's second figure: `GET /api/customers` on the demo store, the first call after the
 * server starts (the fitted models are kept per process, so only the first call fits them),
 * target ≤ 1 s — the median of 3 fresh servers. The demo store is loaded once into
 * bench/data/demo.duckdb by `barometre demo`, which also analyses its comments; a signed-in
 * admin's session cookie authorises the call.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { adminSession } from './dashboardFigures.js';
import type { Figure } from './figure.js';
import { BENCH_DATA } from './generateLargeStore.js';
import { median, runProcess } from './measure.js';
import { cpuSeconds, serve } from './servedStores.js';

const CLI = join(import.meta.dirname, '..', 'bin', 'barometre.js');
const DEMO_DB = join(BENCH_DATA, 'demo.duckdb');
const RUNS = 3;

/** The seconds and the server's CPU seconds of the first `GET /api/customers` of a fresh server on `db`. */
async function firstCustomerList(db: string, workspace: string, token: string): Promise<{ seconds: number; cpuSeconds: number | null }> {
  const { server, url } = await serve(['--db', db]);
  try {
    const cpuBefore = cpuSeconds(server.pid);
    const started = performance.now();
    const response = await fetch(`${url}/api/customers?workspace=${encodeURIComponent(workspace)}`, { headers: { cookie: `brm_session=${token}` } });
    const body = (await response.json()) as { customers?: unknown[] };
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = cpuSeconds(server.pid);
    if (!response.ok || !Array.isArray(body.customers))
      throw new Error(`GET /api/customers answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
    return { seconds, cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
  } finally {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
}

/** Measures the demo's first customer list; `record` prints and keeps each figure. */
export async function customerListFigures(record: (figure: Figure) => void): Promise<void> {
  if (!existsSync(DEMO_DB)) await runProcess('node', [CLI, 'demo', '--db', DEMO_DB, '--json']);
  const { workspace, token } = await adminSession(DEMO_DB);
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await firstCustomerList(DEMO_DB, workspace, token));
  const seconds = median(runs.map((run) => run.seconds));
  record({ name: 'DuckDB: GET /api/customers on the demo, first call after start', value: seconds, unit: 's', target: '≤ 1', ok: seconds <= 1 });
  const cpu = runs.map((run) => run.cpuSeconds).filter((value): value is number => value !== null);
  if (cpu.length > 0)
    record({ name: 'DuckDB: GET /api/customers on the demo, first call (server CPU)', value: median(cpu), unit: 's', target: 'reference', ok: null });
}
