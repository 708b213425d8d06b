import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { IMPORT_KINDS } from '../../store/schema/kinds.js';
import { findWorkspace } from '../../store/workspaces.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { unmatchedFilters } from './unmatchedFilters.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describeEachEngine('unmatchedFilters on the report fixtures', (engine) => {
  let test: TestStore;
  let workspaceId: number;

  beforeAll(async () => {
    test = await openTestStore(engine);
    workspaceId = (await findWorkspace(test.store, 'default', { create: true })).id;
    for (const kind of IMPORT_KINDS) await importFile(test.store, { kind, file: join(FIXTURES, `${kind}.csv`), workspaceId });
  });
  afterAll(async () => {
    await test.dispose();
  });

  it('finds nothing to say without filters, or when every value occurs', async () => {
    expect(await unmatchedFilters(test.store, workspaceId, [])).toEqual([]);
    expect(
      await unmatchedFilters(test.store, workspaceId, [
        { field: 'channel', value: 'web' },
        { field: 'platform', value: 'instagram' },
      ]),
    ).toEqual([]);
  });

  it("counts a value of the row's customer as a match (loyalty_tier on orders and responses)", async () => {
    expect(await unmatchedFilters(test.store, workspaceId, [{ field: 'loyalty_tier', value: 'member' }])).toEqual([]);
  });

  it('returns each filter whose value no row has, in the order given, case included', async () => {
    const where = [
      { field: 'channel', value: 'wbe' },
      { field: 'channel', value: 'web' },
      { field: 'loyalty_tier', value: 'Member' },
    ];
    expect(await unmatchedFilters(test.store, workspaceId, where)).toEqual([where[0], where[2]]);
  });
});
