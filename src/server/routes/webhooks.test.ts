import { afterEach, expect, it, vi } from 'vitest';
import { enqueueDelivery } from '../../services/webhooks/enqueueDelivery.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { signedIn } from '../../test-support/signedIn.js';
import { insertSurveyRow } from '../../test-support/surveyRow.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';

describeEachEngine('the survey webhook API for admins', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });
  afterEach(() => vi.unstubAllEnvs());

  /** The app, a survey "s1", and an admin's headers. */
  async function adminWithSurvey() {
    await insertSurveyRow(test.store, test.workspaceId, 's1');
    const { app, headers } = await signedIn(test.store, 'admin', { email: 'ana@shop.fr' });
    return { app, headers };
  }

  it('sets a webhook up with its secret shown once, shows it without, lists its deliveries, and removes it', async () => {
    const { app, headers } = await adminWithSurvey();
    const put = await app.request('/api/surveys/s1/webhook', { method: 'PUT', headers, body: '{"url":"https://93.184.215.14/hook","on":"detractors"}' });
    expect(put.status).toBe(200);
    const created = (await put.json()) as Record<string, string>;
    expect(created).toEqual({
      surveyId: 's1',
      url: 'https://93.184.215.14/hook',
      on: 'detractors',
      secret: expect.stringMatching(/^whsec_/),
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const shown = await (await app.request('/api/surveys/s1/webhook', { headers })).text();
    expect(JSON.parse(shown)).toEqual({
      surveyId: 's1',
      url: 'https://93.184.215.14/hook',
      on: 'detractors',
      createdAt: created.createdAt,
      updatedAt: created.updatedAt,
    });
    expect(shown).not.toContain(created.secret!.slice(6));

    const id = await test.store.transaction((session) => enqueueDelivery(session, test.workspaceId, { surveyId: 's1', detractor: true, data: { nps: 2 } }));
    const listed = async (query: string) =>
      (await (await app.request(`/api/surveys/s1/webhook/deliveries${query}`, { headers })).json()) as { deliveries: unknown[] };
    const all = await listed('');
    expect(all.deliveries).toEqual([
      {
        id,
        surveyId: 's1',
        event: 'detractor.created',
        url: 'https://93.184.215.14/hook',
        status: 'pending',
        attempts: 0,
        lastStatus: null,
        lastError: null,
        createdAt: expect.any(String),
        nextAttemptAt: expect.any(String),
        deliveredAt: null,
      },
    ]);
    expect(JSON.stringify(all)).not.toContain(created.secret!.slice(6));
    expect((await listed('?status=pending&limit=1')).deliveries).toHaveLength(1);
    expect((await listed('?status=delivered')).deliveries).toEqual([]);

    expect((await app.request('/api/surveys/s1/webhook', { method: 'DELETE', headers })).status).toBe(204);
    expect((await listed('?status=failed')).deliveries).toEqual([expect.objectContaining({ id, lastError: 'The webhook was removed.' })]);
    const again = await app.request('/api/surveys/s1/webhook', { method: 'DELETE', headers });
    expect([again.status, await again.json()]).toEqual([404, { error: 'The survey "s1" has no webhook.' }]);
    expect((await app.request('/api/surveys/s1/webhook', { headers })).status).toBe(404);
  });

  it('refuses a bad body or parameter with 400 naming the field, and a survey the workspace does not have with 404', async () => {
    const { app, headers } = await adminWithSurvey();
    for (const [body, error] of [
      ['{"on":"answers"}', 'url must be a text: the http or https address to send answers to.'],
      ['{"url":"https://93.184.215.14/","on":"everything"}', 'on must be answers or detractors.'],
      ['{"url":"https://93.184.215.14/","on":"answers","secret":"mine"}', 'The field "secret" is unknown: a webhook takes only url and on.'],
      ['{"url":"file:///etc/passwd","on":"answers"}', 'url must use http or https, not file.'],
      [
        '{"url":"https://a:b@93.184.215.14/","on":"answers"}',
        'url must not hold a user name or password: the receiver checks the X-Barometre-Signature header instead.',
      ],
      [
        '{"url":"http://169.254.169.254/latest","on":"answers"}',
        'url points to 169.254.169.254, an address of this machine or a private network; set BAROMETRE_WEBHOOK_ALLOW_PRIVATE=1 to allow such targets.',
      ],
      ['[]', 'The body must be a JSON object.'],
    ]) {
      const response = await app.request('/api/surveys/s1/webhook', { method: 'PUT', headers, body });
      expect([response.status, await response.json()], body).toEqual([400, { error }]);
    }
    const missing = await app.request('/api/surveys/nope/webhook', { method: 'PUT', headers, body: '{"url":"https://93.184.215.14/","on":"answers"}' });
    expect([missing.status, await missing.json()]).toEqual([404, { error: 'The workspace has no survey "nope".' }]);
    const noList = await app.request('/api/surveys/nope/webhook/deliveries', { headers });
    expect(noList.status).toBe(404);
    for (const [query, error] of [
      ['?status=sent', 'status "sent" is not one of pending, delivered, failed.'],
      ['?limit=0', 'limit "0" must be a whole number from 1 to 1000.'],
      ['?limit=1e3', 'limit "1e3" must be a whole number from 1 to 1000.'],
      ['?since=2026-01-01', expect.stringContaining('since')],
    ]) {
      const response = await app.request(`/api/surveys/s1/webhook/deliveries${query}`, { headers });
      expect([response.status, await response.json()], query).toEqual([400, { error }]);
    }
  });

  it('takes a receiver on this machine when BAROMETRE_WEBHOOK_ALLOW_PRIVATE=1', async () => {
    const { app, headers } = await adminWithSurvey();
    const body = '{"url":"http://127.0.0.1:9999/hook","on":"answers"}';
    expect((await app.request('/api/surveys/s1/webhook', { method: 'PUT', headers, body })).status).toBe(400);
    vi.stubEnv('BAROMETRE_WEBHOOK_ALLOW_PRIVATE', '1');
    expect((await app.request('/api/surveys/s1/webhook', { method: 'PUT', headers, body })).status).toBe(200);
  });
});
