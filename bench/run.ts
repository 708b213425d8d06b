/**
 * `npm run bench`: the performance figures of the core issue, each printed beside its
 * target, and written to bench/results.json. Not a test: the machine is shared and noisy,
 * so every figure is a median of several runs and the ratios matter more than seconds.
 *
 *   npm run bench                       # DuckDB figures
 *   BENCH_DATABASE_URL=postgres://… npm run bench   # also PostgreSQL (loads the store there: minutes)
 *   BENCH_SKIP_IMPORT=1 …                            # reuse the stores an earlier run loaded
 *   BENCH_ONLY=core|startup|series|clv|feedback|drill|dashboard|collect|surveys|storage|rollups|growth npm run bench   # one part only (results.json then holds only it)
 *   BENCH_ROLLUP_SCALES=0.01,0.03,0.1 BENCH_ONLY=rollups npm run bench   # the one-year report, rollups against rows, per store size
 *   BENCH_GROWTH_SCALES=0.1,1,5 BENCH_ONLY=growth npm run bench   # how import, reports and store size grow with the events, both engines (only when asked)
 *     (PostgreSQL with BENCH_DATABASE_URL, up to BENCH_GROWTH_PG_MAX_SCALE=1), slopes, then docs/growth.png (alone: npm run bench:chart)
 *   BENCH_SCALE=0.1 BENCH_ONLY=series|drill|dashboard npm run bench   # on a tenth of the large store (bench/data/scale-0.1, built once)
 *   BENCH_SCALE=0.1 BENCH_ONLY=import npm run bench   # the import ÷ read_csv ratio alone, side by side, in CPU time (1M events)
 *
 * The large files are generated once into bench/data/ (git-ignored), and the large DuckDB
 * store is built once by importing them through the CLI (which is itself measured).
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildReport } from '../src/services/report/buildReport.js';
import { parseReportQuery } from '../src/services/report/reportQuery.js';
import { boundPeriod } from '../src/services/report/boundPeriod.js';
import { STATISTICS_SOURCES } from '../src/services/report/statisticsSources.js';
import { churnDefinition } from '../src/services/report/churnDefinition.js';
import { dataExtent } from '../src/store/queries/dataExtent.js';
import { loadFieldCatalog } from '../src/store/queries/fieldCatalog.js';
import { queryParams } from '../src/store/queries/QueryContext.js';
import { rowScope } from '../src/store/queries/rowScope.js';
import { webBreakdownCounts } from '../src/store/queries/webBreakdownCounts.js';
import { openStore } from '../src/store/openStore.js';
import { buildStore, CLI } from './buildStore.js';
import { collectFigures } from './collectFigures.js';
import { customerListFigures } from './customerListFigures.js';
import { feedbackFigures } from './feedbackFigures.js';
import { dashboardFigures } from './dashboardFigures.js';
import { drillDownFigures, largeStore } from './drillDownFigures.js';
import { drawGrowthChart } from './drawGrowthChart.js';
import { generateClvOrders } from './generateClvStore.js';
import { growthFigures } from './growthFigures.js';
import { startupFigures } from './startupFigures.js';
import { storageFigures } from './storageFigures.js';
import { rollupFigures } from './rollupFigures.js';
import { surveyFigures } from './surveyFigures.js';
import { BENCH_DATA, generateLargeStore, scaledSize, scaleFolder } from './generateLargeStore.js';
import { median, runProcess, timeRuns } from './measure.js';
import { REFERENCE_QUERIES } from './referenceQueries.js';
import type { Figure } from './figure.js';

const LARGE_DB = join(BENCH_DATA, 'large.duckdb');
const RUNS = 5;
const figures: Figure[] = [];

function record(figure: Figure): void {
  figures.push(figure);
  const verdict = figure.ok === null ? '' : figure.ok ? '  ok' : '  MISSED';
  const detail = figure.detail === undefined ? '' : `  (${figure.detail})`;
  process.stdout.write(
    `${figure.name.padEnd(58)} ${figure.value.toFixed(2).padStart(9)} ${figure.unit.padEnd(3)} target ${figure.target}${verdict}${detail}\n`,
  );
}

/** Seconds DuckDB takes to load the events CSV into a table, with nothing else: the yardstick of the import. */
async function plainReadCsvSeconds(): Promise<number> {
  const file = join(BENCH_DATA, 'plain.duckdb');
  const seconds: number[] = [];
  for (let run = 0; run < 3; run++) {
    rmSync(file, { force: true });
    const instance = await DuckDBInstance.create(file);
    const connection = await instance.connect();
    const started = performance.now();
    await connection.run(`create table events as select * from read_csv('${join(BENCH_DATA, 'events.csv')}')`);
    seconds.push((performance.now() - started) / 1000);
    connection.closeSync();
    instance.closeSync();
  }
  rmSync(file, { force: true });
  return median(seconds);
}

