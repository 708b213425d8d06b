import { afterEach, beforeEach, expect, it } from 'vitest';
import { NotFoundError } from '../errors/errors.js';
import { describeEachEngine, openTestStore, type TestStore } from '../test-support/engines.js';
import { findWorkspace, inWorkspaceForWriting } from './workspaces.js';

describeEachEngine('findWorkspace', (engine) => {
  let test: TestStore;
  beforeEach(async () => {
    test = await openTestStore(engine);
  });
  afterEach(async () => {
    await test.dispose();
  });

  it('creates a missing workspace on request and finds it again by name', async () => {
    const created = await findWorkspace(test.store, 'boutique', { create: true });
    expect(await findWorkspace(test.store, 'boutique')).toEqual(created);
    expect(created).toMatchObject({ name: 'boutique', isDemo: false });
  });

  it('says a store without workspaces has none yet, and how to make one', async () => {
    const error = await findWorkspace(test.store, 'default').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toMatch(
      /^There is no workspace named "default" in .+; it has none yet: import a file, run barometre demo, or create one with barometre workspaces create NAME\.$/,
    );
  });

  it('lists the existing workspaces, in name order, when the one asked for is missing', async () => {
    await findWorkspace(test.store, 'zoo', { create: true });
    await findWorkspace(test.store, 'atelier', { create: true });
    await expect(findWorkspace(test.store, 'default')).rejects.toThrow(/; its workspaces are "atelier", "zoo"\.$/);
  });

  it('gives one id to a workspace created by several callers at once, and distinct ids to distinct names', async () => {
    const same = await Promise.all(Array.from({ length: 4 }, () => findWorkspace(test.store, 'boutique', { create: true })));
    expect(new Set(same.map((workspace) => workspace.id)).size).toBe(1);
    const distinct = await Promise.all(['a', 'b', 'c'].map((name) => findWorkspace(test.store, name, { create: true })));
    expect(new Set(distinct.map((workspace) => workspace.id)).size).toBe(3);
  });

  const names = async () => (await test.store.query<{ name: string }>('names', 'select name from workspaces order by name')).map((row) => row.name);
  const addCustomer = (workspaceId: number) =>
    test.store.query('add customer', "insert into customers (workspace_id, customer_id, created_at) values ($id, 'c1', timestamp '2024-03-05')", {
      id: workspaceId,
    });

  it('removes a workspace it created for a write that wrote nothing or failed, and keeps one that existed or was written', async () => {
    await findWorkspace(test.store, 'existing', { create: true });
    expect(
      await inWorkspaceForWriting(
        test.store,
        'refused',
        async () => ({ written: false }),
        (result) => !result.written,
      ),
    ).toEqual({ written: false });
    await expect(
      inWorkspaceForWriting(
        test.store,
        'failed',
        async () => Promise.reject(new Error('bad file')),
        () => true,
      ),
    ).rejects.toThrow('bad file');
    await inWorkspaceForWriting(
      test.store,
      'existing',
      async () => ({ written: false }),
      (result) => !result.written,
    );
    await inWorkspaceForWriting(
      test.store,
      'written',
      async (workspace) => {
        await addCustomer(workspace.id);
        return { written: true };
      },
      (result) => !result.written,
    );
    expect(await names()).toEqual(['existing', 'written']);
  });

  it('keeps a workspace created for a refused write when another writer put rows in it meanwhile', async () => {
    await inWorkspaceForWriting(
      test.store,
      'shared',
      async (workspace) => {
        await addCustomer(workspace.id);
        return { written: false };
      },
      (result) => !result.written,
    );
    expect(await names()).toEqual(['shared']);
  });
});
