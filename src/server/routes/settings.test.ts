import { expect, it } from 'vitest';
import { startSession } from '../../services/accounts/sessions.js';
import { addUser } from '../../services/accounts/users.js';
import { createApiKey } from '../../store/apiKeys.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { createApp } from '../createApp.js';

describeEachEngine('the settings API', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** The headers of a signed-in admin of shop, with the JSON content type. */
  async function admin() {
    const { user } = await addUser(test.store, { email: 'ana@shop.fr', role: 'admin', workspace: 'shop', password: async () => 'correct horse battery' });
    const { token, csrfToken } = await startSession(test.store, user.id);
    return { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  }

  it('sets a setting for admins, lists the settings to a read key, and removes one', async () => {
    const app = createApp(test.store);
    const headers = await admin();
    const set = await app.request('/api/settings/sector', { method: 'PUT', headers, body: '{"value":"grocery"}' });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ key: 'sector', value: 'Grocery' });
    const reader = { authorization: `Bearer ${(await createApiKey(test.store, test.workspaceId, 'read')).key}` };
    expect(await (await app.request('/api/settings', { headers: reader })).json()).toEqual({ settings: { sector: 'Grocery' } });
    expect(
      (await app.request('/api/settings/sector', { method: 'PUT', headers: { ...reader, 'content-type': 'application/json' }, body: '{"value":"Retail"}' }))
        .status,
    ).toBe(403);
    const removed = await app.request('/api/settings/sector', { method: 'DELETE', headers });
    expect(await removed.json()).toEqual({ key: 'sector', removed: true });
    expect(await (await app.request('/api/settings', { headers: reader })).json()).toEqual({ settings: {} });
  });

  it('refuses an unknown key, a bad value or a bad body with 400 and one sentence naming the field', async () => {
    const app = createApp(test.store);
    const headers = await admin();
    for (const [path, body, error] of [
      ['/api/settings/colour', '{"value":"blue"}', /^"colour" is not a setting: the settings are sector, country, npsSurvey, retentionMonths\.$/],
      ['/api/settings/country', '{"value":"France"}', /^country "France" must be an ISO 3166 alpha-2 code/],
      ['/api/settings/sector', '{"value":"bakeries"}', /^sector "bakeries" is not a sector of the figures: choose one of /],
      ['/api/settings/sector', '{"value":3}', /^value must be a text/],
      ['/api/settings/sector', '{"value":"Retail","by":"me"}', /^The field "by" is unknown/],
      ['/api/settings/sector', '[]', /^The body must be a JSON object\.$/],
    ] as const) {
      const response = await app.request(path, { method: 'PUT', headers, body });
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(error);
    }
    expect((await app.request('/api/settings/colour', { method: 'DELETE', headers })).status).toBe(400);
  });
});
