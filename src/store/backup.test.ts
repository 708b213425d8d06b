import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../errors/errors.js';
import { describeEachEngine, onOwnConnection, openTestStore, TEST_DATABASE_URL, type TestStore } from '../test-support/engines.js';
import { importCsvText } from '../test-support/importCsvText.js';
import { createApiKey } from './apiKeys.js';
import { backupStore, restoreStore } from './backup.js';
import { openStore } from './openStore.js';
import type { Store } from './Store.js';
import { findWorkspace } from './workspaces.js';

/** Every row of every table of the store's schema, each table sorted, as one comparable object. */
async function everyRow(store: Store): Promise<Record<string, unknown[]>> {
  const tables = await store.query<{ table_name: string }>(
    'tables',
    `select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
and table_name not like 'events_%' order by table_name`,
  );
  const rows: Record<string, unknown[]> = {};
  for (const { table_name } of tables) {
    const all = await store.query(`all ${table_name}`, `select * from ${table_name}`);
    rows[table_name] = all
      .map((row) => JSON.stringify(row, (_, value) => (typeof value === 'string' && value.startsWith('{') ? JSON.parse(value) : value)))
      .sort();
  }
  return rows;
}

describeEachEngine('backup and restore', (engine) => {
  let test: TestStore;
  let folder: string;
  beforeAll(async () => {
    test = await openTestStore(engine);
    folder = mkdtempSync(join(tmpdir(), 'barometre-backup-test-'));
    const shop = (await findWorkspace(test.store, 'shop', { create: true })).id;
    await importCsvText(test.store, shop, 'customers', 'customer_id,created_at,email,tier\nc1,2024-01-01,a@example.com,gold\nc2,2024-01-02,,\n');
    await importCsvText(
      test.store,
      shop,
      'responses',
      'response_id,survey_id,submitted_at,customer_id,nps,comment\nr1,s,2024-02-02T10:00:00+02:00,c1,3,Trop cher\n',
    );
    await importCsvText(
      test.store,
      shop,
      'events',
      'event_id,visitor_id,occurred_at,type\ne1,v1,2024-02-01T10:00:00Z,pageview\ne2,v1,2024-02-01T10:01:00Z,cart\n',
    );
    await createApiKey(test.store, shop, 'site');
  });
  afterAll(async () => {
    await test.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores every row of every table into a new store, from an owner-only folder', async () => {
    const backup = join(folder, 'backup');
    const manifest = await backupStore(test.store, backup, TEST_DATABASE_URL);
    expect(manifest).toMatchObject({ format: 'barometre-backup', engine, workspaces: ['shop'] });
    expect(statSync(backup).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(backup)) expect(statSync(join(backup, file)).mode & 0o777, file).toBe(0o600);

    const restoreDb = `barometre_restore_${process.pid}_${Date.now()}`;
    const target = engine === 'duckdb' ? { db: join(folder, 'restored.duckdb') } : { databaseUrl: TEST_DATABASE_URL?.replace(/\/[^/]*$/, `/${restoreDb}`) };
    if (engine === 'postgres') await onOwnConnection(`create database ${restoreDb}`);
    try {
      await restoreStore(backup, target);
      const restored = await openStore({ ...target, ...(manifest.schema ? { schema: manifest.schema } : {}) });
      try {
        const original = await everyRow(test.store);
        expect(original.customers).toHaveLength(2);
        expect(original.sessions).toHaveLength(1);
        expect(await everyRow(restored)).toEqual(original);
      } finally {
        await restored.close();
      }
      await expect(restoreStore(backup, target)).rejects.toThrow(
        engine === 'duckdb' ? /already exists: restore into a new database file/ : /already holds a Baromètre store/,
      );
    } finally {
      if (engine === 'postgres') await onOwnConnection(`drop database ${restoreDb} with (force)`);
    }
  });

  it('refuses a folder that is not empty, one that is not a backup, and a backup of the other engine', async () => {
    const used = join(folder, 'used');
    await backupStore(test.store, used, TEST_DATABASE_URL);
    await expect(backupStore(test.store, used, TEST_DATABASE_URL)).rejects.toThrow(/is not an empty folder/);
    await expect(restoreStore(folder, { db: join(folder, 'x.duckdb') })).rejects.toBeInstanceOf(UsageError);
    const other = engine === 'duckdb' ? { databaseUrl: 'postgres://nobody@127.0.0.1:1/none' } : { db: join(folder, 'y.duckdb') };
    await expect(restoreStore(used, other)).rejects.toThrow(/is a backup of a .* store: restore it with/);
    writeFileSync(join(folder, 'barometre-backup.json'), '{"format": "something else"}');
    await expect(restoreStore(folder, { db: join(folder, 'z.duckdb') })).rejects.toThrow(/is not a Baromètre backup/);
  });
});

describe.skipIf(!TEST_DATABASE_URL)('backup and restore of a store in the public schema (PostgreSQL)', () => {
  it('restores into a new database, whose public schema exists already', async () => {
    const stamp = `${process.pid}_${Date.now()}`;
    const [source, target] = [`barometre_public_src_${stamp}`, `barometre_public_dst_${stamp}`];
    const urlOf = (database: string) => TEST_DATABASE_URL?.replace(/\/[^/]*$/, `/${database}`) as string;
    const folder = mkdtempSync(join(tmpdir(), 'barometre-backup-public-'));
    await onOwnConnection(`create database ${source}`);
    await onOwnConnection(`create database ${target}`);
    try {
      const store = await openStore({ databaseUrl: urlOf(source) });
      let original: Record<string, unknown[]>;
      try {
        const shop = (await findWorkspace(store, 'shop', { create: true })).id;
        await importCsvText(store, shop, 'customers', 'customer_id,created_at\nc1,2024-01-01\n');
        original = await everyRow(store);
        expect((await backupStore(store, join(folder, 'backup'), urlOf(source))).schema).toBe('public');
      } finally {
        await store.close();
      }
      await restoreStore(join(folder, 'backup'), { databaseUrl: urlOf(target) });
      const restored = await openStore({ databaseUrl: urlOf(target) });
      try {
        expect(await everyRow(restored)).toEqual(original);
      } finally {
        await restored.close();
      }
    } finally {
      await onOwnConnection(`drop database ${source} with (force)`);
      await onOwnConnection(`drop database ${target} with (force)`);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
