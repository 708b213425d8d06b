import { expect, it } from 'vitest';
import { startSession } from '../../services/accounts/sessions.js';
import { addUser } from '../../services/accounts/users.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { CUSTOMER_SURVEY, surveyFixture } from '../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { createApp } from '../createApp.js';
import { surveyAnswerRoutes } from './surveyAnswers.js';

// Every request of these tests comes from one address (none, in process): the per-address limit is tested on its own below.
process.env.BAROMETRE_ANSWER_RATE = '1000';

describeEachEngine('the survey routes', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** The app and the headers of a signed-in editor of shop. */
  async function editor() {
    const app = createApp(test.store);
    const { user } = await addUser(test.store, { email: 'eve@shop.fr', role: 'editor', workspace: 'shop', password: async () => 'correct horse battery' });
    const { token, csrfToken } = await startSession(test.store, user.id);
    return { app, headers: { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' } };
  }

  async function created(app: ReturnType<typeof createApp>, headers: Record<string, string>, survey: unknown = { ...CUSTOMER_SURVEY, closesAt: undefined }) {
    const response = await app.request('/api/surveys', { method: 'POST', headers, body: JSON.stringify(survey) });
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; url: string };
  }

  const answer = (app: ReturnType<typeof createApp>, id: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(`/api/surveys/${id}/responses`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('creates a survey, takes answers from anyone (201), and shows them counted with the margins of error', async () => {
    const { app, headers } = await editor();
    const { id, url } = await created(app, headers);
    expect(url).toBe(`/s/${id}`);
    for (const q1 of [10, 3]) {
      const response = await answer(app, id, {
        answers: { q1, q4: 'Livraison' },
        customer_id: 'c1',
        channel: 'phone',
        language: 'en',
        attributes: { store: 'Lyon' },
      });
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ id: expect.stringMatching(/^r_/) });
    }
    const details = (await (await app.request(`/api/surveys/${id}`, { headers })).json()) as Record<string, unknown>;
    expect(details).toMatchObject({ id, answers: 2, finished: 2, state: 'open', targetSample: 400, plannedMargins: { nps: 9.8, csat: 4.9 } });
    const report = (await (await app.request(`/api/report?where=survey_id=${id}&by=channel`, { headers })).json()) as {
      indicators: { nps: { value: number; n: number } };
      groups: { key: string }[];
    };
    expect(report.indicators.nps).toMatchObject({ value: 0, n: 2 });
    expect(report.groups.map((group) => group.key)).toEqual(['phone']);
  });

  it('answers bad answer sets with a 4xx naming the field, never a 5xx, and stores none of them', async () => {
    const { app, headers } = await editor();
    const { id } = await created(app, headers);
    const cases: [unknown, number, string | RegExp][] = [
      [{ answers: { q1: 11 } }, 400, 'answers.q1 11 is not a whole number from 0 to 10.'],
      [{ answers: { q7: 1, q1: 9 } }, 400, /^answers\.q7 is not a question of this survey/],
      [{ answers: { q1: 9, q4: 'x'.repeat(5001) } }, 400, 'answers.q4 is 5,001 characters long: at most 5,000 are taken.'],
      [{ answers: { q1: 9 }, channel: 'fax' }, 400, /^channel "fax" is not link, email/],
      [{ answers: { q1: 9 }, colour: 'red' }, 400, 'colour is not a field an answer set takes (answers, customer_id, channel, language, attributes, token).'],
      [{ answers: { q1: 9 }, attributes: { nps: 3 } }, 400, /^attributes\.nps "nps" is a name the server keeps for itself/],
      [{ answers: 'all good' }, 400, 'answers "all good" is not an object of answers by question id.'],
      [[1, 2], 400, 'The body must be a JSON object.'],
    ];
    for (const [body, status, error] of cases) {
      const response = await answer(app, id, body);
      const text = await response.text();
      expect(response.status, text).toBe(status);
      expect((JSON.parse(text) as { error: string }).error).toMatch(
        error instanceof RegExp ? error : new RegExp(`^${error.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
      );
    }
    expect(
      (await app.request('/api/surveys/s000000000000/responses', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"answers":{}}' }))
        .status,
    ).toBe(404);
    expect((await app.request(`/api/surveys/${id}/responses`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' })).status).toBe(400);
    expect(await test.read('select count(*) as n from survey_responses')).toEqual([{ n: 0 }]);
    // A closed survey says so with 409.
    expect((await app.request(`/api/surveys/${id}/close`, { method: 'POST', headers })).status).toBe(200);
    const closed = await answer(app, id, { answers: { q1: 9 } });
    expect(closed.status).toBe(409);
    expect(await closed.json()).toEqual({ error: expect.stringMatching(/^The survey closed on \d{4}-\d{2}-\d{2}: it takes no more answers\.$/) });
  });

  it('refuses a survey file with 400 naming the field, and a change that breaks comparability becomes a new version', async () => {
    const { app, headers } = await editor();
    const bad = await app.request('/api/surveys', { method: 'POST', headers, body: JSON.stringify({ ...CUSTOMER_SURVEY, audience: 'clients' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'audience "clients" is not customers or employees.' });
    const { id } = await created(app, headers);
    expect((await answer(app, id, { answers: { q1: 9, q2: 4 } })).status).toBe(201);
    const rescaled = { ...CUSTOMER_SURVEY, closesAt: undefined, questions: [CUSTOMER_SURVEY.questions[0], { id: 'q2', type: 'ces', label: 'Effort' }] };
    const edit = await app.request(`/api/surveys/${id}`, { method: 'PUT', headers, body: JSON.stringify(rescaled) });
    expect(await edit.json()).toEqual({ id, version: 2, newVersion: 'question q2: its type changed from csat to ces' });
    expect((await app.request('/api/surveys/nope/duplicate', { method: 'POST', headers })).status).toBe(404);
  });

  it('limits answers per client address, with 429 and Retry-After', async () => {
    const id = await surveyFixture(test.store, test.workspaceId);
    const app = createApp(test.store, surveyAnswerRoutes({ rate: 0.5, burst: 2 }));
    expect((await answer(app, id, { answers: { q1: 9 } })).status).toBe(201);
    expect((await answer(app, id, { answers: { q1: 9 } })).status).toBe(201);
    const refused = await answer(app, id, { answers: { q1: 9 } });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await test.read('select count(*) as n from survey_responses')).toEqual([{ n: 2 }]);
  });
});
