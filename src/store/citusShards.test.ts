import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../services/report/buildReport.js';
import { parseReportQuery, type ReportQueryInput } from '../services/report/reportQuery.js';
import { fillWorkspace } from '../test-support/citus/fillWorkspace.js';
import { openTestStore, TEST_DATABASE_URL, type TestStore } from '../test-support/engines.js';
import { firstDifference } from '../test-support/firstDifference.js';
import { importCsvText } from '../test-support/importCsvText.js';
import type { Store } from './Store.js';
import { quoteIdentifier } from './postgresStore.js';
import { REFERENCE_TABLES } from './referenceTables.js';
import { findWorkspace } from './workspaces.js';

/** How many shards the simulation spreads the workspaces over, and the workspaces. */
const SHARDS = 3;
const WORKSPACES = ['alpha', 'bravo', 'charlie', 'delta'];

/**
 * The shard a workspace id falls in, as Citus places a row of a table distributed by hash
 * with `shard_count` shards: the int4 hash of the value (PostgreSQL's `hashint4`, Citus's
 * hash function for an integer column) in one of `shards` equal ranges of the 32-bit hash
 * space (Citus documentation, "Distributed Data": hash-distributed tables).
 */
async function shardOf(store: Store, workspaceId: number, shards: number): Promise<number> {
  const [row] = await store.query<{ hash: number }>('hash of workspace', 'select hashint4(cast($id as integer)) as hash', { id: workspaceId });
  return Math.floor(((Number(row?.hash) + 2 ** 31) * shards) / 2 ** 32);
}

/** Data that differs from workspace to workspace: `index` more responses, each with its own score. */
async function fillDifferently(store: Store, workspaceId: number, index: number): Promise<void> {
  await fillWorkspace(store, workspaceId);
  const rows = Array.from({ length: index + 1 }, (_, n) => `x${n},relation,2025-03-${String(10 + n).padStart(2, '0')},c1,customer,${(index + n) % 11}`);
  await importCsvText(store, workspaceId, 'responses', ['response_id,survey_id,submitted_at,customer_id,population,nps', ...rows].join('\n'));
}

/** The schema a test store works in. */
async function schemaOf(store: Store): Promise<string> {
  const [row] = await store.query<{ schema: string }>('current schema', 'select current_schema() as schema');
  return quoteIdentifier(row?.schema as string);
}

/**
 * Copies a workspace's rows of every distributed table from one store to another in the same
 * database, as Citus moves each row to the shard its workspace id hashes to (after making the
 * months of events the rows need, from the source's partitions).
 */
async function copyWorkspace(from: Store, to: Store, workspaceId: number): Promise<void> {
  const [source, target] = [await schemaOf(from), await schemaOf(to)];
  const partitions = await from.query<{ name: string; bound: string }>(
    'event partitions',
    `select c.relname as name, pg_get_expr(c.relpartbound, c.oid) as bound from pg_inherits i join pg_class c on c.oid = i.inhrelid
where i.inhparent = cast($events as regclass)`,
    { events: `${source}.events` },
  );
  for (const { name, bound } of partitions)
    await to.execute('event partition', `create table if not exists ${target}.${name} partition of ${target}.events ${bound}`);
  const tables = await from.query<{ name: string }>(
    'tables',
    `select relname as name from pg_class where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p') and not relispartition`,
  );
  for (const { name } of tables.filter((table) => !Object.hasOwn(REFERENCE_TABLES, table.name))) {
    await to.query(`copy ${name}`, `insert into ${target}.${name} select * from ${source}.${name} where workspace_id = $workspace`, { workspace: workspaceId });
  }
}

/**
 * A Citus cluster simulated on plain PostgreSQL: one schema per shard group, each a complete
 * store opened by the app's own code. The reference table `workspaces` is copied to every
 * shard (as Citus copies reference tables to every node); each workspace's rows, imported
 * into the single database, are copied to the one shard its id hashes to. Each workspace's report from its shard equals its report from one
 * database holding every workspace: no query reads another workspace's rows, and none needs
 * a row of another shard.
 */
describe.skipIf(!TEST_DATABASE_URL)('the report of every workspace is the same from its shard as from one database (PostgreSQL)', () => {
  let single: TestStore;
  const shards: TestStore[] = [];
  const placement = new Map<string, { id: number; shard: number }>();

  beforeAll(async () => {
    single = await openTestStore('postgres');
    for (let index = 0; index < SHARDS; index++) shards.push(await openTestStore('postgres'));
    for (const [index, name] of WORKSPACES.entries()) {
      const { id } = await findWorkspace(single.store, name, { create: true });
      for (const shard of shards) expect((await findWorkspace(shard.store, name, { create: true })).id).toBe(id);
      placement.set(name, { id, shard: await shardOf(single.store, id, SHARDS) });
      await fillDifferently(single.store, id, index);
    }
    for (const name of WORKSPACES) {
      const { id, shard } = placement.get(name)!;
      await copyWorkspace(single.store, (shards[shard] as TestStore).store, id);
    }
  }, 120_000);
  afterAll(async () => {
    for (const test of [single, ...shards]) await test?.dispose();
  });

  it('places the workspaces on more than one shard, each shard holding its workspaces’ rows only', async () => {
    expect(new Set([...placement.values()].map((place) => place.shard)).size).toBeGreaterThan(1);
    for (const [index, shard] of shards.entries()) {
      const held = await shard.store.query<{ workspace_id: number }>('workspaces held', 'select distinct workspace_id from responses order by workspace_id');
      const placed = [...placement.values()].filter((place) => place.shard === index).map((place) => place.id);
      expect(held.map((row) => row.workspace_id)).toEqual(placed.sort((a, b) => a - b));
    }
  });

  it.each([
    ['all the data', {}],
    [
      'a month split by a customer attribute, by week, compared with the month before',
      { from: '2025-03-01', to: '2025-03-31', by: 'loyalty_tier', interval: 'week', compare: 'previous' },
    ],
    ['filtered by a row column', { where: ['population=customer'], cohorts: 'month' }],
  ] as [string, ReportQueryInput][])('for %s', async (_title, input) => {
    const query = parseReportQuery(input);
    for (const name of WORKSPACES) {
      const { id, shard } = placement.get(name)!;
      const fromSingle = await buildReport(single.store, id, query);
      const fromShard = await buildReport((shards[shard] as TestStore).store, id, query);
      expect(firstDifference(fromSingle, fromShard), name).toBeNull();
      expect(fromSingle.indicators.nps?.n, name).toBeGreaterThan(0);
    }
  });
});
