/**
 * Issue 15's "how cost grows": the same bench store at growing sizes (BENCH_GROWTH_SCALES,
 * default 0.1,1,5: 1M, 10M and 50M events over 90 days), each built fresh through the CLI on
 * DuckDB and, with BENCH_DATABASE_URL, on PostgreSQL (each scale in a schema of its own,
 * dropped after; scales above BENCH_GROWTH_PG_MAX_SCALE, default 1, are skipped there). For
 * each store: the events import (wall seconds, and CPU seconds on DuckDB), the full `barometre report --json`
 * and a one-year report (medians of 3 processes), the store's size on disk and its bytes per
 * event. Then, per series, the log–log slope between successive sizes (cost ∝ size^slope).
 * Each size figure carries `growth` (engine, measure, events), which bench/growthChart.ts draws.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../src/store/openStore.js';
import { quoteIdentifier } from '../src/store/postgresStore.js';
import { buildStore, CLI } from './buildStore.js';
import { generateLargeStore, scaledSize, scaleFolder } from './generateLargeStore.js';
import { logLogSlopes } from './logLogSlopes.js';
import { median, runProcess } from './measure.js';
import type { Figure } from './figure.js';

export type GrowthEngine = 'DuckDB' | 'PostgreSQL';

/** What a growth figure measures, and how its name and the chart say it. */
export const GROWTH_MEASURES = {
  importWall: { label: 'import events (wall)', unit: 's' },
  importCpu: { label: 'import events (CPU)', unit: 's' },
  reimportWall: { label: 're-import events, every id replaced (wall)', unit: 's' },
  report: { label: 'report --json', unit: 's' },
  yearReport: { label: 'one-year report --json', unit: 's' },
  storeBytes: { label: 'store size on disk', unit: 'MB' },
  bytesPerEvent: { label: 'bytes on disk per event', unit: 'B' },
} as const;

export type GrowthMeasure = keyof typeof GROWTH_MEASURES;

/** Where a growth figure sits on the chart: its engine, what it measures, and the events in the store. */
export interface GrowthPoint {
  engine: GrowthEngine;
  measure: GrowthMeasure;
  events: number;
}

/** The series whose growth is stated as slopes (bytes per event is store size ÷ events: its slope is that of the size less 1). */
const SLOPED: readonly GrowthMeasure[] = ['importWall', 'importCpu', 'reimportWall', 'report', 'yearReport', 'storeBytes'];

/**
 * Issue 15's targets, which its table sets for the 10M-event store (scale 1): each figure of
 * that size is printed beside its target; the other sizes are "reference".
 */
const TARGETS_AT_10M: Partial<Record<GrowthEngine, Partial<Record<GrowthMeasure, number>>>> = {
  DuckDB: { report: 2 },
  PostgreSQL: { importWall: 60, reimportWall: 120, report: 5 },
};
const TARGET_EVENTS = 10_000_000;
const REPORT_RUNS = 3;
/** The year the one-year report covers: the bench store's 90 days end on 2026-09-30. */
const YEAR = ['--from', '2025-10-01', '--to', '2026-09-30'];

/**
 * An event count as the figures' names write it, to three significant digits.
 *
 * @example eventCount(999_873) // '1M'
 * @example eventCount(99_991) // '100k'
 */
export function eventCount(events: number): string {
  const rounded = Number(events.toPrecision(3));
  return rounded >= 1e6 ? `${rounded / 1e6}M` : `${rounded / 1e3}k`;
}

/** The median wall seconds of REPORT_RUNS `barometre report --json` processes on the store, with `flags` added. */
async function reportSeconds(connection: readonly string[], flags: readonly string[]): Promise<number> {
  const seconds: number[] = [];
  for (let run = 0; run < REPORT_RUNS; run++) seconds.push((await runProcess('node', [CLI, 'report', '--json', ...connection, ...flags])).seconds);
  return median(seconds);
}

/**
 * Builds the store of `folder` fresh through `connection`, then measures it; `storeBytes`
 * gives its size on disk once built. Returns every figure of that engine and size.
 */