async function importFigures(): Promise<void> {
  const plain = await plainReadCsvSeconds();
  rmSync(LARGE_DB, { force: true });
  rmSync(`${LARGE_DB}.wal`, { force: true });
  const imported = (await buildStore(['--db', LARGE_DB])).seconds;
  record({ name: 'DuckDB: plain read_csv of the 10M-event file', value: plain, unit: 's', target: 'reference', ok: null });
  record({ name: 'DuckDB: barometre import events (validation, merge, sessions)', value: imported, unit: 's', target: 'reference', ok: null });
  record({ name: 'DuckDB: import ÷ plain read_csv', value: imported / plain, unit: '×', target: '≤ 2', ok: imported / plain <= 2 });
}

/**
 * The import ÷ read_csv ratio at BENCH_SCALE, for a shared machine: each run loads the events
 * file with a plain read_csv in one process, then imports it through the CLI into a fresh
 * store in another, alternately, and the ratio is that of the median CPU times (every thread,
 * start-up included) — wall times are printed for reference.
 */
async function importRatioFigures(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  const folder = scaleFolder(scale);
  const events = join(folder, 'events.csv');
  if (!existsSync(events)) await generateLargeStore(scaledSize(scale), folder);
  const plainDb = join(folder, 'plain.duckdb');
  const importDb = join(folder, 'import.duckdb');
  const plainScript = `import { DuckDBInstance } from '@duckdb/node-api';
const connection = await (await DuckDBInstance.create(${JSON.stringify(plainDb)})).connect();
await connection.run(\`create table events as select * from read_csv(${JSON.stringify(events).replaceAll('"', "'")})\`);`;
  const plain = [];
  const imported = [];
  for (let run = 0; run < 3; run++) {
    for (const file of [plainDb, importDb, `${importDb}.wal`]) rmSync(file, { force: true });
    plain.push(await runProcess('node', ['--input-type=module', '-e', plainScript]));
    imported.push(await runProcess('node', [CLI, 'import', 'events', events, '--db', importDb, '--json']));
  }
  for (const file of [plainDb, importDb, `${importDb}.wal`]) rmSync(file, { force: true });
  const cpu = (runs: { cpuSeconds: number | null }[]) => median(runs.map((run) => run.cpuSeconds ?? Number.NaN));
  const wall = (runs: { seconds: number }[]) => median(runs.map((run) => run.seconds));
  const size = `${scaledSize(scale).events / 1e6}M events`;
  record({ name: `DuckDB: plain read_csv, ${size} (CPU; wall ${wall(plain).toFixed(1)} s)`, value: cpu(plain), unit: 's', target: 'reference', ok: null });
  record({ name: `DuckDB: import events, ${size} (CPU; wall ${wall(imported).toFixed(1)} s)`, value: cpu(imported), unit: 's', target: 'reference', ok: null });
  const ratio = cpu(imported) / cpu(plain);
  record({ name: `DuckDB: import ÷ plain read_csv, ${size} (CPU)`, value: ratio, unit: '×', target: '≤ 2', ok: ratio <= 2 });
}

async function reportFigures(connection: string[], engine: string, targetSeconds: number): Promise<void> {
  const runs = [];
  for (let run = 0; run < (engine === 'DuckDB' ? RUNS : 3); run++) runs.push(await runProcess('node', [CLI, 'report', '--json', ...connection]));
  const seconds = median(runs.map((run) => run.seconds));
  record({
    name: `${engine}: full barometre report --json (median wall)`,
    value: seconds,
    unit: 's',
    target: `≤ ${targetSeconds}`,
    ok: seconds <= targetSeconds,
  });
  const rss = runs.map((run) => run.peakRssMb).filter((value): value is number => value !== null);
  if (engine === 'DuckDB' && rss.length > 0) {
    const peak = Math.max(...rss);
    record({ name: 'DuckDB: full report peak RSS (max of runs)', value: peak, unit: 'MB', target: '≤ 2048', ok: peak <= 2048 });
  }
}

