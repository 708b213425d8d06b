import { afterEach, beforeEach, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { describeEachEngine, openTestStore, type TestStore } from '../test-support/engines.js';
import { createApiKey, findApiKey, listApiKeys, revokeApiKey } from './apiKeys.js';
import { findWorkspace } from './workspaces.js';

describeEachEngine('API keys', (engine) => {
  let test: TestStore;
  let shop: number;
  let other: number;
  beforeEach(async () => {
    test = await openTestStore(engine);
    shop = (await findWorkspace(test.store, 'shop', { create: true })).id;
    other = (await findWorkspace(test.store, 'other', { create: true })).id;
  });
  afterEach(async () => {
    await test.dispose();
  });

  it('makes keys of each kind that open their own workspace only, and keeps no key text', async () => {
    const read = await createApiKey(test.store, shop, 'read');
    const site = await createApiKey(test.store, other, 'site');
    expect(read.key).toMatch(new RegExp(`^brm_read_${read.id}_[A-Za-z0-9_-]{32}$`));
    expect(site.key).toMatch(new RegExp(`^brm_site_${site.id}_[A-Za-z0-9_-]{32}$`));
    expect(await findApiKey(test.store, read.key)).toEqual({ id: read.id, kind: 'read', workspaceId: shop });
    expect(await findApiKey(test.store, site.key)).toEqual({ id: site.id, kind: 'site', workspaceId: other });
    const stored = await test.store.query<{ key_hash: string }>('all key hashes', 'select key_hash from api_keys');
    for (const { key_hash } of stored) expect([read.key, site.key].some((key) => key_hash.includes(key.slice(-32)))).toBe(false);
  });

  it('finds nothing for a malformed key, a right id with a wrong secret, or a key whose kind was altered', async () => {
    const read = await createApiKey(test.store, shop, 'read');
    const wrongSecret = `${read.key.slice(0, -1)}${read.key.endsWith('A') ? 'B' : 'A'}`;
    const otherKind = read.key.replace('brm_read_', 'brm_site_');
    for (const presented of ['', 'brm_read_', 'Bearer x', wrongSecret, otherKind, `${read.key}x`, read.key.toUpperCase()]) {
      expect(await findApiKey(test.store, presented), presented).toBeNull();
    }
  });

  it('revokes a key of its own workspace only, and a revoked key opens nothing', async () => {
    const read = await createApiKey(test.store, shop, 'read');
    expect(await revokeApiKey(test.store, other, read.id)).toBe(false);
    expect(await findApiKey(test.store, read.key)).not.toBeNull();
    expect(await revokeApiKey(test.store, shop, read.id)).toBe(true);
    expect(await revokeApiKey(test.store, shop, read.id)).toBe(false);
    expect(await findApiKey(test.store, read.key)).toBeNull();
    const [listed] = await listApiKeys(test.store, shop);
    expect(listed).toMatchObject({ id: read.id, kind: 'read', workspaceId: shop });
    expect(listed?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(listed?.revokedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(await listApiKeys(test.store, other)).toEqual([]);
  });

  it('still opens with a read key made before keys had ids (found by its hash)', async () => {
    const legacy = `brm_read_${'a'.repeat(32)}`;
    const hash = createHash('sha256').update(legacy).digest('hex');
    await test.store.query(
      'insert legacy key',
      "insert into api_keys (key_hash, key_id, workspace_id, scope, created_at) values ($hash, substr($hash, 1, 12), $workspace, 'read', current_timestamp::timestamp)",
      { hash, workspace: shop },
    );
    expect(await findApiKey(test.store, legacy)).toEqual({ id: hash.slice(0, 12), kind: 'read', workspaceId: shop });
  });
});
