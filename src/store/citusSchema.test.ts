import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, TEST_DATABASE_URL, type TestStore } from '../test-support/engines.js';
import { DISTRIBUTION_COLUMN, REFERENCE_TABLES } from './referenceTables.js';

const SCALING_DOC = join(import.meta.dirname, '..', '..', 'docs', 'scaling.md');

/** The tables of the test schema (partitions left out: they follow their parent). */
const TABLES_SQL = `select c.relname as name, c.relkind = 'p' as partitioned from pg_class c
where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition order by c.relname`;

describe('the reference tables of docs/scaling.md', () => {
  it('are exactly those of src/store/referenceTables.ts', () => {
    const doc = readFileSync(SCALING_DOC, 'utf8');
    const section = doc.slice(doc.indexOf('### Reference tables'), doc.indexOf('### Distributed tables'));
    const listed = [...section.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(Object.keys(REFERENCE_TABLES).sort());
  });
});

/**
 * The migrated schema, read from PostgreSQL's catalog, against Citus's rules for a schema
 * distributed by workspace (Citus documentation, "Choosing the distribution column" and
 * "Table management"): every table but the reference ones carries a not-null workspace_id
 * that starts each of its primary and unique keys, and no table has a trigger.
 */
describe.skipIf(!TEST_DATABASE_URL)('the PostgreSQL schema is ready to distribute by workspace_id (catalog)', () => {
  let test: TestStore;
  let tables: { name: string; partitioned: boolean }[];
  let distributed: string[];

  beforeAll(async () => {
    test = await openTestStore('postgres');
    tables = await test.store.query(`tables`, TABLES_SQL);
    distributed = tables.map((table) => table.name).filter((name) => !Object.hasOwn(REFERENCE_TABLES, name));
  });
  afterAll(async () => test?.dispose());

  it('has every reference table the list names, and distributes the others', () => {
    const names = tables.map((table) => table.name);
    expect(Object.keys(REFERENCE_TABLES).filter((name) => !names.includes(name))).toEqual([]);
    expect(distributed.length).toBeGreaterThan(20);
    // Events are partitioned by month: Citus distributes the parent, and its partitions with it.
    expect(tables.filter((table) => table.partitioned).map((table) => table.name)).toEqual(['events']);
  });

  it('gives every distributed table a not-null workspace_id', async () => {
    const columns = await test.store.query<{ name: string; not_null: boolean }>(
      'workspace columns',
      `select c.relname as name, a.attnotnull as not_null from pg_class c join pg_attribute a on a.attrelid = c.oid
where c.relnamespace = current_schema()::regnamespace and a.attname = $column and not a.attisdropped`,
      { column: DISTRIBUTION_COLUMN },
    );
    const notNull = new Set(columns.filter((column) => column.not_null).map((column) => column.name));
    expect(distributed.filter((name) => !notNull.has(name))).toEqual([]);
  });

  it('starts every primary and unique key of a distributed table with workspace_id', async () => {
    const keys = await test.store.query<{ name: string; index: string; first_column: string }>(
      'unique keys',
      `select t.relname as name, i.relname as index, a.attname as first_column
from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
where x.indisunique and t.relnamespace = current_schema()::regnamespace and not t.relispartition`,
    );
    const offending = keys.filter((key) => distributed.includes(key.name) && key.first_column !== DISTRIBUTION_COLUMN);
    expect(offending.map((key) => `${key.name}.${key.index} starts with ${key.first_column}`)).toEqual([]);
    // The check reads real keys: most distributed tables have one.
    expect(new Set(keys.filter((key) => distributed.includes(key.name)).map((key) => key.name)).size).toBeGreaterThan(20);
  });

  it('has no trigger, and no foreign key from a reference table to a distributed one or between distributed tables without workspace_id', async () => {
    const triggers = await test.store.query<{ name: string }>(
      'triggers',
      `select t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
where c.relnamespace = current_schema()::regnamespace and not t.tgisinternal`,
    );
    expect(triggers).toEqual([]);
    const foreignKeys = await test.store.query<{ source: string; target: string; columns: string }>(
      'foreign keys',
      `select s.relname as source, t.relname as target, array_to_string(array(select attname from pg_attribute where attrelid = s.oid and attnum = any(k.conkey)), ',') as columns
from pg_constraint k join pg_class s on s.oid = k.conrelid join pg_class t on t.oid = k.confrelid
where k.contype = 'f' and s.relnamespace = current_schema()::regnamespace`,
    );
    const offending = foreignKeys.filter(
      (key) =>
        (!distributed.includes(key.source) && distributed.includes(key.target)) ||
        (distributed.includes(key.source) && distributed.includes(key.target) && !key.columns.split(',').includes(DISTRIBUTION_COLUMN)),
    );
    expect(offending).toEqual([]);
  });
});
