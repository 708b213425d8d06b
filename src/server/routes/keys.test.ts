import { expect, it } from 'vitest';
import { startSession } from '../../services/accounts/sessions.js';
import { addUser } from '../../services/accounts/users.js';
import { createApiKey } from '../../store/apiKeys.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { findWorkspace } from '../../store/workspaces.js';
import { createApp } from '../createApp.js';

describeEachEngine('the keys API for admins', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  it('creates a key shown once, lists keys without secrets, and revokes one so that it opens nothing', async () => {
    const app = createApp(test.store);
    const { user } = await addUser(test.store, { email: 'ana@shop.fr', role: 'admin', workspace: 'shop', password: async () => 'correct horse battery' });
    const { token, csrfToken } = await startSession(test.store, user.id);
    const headers = { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const created = await app.request('/api/keys', { method: 'POST', headers, body: '{"kind":"read"}' });
    expect(created.status).toBe(201);
    const key = (await created.json()) as { id: string; kind: string; key: string };
    expect(key).toMatchObject({ kind: 'read', key: expect.stringMatching(/^brm_read_/) });
    const listed = (await (await app.request('/api/keys', { headers })).json()) as { keys: Record<string, unknown>[] };
    expect(listed.keys).toEqual([{ id: key.id, kind: 'read', createdAt: expect.any(String), revokedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(key.key.slice(-32));
    expect((await app.request('/api/report', { headers: { authorization: `Bearer ${key.key}` } })).status).toBe(200);
    expect((await app.request(`/api/keys/${key.id}`, { method: 'DELETE', headers })).status).toBe(204);
    expect((await app.request('/api/report', { headers: { authorization: `Bearer ${key.key}` } })).status).toBe(401);
    expect((await app.request(`/api/keys/${key.id}`, { method: 'DELETE', headers })).status).toBe(404);
    const elsewhere = await createApiKey(test.store, (await findWorkspace(test.store, 'other', { create: true })).id, 'read');
    const foreign = await app.request(`/api/keys/${elsewhere.id}`, { method: 'DELETE', headers });
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: `The workspace has no valid key "${elsewhere.id}".` });
  });

  it('refuses a body that is not {"kind": "site" | "read"} with 400 naming the field', async () => {
    const app = createApp(test.store);
    const { user } = await addUser(test.store, { email: 'ana@shop.fr', role: 'admin', workspace: 'shop', password: async () => 'correct horse battery' });
    const { token, csrfToken } = await startSession(test.store, user.id);
    const headers = { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    for (const [body, error] of [
      ['{"kind":"write"}', 'kind must be read or site.'],
      ['{}', 'kind must be read or site.'],
      ['{"kind":"read","workspace":"x"}', 'The field "workspace" is unknown: a key takes only kind.'],
      ['[1]', 'The body must be a JSON object.'],
      ['{"kind":', 'The body is not valid JSON.'],
    ]) {
      const response = await app.request('/api/keys', { method: 'POST', headers, body });
      expect(response.status, body).toBe(400);
      expect(await response.json()).toEqual({ error });
    }
    const huge = await app.request('/api/keys', { method: 'POST', headers, body: `{"kind":"read","x":"${'x'.repeat(70_000)}"}` });
    expect(huge.status).toBe(413);
  });
});
