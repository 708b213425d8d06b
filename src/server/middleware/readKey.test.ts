import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, revokeApiKey } from '../../store/apiKeys.js';
import { findWorkspace } from '../../store/workspaces.js';
import { openTestStore, type TestStore } from '../../test-support/engines.js';
import type { AppEnv } from '../route.js';
import { readKey } from './readKey.js';

describe('the read-key middleware', () => {
  let test: TestStore;
  let key: string;
  let siteKey: string;
  let revokedKey: string;
  let workspaceId: number;
  let app: Hono<AppEnv>;

  beforeAll(async () => {
    test = await openTestStore('duckdb');
    workspaceId = (await findWorkspace(test.store, 'shop', { create: true })).id;
    key = (await createApiKey(test.store, workspaceId, 'read')).key;
    siteKey = (await createApiKey(test.store, workspaceId, 'site')).key;
    const revoked = await createApiKey(test.store, workspaceId, 'read');
    await revokeApiKey(test.store, workspaceId, revoked.id);
    revokedKey = revoked.key;
    app = new Hono<AppEnv>();
    app.use(async (c, next) => {
      c.set('store', test.store);
      await next();
    });
    app.use(readKey);
    app.get('/who', (c) => c.json({ workspaceId: c.get('workspaceId') }));
  });
  afterAll(async () => test?.dispose());

  it('lets a valid key through and tells the route its workspace', async () => {
    for (const header of [`Bearer ${key}`, `bearer ${key}`]) {
      const response = await app.request('/who', { headers: { authorization: header } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ workspaceId });
    }
  });

  it('refuses a missing, malformed, unknown, revoked or site key with 401, WWW-Authenticate: Bearer and a JSON error', async () => {
    const refused: Record<string, string>[] = [
      {},
      { authorization: key },
      { authorization: 'Basic dXNlcjpwYXNz' },
      { authorization: 'Bearer brm_read_nope' },
      { authorization: 'Bearer ' },
      { authorization: `Bearer ${siteKey}` },
      { authorization: `Bearer ${revokedKey}` },
    ];
    for (const headers of refused) {
      const response = await app.request('/who', { headers });
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(Object.keys((await response.json()) as object)).toEqual(['error']);
    }
  });
});
