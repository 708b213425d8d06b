/**
 * Issue 11's figures for POST /api/collect, measured with autocannon on loopback against
 * `barometre serve` on a fresh store (a temp DuckDB file, and PostgreSQL with
 * BENCH_DATABASE_URL): events per second sustained in batches of 100 (target ≥ 20,000),
 * single-event requests offered at 2,000 a second with their p99 latency (target ≤ 50 ms),
 * and the events answered 202 against the events found in the store afterwards (must be
 * equal: a 202 is only sent once committed). Each measured run sends a fixed number of
 * requests, about ten seconds' worth, and waits for every answer. The per-key rate limit is lifted for the run
 * (BAROMETRE_COLLECT_RATE): it is what is being measured past.
 */
import autocannon from 'autocannon';
import { createApiKey } from '../src/store/apiKeys.js';
import type { Store } from '../src/store/Store.js';
import { findWorkspace } from '../src/store/workspaces.js';
import { cpuSeconds, eachServedEngine, serve } from './servedStores.js';
import type { Figure } from './figure.js';

const SECONDS = 10;
const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
/** Events per visitor (consented ids, consecutive events): many short visits, as a site mostly sees. */
const EVENTS_PER_VISITOR = 10;

/**
 * Runs autocannon against /api/collect, each request a fresh body of `perRequest` events with
 * ids `<run>-<n>`: for `seconds`, or for `amount` requests (then every request is answered
 * before it returns, so that events answered and events stored can be compared exactly).
 */
async function load(
  url: string,
  key: string,
  run: string,
  perRequest: number,
  options: { connections: number; overallRate?: number; seconds?: number; amount?: number },
) {
  let counter = 0;
  const result = await autocannon({
    url: `${url}/api/collect`,
    method: 'POST',
    connections: options.connections,
    ...(options.amount === undefined ? { duration: options.seconds ?? SECONDS } : { amount: options.amount }),
    ...(options.overallRate === undefined ? {} : { overallRate: options.overallRate }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'user-agent': CHROME },
    requests: [
      {
        setupRequest: (request) => {
          const events = Array.from({ length: perRequest }, () => {
            const n = counter++;
            return {
              type: 'pageview',
              url: `https://shop.example/p/${n % 200}`,
              event_id: `${run}-${n}`,
              visitor_id: `v${Math.floor(n / EVENTS_PER_VISITOR)}`,
            };
          });
          return { ...request, body: JSON.stringify(perRequest === 1 ? events[0] : { events }) };
        },
      },
    ],
  });
  const refused = result.non2xx + result.errors + result.timeouts;
  return { acknowledged: result['2xx'] * perRequest, perSecond: (result['2xx'] * perRequest) / result.duration, p99: result.latency.p99, refused };
}

/**
 * One measured run: 3 s to learn the pace the server sustains (its events named apart), then
 * a run of as many requests as about SECONDS at that pace take (at most `target` a second's
 * worth), every one answered; returns its figures. `measuring` is called as the measured run starts.
 */
async function measuredRun(
  url: string,
  key: string,
  run: string,
  perRequest: number,
  options: { connections: number; overallRate?: number; target: number },
  measuring: () => void,
) {
  const warm = await load(url, key, `warm-${run}`, perRequest, { ...options, seconds: 3 });
  measuring();
  const amount = Math.max(options.connections, Math.ceil((Math.min(warm.perSecond, options.target) * SECONDS) / perRequest));
  return { ...(await load(url, key, run, perRequest, { ...options, amount })), warmRefused: warm.refused };
}

/** The figures of one engine: `open` opens the store the server is started on with `flags`. */
async function engineFigures(engine: string, flags: readonly string[], open: () => Promise<Store>, record: (figure: Figure) => void): Promise<void> {
  const setup = await open();
  const key = (await createApiKey(setup, (await findWorkspace(setup, 'default', { create: true })).id, 'site')).key;
  await setup.close();
  const { server, url } = await serve(flags);
  let batches: Awaited<ReturnType<typeof measuredRun>>;
  let singles: Awaited<ReturnType<typeof measuredRun>>;
  const cpu: (number | null)[] = [];
  try {
    batches = await measuredRun(url, key, 'batch', 100, { connections: 32, target: 40_000 }, () => cpu.push(cpuSeconds(server.pid)));
    cpu.push(cpuSeconds(server.pid));
    singles = await measuredRun(url, key, 'single', 1, { connections: 256, overallRate: 2000, target: 2000 }, () => cpu.push(cpuSeconds(server.pid)));
    cpu.push(cpuSeconds(server.pid));
  } finally {
    const stopped = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
  }
  record({
    name: `${engine}: collect, batches of 100 (events/s, every 202 durable)`,
    value: batches.perSecond,
    unit: '/s',
    target: '≥ 20000',
    ok: batches.perSecond >= 20_000,
  });
  record({ name: `${engine}: collect, batches of 100: p99 latency`, value: batches.p99, unit: 'ms', target: 'reference', ok: null });
  record({
    name: `${engine}: collect, single events offered at 2,000/s (requests/s)`,
    value: singles.perSecond,
    unit: '/s',
    target: '≥ 2000 (−2 %)',
    ok: singles.perSecond >= 1960,
  });
  record({ name: `${engine}: collect, single events: p99 latency`, value: singles.p99, unit: 'ms', target: '≤ 50', ok: singles.p99 <= 50 });
  const [batchStart, batchEnd, singleStart, singleEnd] = cpu;
  if (batchStart != null && batchEnd != null && singleStart != null && singleEnd != null) {
    record({
      name: `${engine}: collect, server CPU per 10,000 events in batches of 100`,
      value: ((batchEnd - batchStart) * 10_000) / batches.acknowledged,
      unit: 's',
      target: 'reference',
      ok: null,
    });
    record({
      name: `${engine}: collect, server CPU per 1,000 single-event requests`,
      value: ((singleEnd - singleStart) * 1000) / singles.acknowledged,
      unit: 's',
      target: 'reference',
      ok: null,
    });
  }
  const refused = batches.refused + singles.refused + batches.warmRefused + singles.warmRefused;
  record({ name: `${engine}: collect, requests refused or failed`, value: refused, unit: '', target: '0', ok: refused === 0 });
  const store = await open();
  try {
    const counts = await store.query<{ run: string; n: number }>(
      'count collected',
      `select split_part(event_id, '-', 1) as run, count(*) as n from events group by run`,
    );
    const stored = (run: string) => counts.find((row) => row.run === run)?.n ?? 0;
    const acknowledged = batches.acknowledged + singles.acknowledged;
    record({ name: `${engine}: collect, events answered 202 (measured runs)`, value: acknowledged, unit: '', target: 'reference', ok: null });
    const difference = stored('batch') + stored('single') - acknowledged;
    record({ name: `${engine}: collect, events stored − events answered 202`, value: difference, unit: '', target: '0', ok: difference === 0 });
  } finally {
    await store.close();
  }
}

/** Measures collection on a temp DuckDB file and, given `databaseUrl`, on a fresh schema of that PostgreSQL database. */
export async function collectFigures(record: (figure: Figure) => void, databaseUrl: string | undefined): Promise<void> {
  await eachServedEngine('collect', databaseUrl, (engine, flags, open) => engineFigures(engine, flags, open, record));
}