async function measureStore(engine: GrowthEngine, connection: readonly string[], folder: string, storeBytes: () => Promise<number>): Promise<Figure[]> {
  const imported = await buildStore(connection, folder);
  const events = (JSON.parse(imported.stdout) as { inserted: number }).inserted;
  const bytes = await storeBytes();
  const values: Partial<Record<GrowthMeasure, number>> = {
    importWall: imported.seconds,
    // The CLI's own CPU is the whole import on DuckDB only: on PostgreSQL the server's processes do most of it.
    ...(engine === 'DuckDB' && imported.cpuSeconds !== null ? { importCpu: imported.cpuSeconds } : {}),
    storeBytes: bytes / 1e6,
    bytesPerEvent: bytes / events,
    report: await reportSeconds(connection, []),
    yearReport: await reportSeconds(connection, YEAR),
  };
  // PostgreSQL: the same events file again, every id replaced — the merge path, not a first load.
  if (engine === 'PostgreSQL')
    values.reimportWall = (await runProcess('node', [CLI, 'import', 'events', join(folder, 'events.csv'), ...connection, '--json'])).seconds;
  return Object.entries(values).map(([measure, value]) => {
    const { label, unit } = GROWTH_MEASURES[measure as GrowthMeasure];
    const growth = { engine, measure: measure as GrowthMeasure, events };
    const target = Math.abs(events - TARGET_EVENTS) < TARGET_EVENTS / 100 ? TARGETS_AT_10M[engine]?.[measure as GrowthMeasure] : undefined;
    const judged = target === undefined ? { target: 'reference', ok: null } : { target: `≤ ${target}`, ok: value <= target };
    return { name: `${engine}: growth, ${label}, ${eventCount(events)} events`, value, unit, ...judged, growth };
  });
}

/** The figures of a fresh DuckDB file in the scale's folder (removed after): its size is the file's once the CLI has closed it. */
async function duckdbFigures(folder: string): Promise<Figure[]> {
  const db = join(folder, 'growth.duckdb');
  const files = [db, `${db}.wal`];
  for (const file of files) rmSync(file, { force: true });
  try {
    return await measureStore('DuckDB', ['--db', db], folder, async () => files.reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0));
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
}

/**
 * The figures of a fresh PostgreSQL schema (created and migrated here, dropped after; the CLI
 * reaches it through the URL's search_path): its size is pg_total_relation_size (rows, TOAST
 * and indexes) summed over the schema's tables, every monthly partition of events included.
 */
async function postgresFigures(databaseUrl: string, folder: string, schema: string): Promise<Figure[]> {
  const store = await openStore({ databaseUrl, schema });
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  try {
    return await measureStore('PostgreSQL', ['--database-url', url.toString()], folder, async () => {
      const [row] = await store.query<{ bytes: number | string | null }>(
        'growth store size',
        `select sum(pg_total_relation_size(c.oid)) as bytes from pg_class c
where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'm')`,
      );
      return Number(row?.bytes ?? 0);
    });
  } finally {
    await store.execute('drop growth schema', `drop schema ${quoteIdentifier(schema)} cascade`);
    await store.close();
  }
}

/** Records, for each series with two sizes or more, the log–log slope between successive sizes. */
function slopeFigures(measured: readonly Figure[], record: (figure: Figure) => void): void {
  for (const engine of ['DuckDB', 'PostgreSQL'] as const) {
    for (const measure of SLOPED) {
      const points = measured.flatMap(({ growth, value }) =>
        growth?.engine === engine && growth.measure === measure ? [{ size: growth.events, cost: value }] : [],
      );
      for (const { fromSize, toSize, slope } of logLogSlopes(points)) {
        const name = `${engine}: slope of ${GROWTH_MEASURES[measure].label}, ${eventCount(fromSize)}→${eventCount(toSize)}`;
        record({ name, value: slope, unit: '', target: 'reference', ok: null });
      }
    }
  }
}

/** Measures every scale of BENCH_GROWTH_SCALES on DuckDB and, given a URL, on PostgreSQL; `record` prints and keeps each figure. */
export async function growthFigures(record: (figure: Figure) => void, databaseUrl: string | undefined): Promise<void> {
  const scales = (process.env.BENCH_GROWTH_SCALES ?? '0.1,1,5').split(',').map(Number);
  const postgresMaxScale = Number(process.env.BENCH_GROWTH_PG_MAX_SCALE ?? '1');
  const measured: Figure[] = [];
  const keep = (figures: Figure[]) => {
    measured.push(...figures);
    for (const figure of figures) record(figure);
  };
  for (const scale of scales) {
    const folder = await generateLargeStore(scaledSize(scale), scaleFolder(scale));
    keep(await duckdbFigures(folder));
    if (databaseUrl === undefined) continue;
    if (scale > postgresMaxScale) {
      process.stdout.write(
        `PostgreSQL: growth at scale ${scale} (${eventCount(scaledSize(scale).events)} events) skipped: above BENCH_GROWTH_PG_MAX_SCALE=${postgresMaxScale}\n`,
      );
      continue;
    }
    keep(await postgresFigures(databaseUrl, folder, `bench_growth_${process.pid}_${String(scale).replace('.', '_')}`));
  }
  slopeFigures(measured, record);
}
