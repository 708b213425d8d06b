import { expect, it } from 'vitest';
import { TEST_GRID } from '../../test-support/auditGrid.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { signedIn } from '../../test-support/signedIn.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';

describeEachEngine('the audit grids API', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** The app, and the headers of a signed-in editor of shop sending JSON. */
  const editor = () => signedIn(test.store, 'editor', { email: 'ana@shop.fr' });

  it('creates, reads, replaces and archives a grid, and records and re-records a visit', async () => {
    const { app, headers } = await editor();
    const created = await app.request('/api/audit-grids', { method: 'POST', headers, body: JSON.stringify(TEST_GRID) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const grid = (await (await app.request(`/api/audit-grids/${id}`, { headers })).json()) as Record<string, unknown>;
    expect(grid).toMatchObject({ id, name: 'Boutiques 2026', archivedAt: null, definition: { touchpoints: [{ id: 'accueil' }, { id: 'caisse' }] } });
    const replaced = await app.request(`/api/audit-grids/${id}`, { method: 'PUT', headers, body: JSON.stringify({ ...TEST_GRID, name: 'Magasins' }) });
    expect(replaced.status).toBe(204);
    const listed = (await (await app.request('/api/audit-grids', { headers })).json()) as { grids: { name: string }[] };
    expect(listed.grids.map((entry) => entry.name)).toEqual(['Magasins']);
    const visit = { visit_id: 'v1', site: 'Lyon', visited_at: '2026-03-10T09:15:00+01:00', scores: { accueil_sourire: 4 } };
    const first = await app.request(`/api/audit-grids/${id}/visits`, { method: 'POST', headers, body: JSON.stringify(visit) });
    expect([first.status, await first.json()]).toEqual([201, { id: 'v1' }]);
    const again = await app.request(`/api/audit-grids/${id}/visits`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...visit, scores: { accueil_sourire: 5 } }),
    });
    expect([again.status, await again.json()]).toEqual([200, { id: 'v1' }]);
    expect(await test.read('select visit_id, criterion, score from audits')).toEqual([{ visit_id: 'v1', criterion: 'accueil_sourire', score: 5 }]);
    expect((await app.request(`/api/audit-grids/${id}`, { method: 'DELETE', headers })).status).toBe(204);
    const closed = await app.request(`/api/audit-grids/${id}/visits`, { method: 'POST', headers, body: JSON.stringify(visit) });
    expect(closed.status).toBe(400);
  });

  it('answers bad input 400 naming the field and an unknown grid 404, never a 5xx', async () => {
    const { app, headers } = await editor();
    const { id } = (await (await app.request('/api/audit-grids', { method: 'POST', headers, body: JSON.stringify(TEST_GRID) })).json()) as { id: string };
    const cases: [string, string, string, number, string][] = [
      [
        'POST',
        `/api/audit-grids/${id}/visits`,
        '{"site":"Lyon","scores":{"accueil_sourire":7}}',
        400,
        "scores.accueil_sourire 7 is above the criterion's maximum 5.",
      ],
      ['POST', `/api/audit-grids/${id}/visits`, '{"scores":{"accueil_sourire":1}}', 400, 'site is missing.'],
      ['POST', `/api/audit-grids/${id}/visits`, '{"site":', 400, 'The body is not valid JSON.'],
      ['POST', `/api/audit-grids/${id}/visits`, '[1]', 400, 'The body must be a JSON object.'],
      ['POST', '/api/audit-grids/nope/visits', '{"site":"Lyon","scores":{"accueil_sourire":1}}', 404, 'There is no audit grid "nope" in this workspace.'],
      [
        'POST',
        '/api/audit-grids',
        '{"name":"x","touchpoints":[{"id":"a","criteria":[{"id":"c","label":"C","max_score":-2}]}]}',
        400,
        'touchpoints[0].criteria[0].max_score -2 is not a number above 0 and at most 1,000,000.',
      ],
      ['PUT', `/api/audit-grids/${id}`, '{"name":"x"}', 400, 'touchpoints is missing.'],
      ['PUT', '/api/audit-grids/nope', JSON.stringify(TEST_GRID), 404, 'There is no audit grid "nope" in this workspace.'],
      ['GET', '/api/audit-grids/nope', '', 404, 'There is no audit grid "nope" in this workspace.'],
      ['DELETE', '/api/audit-grids/nope', '', 404, 'There is no audit grid "nope" in this workspace.'],
    ];
    for (const [method, path, body, status, error] of cases) {
      const response = await app.request(path, { method, headers, ...(body === '' ? {} : { body }) });
      expect(response.status, `${method} ${path} ${body}`).toBe(status);
      expect(await response.json()).toEqual({ error });
    }
    const wrongType = await app.request(`/api/audit-grids/${id}/visits`, { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: '{}' });
    expect(wrongType.status).toBe(400);
  });
});
