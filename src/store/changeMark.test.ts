import { expect, it } from 'vitest';
import { describeEachEngine } from '../test-support/engines.js';
import { workspaceStore } from '../test-support/workspaceStore.js';

describeEachEngine('Store.changeMark', (engine) => {
  const test = workspaceStore(engine);

  it('moves on a write to one of the tables (statement or transaction), not on a read or a write elsewhere; PostgreSQL has none', async () => {
    const mark = () => test.store.changeMark(['responses']);
    if (engine === 'postgres') {
      expect(mark()).toBeNull();
      return;
    }
    const before = mark();
    await test.store.query('read', 'select count(*) from responses');
    await test.store.query('write elsewhere', 'update workspaces set name = name where workspace_id = 0');
    expect(mark()).toBe(before);
    await test.store.query('write', 'delete from responses where false');
    const afterStatement = mark();
    expect(afterStatement).not.toBe(before);
    let during: number | null = null;
    await test.store.transaction(async (session) => {
      await session.query('write', 'delete from responses where false');
      during = mark();
    });
    expect(during).not.toBe(afterStatement);
    expect(mark()).not.toBe(during); // the commit moves it again: a mark taken mid-transaction is outdated
    const beforeSchemaChange = mark();
    await test.store.execute('schema change', 'create temp table scratch (x integer); drop table scratch');
    expect(mark()).not.toBe(beforeSchemaChange);
  });
});
