import { expect, it } from 'vitest';
import { startSession } from '../../services/accounts/sessions.js';
import { addUser } from '../../services/accounts/users.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { createApp } from '../createApp.js';

describeEachEngine('the feeds API', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** The headers of a signed-in editor of shop, with the JSON content type. */
  async function editor() {
    const { user } = await addUser(test.store, { email: 'eve@shop.fr', role: 'editor', workspace: 'shop', password: async () => 'correct horse battery' });
    const { token, csrfToken } = await startSession(test.store, user.id);
    return { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  }

  it('adds a feed for an editor (201), lists it with its last fetch, and removes it (204)', async () => {
    const app = createApp(test.store);
    const headers = await editor();
    const body = JSON.stringify({ url: 'https://news.example.com/feed.xml', brand: 'Maison Lumière', keywords: ['Colissimo'], own: true });
    const added = await app.request('/api/feeds', { method: 'POST', headers, body });
    expect(added.status).toBe(201);
    const feed = (await added.json()) as { id: string };
    expect(feed).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}$/),
      url: 'https://news.example.com/feed.xml',
      brand: 'Maison Lumière',
      keywords: ['Colissimo'],
      own: true,
      addedAt: expect.stringMatching(/Z$/),
      lastFetchedAt: null,
      lastStatus: null,
      lastError: null,
      lastAdded: null,
    });
    expect(await (await app.request('/api/feeds', { headers })).json()).toEqual({ feeds: [feed] });
    expect((await app.request(`/api/feeds/${feed.id}`, { method: 'DELETE', headers })).status).toBe(204);
    expect(await (await app.request('/api/feeds', { headers })).json()).toEqual({ feeds: [] });
  });

  it('refuses a bad body with 400, a repeated feed with 409 and an unknown id with 404, each with one sentence', async () => {
    const app = createApp(test.store);
    const headers = await editor();
    for (const [body, error] of [
      [{ url: 'ftp://news.example.com/feed.xml', brand: 'x' }, /^The feed's URL must use http or https, not ftp\.$/],
      [{ url: 'http://169.254.169.254/latest', brand: 'x' }, /points to 169\.254\.169\.254.*BAROMETRE_FEED_ALLOW_PRIVATE=1/],
      [{ url: 'https://news.example.com/feed.xml' }, /^The brand must be a text of 1 to 200 characters\.$/],
      [{ url: 'https://news.example.com/feed.xml', brand: 'x', keywords: 'shop' }, /^keywords must be a list of at most 50 words or phrases\.$/],
      [{ url: 'https://news.example.com/feed.xml', brand: 'x', own: 'yes' }, /^own must be true or false\.$/],
      [{ url: 'https://news.example.com/feed.xml', brand: 'x', every: 5 }, /^The field "every" is unknown: a feed takes only url, brand, keywords, own\.$/],
    ] as const) {
      const response = await app.request('/api/feeds', { method: 'POST', headers, body: JSON.stringify(body) });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(error);
    }
    const body = JSON.stringify({ url: 'https://news.example.com/feed.xml', brand: 'x' });
    expect((await app.request('/api/feeds', { method: 'POST', headers, body })).status).toBe(201);
    const again = await app.request('/api/feeds', { method: 'POST', headers, body });
    expect(again.status).toBe(409);
    expect(await again.json()).toEqual({ error: 'The workspace listens to https://news.example.com/feed.xml for x already.' });
    const unknown = await app.request('/api/feeds/nope', { method: 'DELETE', headers });
    expect(unknown.status).toBe(404);
  });
});