/** The statistics sources the bench files give no data to, each with why: no ratio can be measured for them. */
const NOT_IN_BENCH_STORE: Readonly<Record<string, string>> = {
  employeeEngagement: 'the bench store has no survey with Likert items (the barometer is measured by its tests on a hand-computed fixture)',
};

/** Each statistics query against its hand-written reference, in-process, median of runs. */
async function indicatorFigures(): Promise<void> {
  const store = await openStore({ db: LARGE_DB });
  try {
    const query = parseReportQuery({});
    const period = boundPeriod(query, await dataExtent(store, 1));
    if (!period) throw new Error('The bench store is empty.');
    const catalog = await loadFieldCatalog(store, 1);
    const churn = await churnDefinition(store, 1, null);
    const report = await timeRuns(RUNS, () => buildReport(store, 1, query));
    record({ name: 'DuckDB: buildReport in-process (no start-up)', value: median(report), unit: 's', target: 'reference', ok: null });
    for (const source of STATISTICS_SOURCES) {
      if (source.onlyFor !== undefined && source.onlyFor !== churn.definition) continue;
      const scope = rowScope(source.kind, query, catalog);
      if (!scope) continue;
      const context = { session: store, workspaceId: 1, period, scope };
      const name = source.indicators.join(', ');
      if (Object.hasOwn(NOT_IN_BENCH_STORE, name)) {
        process.stdout.write(`${name}: not measured, ${NOT_IN_BENCH_STORE[name]}\n`);
        continue;
      }
      const reference = REFERENCE_QUERIES[name];
      if (reference === undefined) throw new Error(`No reference query for ${name}.`);
      const ours = median(await timeRuns(RUNS, () => source.run(context, new Date(), churn)));
      const theirs = median(await timeRuns(RUNS, () => store.query(`reference ${name}`, reference, queryParams(context))));
      record({
        name: `DuckDB: ${name} ÷ reference`,
        detail: `${(ours * 1000).toFixed(0)} ms vs ${(theirs * 1000).toFixed(0)} ms`,
        value: ours / theirs,
        unit: '×',
        target: '≤ 1.5',
        ok: ours / theirs <= 1.5,
      });
    }
    // The web breakdowns (top pages, entry and exit pages, sources…) have no one-table reference: their cost as it is.
    const events = rowScope('events', query, catalog);
    if (events) {
      const web = median(await timeRuns(RUNS, () => webBreakdownCounts({ session: store, workspaceId: 1, period, scope: events })));
      record({ name: 'DuckDB: web breakdowns (one query, in-process)', value: web, unit: 's', target: 'reference', ok: null });
    }
  } finally {
    await store.close();
  }
}

/**
 * Issues 14 and 15's target: the dashboard overview's sparklines, the report by month over the
 * 12 months ending with the bench data (2025-10-01 to 2026-09-30: customers over the year,
 * the rest over its last 90 days), in-process as the API builds it, median of runs, within 1 s.
 * On the store at `BENCH_SCALE` (1 unless given), built once.
 */
async function seriesFigures(): Promise<void> {
  const scale = Number(process.env.BENCH_SCALE ?? '1');
  const store = await openStore({ db: await largeStore(scale) });
  try {
    const query = parseReportQuery({ from: '2025-10-01', to: '2026-09-30', interval: 'month' });
    const seconds = median(await timeRuns(3, () => buildReport(store, 1, query)));
    const name = `reportSeriesMonth: report by month, 12 months (in-process${scale === 1 ? '' : `, scale ${scale}`})`;
    record({ name, value: seconds, unit: 's', target: '≤ 1', ok: seconds <= 1 });
  } finally {
    await store.close();
  }
}

