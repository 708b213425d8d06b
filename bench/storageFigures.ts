/**
 * Issue 15's capacity model needs the bytes an event takes on disk (docs/scaling.md): the
 * bench's events at scale 0.02 (200k events, the same generator as the large store) imported
 * into a fresh DuckDB file and, with BENCH_DATABASE_URL, into a fresh PostgreSQL schema; the
 * space of the events and of what the import maintains from them (sessions, visitor days,
 * attribute names), divided by the events. DuckDB: the file's size once closed (checkpointed);
 * PostgreSQL: pg_total_relation_size (heap, TOAST and indexes) of those tables and of every
 * monthly partition of events.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../src/importing/importFile.js';
import { openStore } from '../src/store/openStore.js';
import { quoteIdentifier } from '../src/store/postgresStore.js';
import type { Store } from '../src/store/Store.js';
import { findWorkspace } from '../src/store/workspaces.js';
import type { Figure } from './figure.js';
import { generateLargeStore, scaledSize, scaleFolder } from './generateLargeStore.js';

const SCALE = 0.02;

/** The tables that grow with the events: the events and what the import maintains from them. */
const EVENT_TABLES = ['events', 'sessions', 'visitor_days', 'attribute_keys'];

/** Imports the bench events into the store's workspace and returns how many there are and the import's seconds. */
async function importEvents(store: Store, file: string): Promise<{ events: number; seconds: number }> {
  const workspaceId = (await findWorkspace(store, 'bench', { create: true })).id;
  const started = performance.now();
  await importFile(store, { kind: 'events', file, workspaceId });
  const seconds = (performance.now() - started) / 1000;
  const [row] = await store.query<{ n: number }>('count events', 'select count(*) as n from events');
  return { events: row?.n ?? 0, seconds };
}

/** Records bytes per event on DuckDB and, given a URL, on PostgreSQL. */
export async function storageFigures(record: (figure: Figure) => void, databaseUrl: string | undefined): Promise<void> {
  const folder = await generateLargeStore(scaledSize(SCALE), scaleFolder(SCALE));
  const file = join(folder, 'events.csv');
  const scratch = mkdtempSync(join(tmpdir(), 'barometre-storage-'));
  try {
    const db = join(scratch, 'events.duckdb');
    const duckdb = await openStore({ db });
    const { events } = await importEvents(duckdb, file);
    await duckdb.close();
    const bytes = statSync(db).size;
    record({
      name: `DuckDB: bytes on disk per event (events, sessions, visitor days; ${events} events)`,
      value: bytes / events,
      unit: 'B',
      target: 'reference',
      ok: null,
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  if (databaseUrl === undefined) return;
  const schema = `bench_storage_${process.pid}`;
  const postgres = await openStore({ databaseUrl, schema });
  try {
    const { events, seconds } = await importEvents(postgres, file);
    await postgres.execute('analyze', 'analyze');
    const [sizes] = await postgres.query<{ events: number; all: number }>(
      'sizes',
      `select sum(pg_total_relation_size(c.oid)) filter (where c.relname = 'events' or c.oid in (select inhrelid from pg_inherits where inhparent = 'events'::regclass)) as events,
  sum(pg_total_relation_size(c.oid)) as all
from pg_class c where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
  and (c.relname = any($tables) or c.oid in (select inhrelid from pg_inherits where inhparent = 'events'::regclass))`,
      { tables: `{${EVENT_TABLES.join(',')}}` },
    );
    record({
      name: `PostgreSQL: bytes on disk per event (events, sessions, visitor days, indexes; ${events} events)`,
      value: (sizes?.all ?? 0) / events,
      unit: 'B',
      target: 'reference',
      ok: null,
    });
    record({
      name: 'PostgreSQL: bytes on disk per event, events table alone (with its indexes)',
      value: (sizes?.events ?? 0) / events,
      unit: 'B',
      target: 'reference',
      ok: null,
    });
    record({ name: `PostgreSQL: import events (${events} events, one process)`, value: events / seconds, unit: '/s', target: 'reference', ok: null });
  } finally {
    await postgres.execute('drop bench schema', `drop schema ${quoteIdentifier(schema)} cascade`);
    await postgres.close();
  }
}
