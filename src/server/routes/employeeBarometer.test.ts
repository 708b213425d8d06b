import { expect, it } from 'vitest';
import { startSession } from '../../services/accounts/sessions.js';
import { addUser } from '../../services/accounts/users.js';
import {
  BAROMETER_ANSWERS,
  BAROMETER_EXPECTED,
  BAROMETER_SURVEY,
  EMPLOYEE_FIGURES_ANSWERS,
  EMPLOYEE_FIGURES_SURVEY,
} from '../../test-support/barometerFixture.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { createApp } from '../createApp.js';

process.env.BAROMETRE_ANSWER_RATE = '1000';

describeEachEngine('the employee barometer through the API', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** The app, a signed-in editor's headers, and a survey created from `definition` then answered with `sets`. */
  async function answered(definition: unknown, sets: readonly { answers: Record<string, number>; attributes?: Record<string, string> }[]) {
    const app = createApp(test.store);
    const { user } = await addUser(test.store, { email: 'eve@shop.fr', role: 'editor', workspace: 'shop', password: async () => 'correct horse battery' });
    const { token, csrfToken } = await startSession(test.store, user.id);
    const headers = { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
    const created = await app.request('/api/surveys', { method: 'POST', headers, body: JSON.stringify(definition) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    for (const set of sets) {
      const response = await app.request(`/api/surveys/${id}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...set, channel: 'link', language: 'fr' }),
      });
      expect(response.status).toBe(201);
    }
    return { app, headers, get: async (path: string) => app.request(path, { headers }) };
  }

  it('gives employeeEngagement in GET /api/report with the hand-computed figures', async () => {
    const { get } = await answered(
      BAROMETER_SURVEY,
      BAROMETER_ANSWERS.map((answers) => ({ answers })),
    );
    const body = (await (await get('/api/report')).json()) as { indicators: { employeeEngagement: Record<string, unknown> } };
    const result = body.indicators.employeeEngagement as {
      value: number;
      n: number;
      dimensions: Record<string, { value: number; alpha: number; items: number }>;
    };
    expect(result.n).toBe(6);
    expect(result.value).toBeCloseTo(BAROMETER_EXPECTED.value, 9);
    expect(result.dimensions.recognition!.alpha).toBeCloseTo(BAROMETER_EXPECTED.recognition.alpha, 9);
    expect(result.dimensions.recognition!.items).toBe(3);
  });

  it('hides a team of 4 and the next smallest in the JSON and the CSV, and a --where that leaves out 4', async () => {
    const { get } = await answered(EMPLOYEE_FIGURES_SURVEY, EMPLOYEE_FIGURES_ANSWERS);
    const split = (await (await get('/api/report?by=team')).json()) as { groups: { key: string; indicators: Record<string, unknown> }[] };
    const byTeam = Object.fromEntries(split.groups.map((group) => [group.key, group.indicators]));
    for (const key of ['enps', 'csat', 'ces', 'employeeEngagement']) {
      expect(byTeam.A![key]).toEqual({ suppressed: true });
      expect(byTeam.C![key]).toEqual({ suppressed: true, reason: 'complement' });
    }
    const csv = await (await get('/api/report?by=team&format=csv')).text();
    const header = csv.split('\n')[0]!.split(',');
    const rowsOf = (group: string) => csv.split('\n').filter((line) => line.split(',')[header.indexOf('group')] === group);
    const hidden = [...rowsOf('A'), ...rowsOf('C')].filter((row) => /,(enps|csat|ces|employeeEngagement),/.test(row));
    expect(hidden).toHaveLength(8);
    for (const line of hidden) {
      expect(line.split(',')[header.indexOf('value')]).toBe('');
    }
    const filtered = (await (await get('/api/report?where=site=paris')).json()) as { indicators: Record<string, unknown> };
    expect(filtered.indicators.enps).toEqual({ suppressed: true, reason: 'filter' });
    expect(filtered.indicators.employeeEngagement).toEqual({ suppressed: true, reason: 'filter' });
  });
});