/** Issues 4 and 15's target: RFM summary and patterns, both fits and every customer's values (counted in SQL) on 2.4M customers / 7M orders. */
async function customerValueFigures(): Promise<void> {
  const database = join(BENCH_DATA, 'clv.duckdb');
  if (!existsSync(database)) await runProcess('node', [CLI, 'import', 'orders', await generateClvOrders(), '--db', database, '--json']);
  const runs = [];
  for (let run = 0; run < 3; run++) runs.push(await runProcess('npx', ['tsx', join(import.meta.dirname, 'clvOnce.ts'), database]));
  const results = runs.map((run) => JSON.parse(run.stdout) as { seconds: number; cpuSeconds: number });
  const inProcess = median(results.map((result) => result.seconds));
  record({ name: 'DuckDB: customer values, 2.4M customers (in-process)', value: inProcess, unit: 's', target: '≤ 5', ok: inProcess <= 5 });
  // CPU seconds of the process (every DuckDB thread included): steadier than seconds on a shared machine.
  const cpu = median(results.map((result) => result.cpuSeconds));
  record({ name: 'DuckDB: customer values, 2.4M customers (CPU, in-process)', value: cpu, unit: 's', target: 'reference', ok: null });
  const rss = runs.map((run) => run.peakRssMb).filter((value): value is number => value !== null);
  if (rss.length > 0) record({ name: 'DuckDB: customer values peak RSS', value: Math.max(...rss), unit: 'MB', target: '≤ 1536', ok: Math.max(...rss) <= 1536 });
}

async function postgresFigures(url: string): Promise<void> {
  const connection = ['--database-url', url];
  if (process.env.BENCH_SKIP_IMPORT !== '1') {
    const { seconds } = await buildStore(connection);
    record({ name: 'PostgreSQL: barometre import events', value: seconds, unit: 's', target: 'reference', ok: null });
  }
  await reportFigures(connection, 'PostgreSQL', 20);
}

const only = process.env.BENCH_ONLY;
if (only === undefined || only === 'core') {
  await generateLargeStore();
  if (process.env.BENCH_SKIP_IMPORT !== '1' || !existsSync(LARGE_DB)) await importFigures();
  await reportFigures(['--db', LARGE_DB], 'DuckDB', 2);
  await indicatorFigures();
}
if (only === 'import') await importRatioFigures();
if (only === undefined || only === 'startup') await startupFigures(record);
if (only === undefined || only === 'series') await seriesFigures();
if (only === undefined || only === 'clv') {
  await customerValueFigures();
  await customerListFigures(record);
}
if (only === undefined || only === 'feedback') await feedbackFigures(record);
if (only === undefined || only === 'drill') await drillDownFigures(record);
if (only === undefined || only === 'dashboard') await dashboardFigures(record);
if (only === undefined || only === 'collect') await collectFigures(record, process.env.BENCH_DATABASE_URL);
if (only === undefined || only === 'surveys') await surveyFigures(record, process.env.BENCH_DATABASE_URL);
if (only === undefined || only === 'storage') await storageFigures(record, process.env.BENCH_DATABASE_URL);
if (only === undefined || only === 'rollups') await rollupFigures(record);
if (only === 'growth') await growthFigures(record, process.env.BENCH_DATABASE_URL);
if ((only === undefined || only === 'core') && process.env.BENCH_DATABASE_URL) await postgresFigures(process.env.BENCH_DATABASE_URL);
writeResults();
if (only === 'growth') process.stdout.write(`wrote ${await drawGrowthChart()}\n`);

/**
 * Writes bench/results.json. A partial run (BENCH_ONLY) replaces only the figures it
 * measured and keeps the others, each with the date it was measured.
 */
function writeResults(): void {
  const file = join(import.meta.dirname, 'results.json');
  const measuredAt = new Date().toISOString();
  const previous = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { measuredAt?: string; figures?: (Figure & { measuredAt?: string })[]; [key: string]: unknown })
    : {};
  const names = new Set(figures.map((figure) => figure.name));
  const kept =
    only === undefined
      ? []
      : (previous.figures ?? []).filter((figure) => !names.has(figure.name)).map((figure) => ({ measuredAt: previous.measuredAt, ...figure }));
  const results = {
    ...previous,
    measuredAt,
    machine: '2 cores, shared and noisy: medians',
    figures: [...kept, ...figures.map((figure) => ({ ...figure, measuredAt }))],
  };
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}
