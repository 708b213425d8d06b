import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, requireBuild, runBarometre } from '../test-support/barometreProcess.js';
import { TEST_DATABASE_URL } from '../test-support/engines.js';
import { quoteIdentifier } from './postgresStore.js';

const ORDERS = fileURLToPath(new URL('../importing/fixtures/orders.csv', import.meta.url));
const PROCESSES = 4;

/**
 * Several `barometre` processes on one fresh PostgreSQL schema at once: each must migrate,
 * create its workspace and import without failing on the others' work (they take turns
 * through advisory locks: src/store/lockUntilCommit.ts).
 */
describe.skipIf(!TEST_DATABASE_URL)('barometre processes sharing a PostgreSQL database', () => {
  const schema = `test_processes_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  const url = () => {
    const withSchema = new URL(TEST_DATABASE_URL ?? '');
    withSchema.searchParams.set('options', `-c search_path=${schema}`);
    return withSchema.toString();
  };
  const freshSchema = async () => {
    await admin.query(`drop schema if exists ${quoteIdentifier(schema)} cascade`);
    await admin.query(`create schema ${quoteIdentifier(schema)}`);
  };
  const all = (argsOf: (index: number) => string[]) =>
    Promise.all(Array.from({ length: PROCESSES }, (_, index) => runBarometre([...argsOf(index), '--database-url', url(), '--json'], process.cwd())));

  beforeAll(async () => {
    requireBuild();
    await admin.connect();
  });
  afterAll(async () => {
    killChildren();
    await admin.query(`drop schema if exists ${quoteIdentifier(schema)} cascade`);
    await admin.end();
  });

  it('migrate a fresh database and create their own workspaces at once, each with its own id', async () => {
    await freshSchema();
    const outcomes = await all((index) => ['import', 'orders', ORDERS, '--workspace', `shop-${index}`]);
    expect(outcomes.map((outcome) => [outcome.status, outcome.stderr])).toEqual(Array.from({ length: PROCESSES }, () => [0, '']));
    const { rows } = await admin.query(`select name, workspace_id from ${quoteIdentifier(schema)}.workspaces order by name`);
    expect(rows.map((row) => row.name)).toEqual(Array.from({ length: PROCESSES }, (_, index) => `shop-${index}`));
    expect(new Set(rows.map((row) => row.workspace_id)).size).toBe(PROCESSES);
  });

  it('import the same file into the same new workspace at once: one inserts, the others update', async () => {
    await freshSchema();
    const outcomes = await all(() => ['import', 'orders', ORDERS, '--workspace', 'shared']);
    expect(outcomes.map((outcome) => [outcome.status, outcome.stderr])).toEqual(Array.from({ length: PROCESSES }, () => [0, '']));
    const results = outcomes.map((outcome) => JSON.parse(outcome.stdout) as { inserted: number; updated: number });
    expect(results.filter((result) => result.inserted === 3 && result.updated === 0)).toHaveLength(1);
    expect(results.filter((result) => result.inserted === 0 && result.updated === 3)).toHaveLength(PROCESSES - 1);
    const { rows } = await admin.query(`select count(*)::int as n from ${quoteIdentifier(schema)}.orders`);
    expect(rows[0].n).toBe(3);
  });
});
