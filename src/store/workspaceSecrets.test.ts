import { expect, it } from 'vitest';
import { describeEachEngine } from '../test-support/engines.js';
import { workspaceStore } from '../test-support/workspaceStore.js';
import { findWorkspace } from './workspaces.js';
import { workspaceSecret } from './workspaceSecrets.js';

describeEachEngine('workspace secrets', (engine) => {
  const test = workspaceStore(engine);

  it('makes 32 random bytes on first use, then gives the same ones, per workspace and purpose', async () => {
    const first = await workspaceSecret(test.store, test.workspaceId, 'invitation-links');
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
    const again = await Promise.all([1, 2, 3].map(() => workspaceSecret(test.store, test.workspaceId, 'invitation-links')));
    expect(again).toEqual([first, first, first]);
    const other = (await findWorkspace(test.store, 'other', { create: true })).id;
    expect(await workspaceSecret(test.store, other, 'invitation-links')).not.toBe(first);
    expect(await workspaceSecret(test.store, test.workspaceId, 'something else')).not.toBe(first);
    expect(await test.read('select count(*) as n from workspace_secrets')).toEqual([{ n: 3 }]);
  });
});
