import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { signedIn } from '../../test-support/signedIn.js';
import { parseCsv } from '../../test-support/parseCsv.js';
import { plainTextOf, type ReceivedMail, startSmtpServer, type TestSmtpServer } from '../../test-support/smtpServer.js';
import { CUSTOMER_SURVEY } from '../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import type { createApp } from '../createApp.js';

// Every request of these tests comes from one address (none, in process).
process.env.BAROMETRE_ANSWER_RATE = '1000';

type App = ReturnType<typeof createApp>;

describeEachEngine('the invitation routes', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });
  let smtp: TestSmtpServer;

  beforeEach(async () => {
    smtp = await startSmtpServer({
      onRcptTo(address, _session, callback) {
        if (!address.address.startsWith('nobody@')) return callback();
        const refusal = new Error('5.1.1 No such user here') as Error & { responseCode: number };
        refusal.responseCode = 550;
        return callback(refusal);
      },
    });
    process.env.BAROMETRE_SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
    process.env.BAROMETRE_MAIL_FROM = 'Baromètre <surveys@shop.example>';
  });
  afterEach(async () => {
    delete process.env.BAROMETRE_SMTP_URL;
    delete process.env.BAROMETRE_MAIL_FROM;
    await smtp.close();
  });

  /** The app, the headers of a signed-in editor of shop, and a new open survey of theirs. */
  async function editorWithSurvey() {
    const { app, headers } = await signedIn(test.store, 'editor', { email: 'eve@shop.fr' });
    const survey = async () => {
      const response = await app.request('/api/surveys', { method: 'POST', headers, body: JSON.stringify({ ...CUSTOMER_SURVEY, closesAt: undefined }) });
      return ((await response.json()) as { id: string }).id;
    };
    return { app, headers, id: await survey(), survey };
  }

  const post = (app: App, path: string, headers: Record<string, string>, body?: unknown) =>
    app.request(`http://localhost${path}`, {
      method: 'POST',
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  const invite = async (app: App, id: string, headers: Record<string, string>, recipients: unknown[]) => {
    const response = await post(app, `/api/surveys/${id}/invitations`, headers, { recipients });
    expect(response.status, await response.clone().text()).toBe(201);
    return response.json();
  };

  const exported = async (app: App, id: string, headers: Record<string, string>) => {
    const response = await app.request(`http://localhost/api/surveys/${id}/invitations.csv`, { headers });
    expect(response.status).toBe(200);
    return { response, rows: parseCsv(await response.text()) };
  };

  /** The token of the personal link in a message. */
  const tokenIn = (mail: ReceivedMail) => {
    const link = /http:\/\/localhost\/s\/\S+/.exec(plainTextOf(mail.raw))?.[0];
    expect(link).toBeDefined();
    return new URL(link!).searchParams.get('t')!;
  };

  const answer = (app: App, id: string, body: unknown) =>
    app.request(`/api/surveys/${id}/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('adds recipients from JSON or CSV, refuses bad ones naming the field, and exports each personal link as CSV', async () => {
    const { app, headers, id } = await editorWithSurvey();
    expect(
      await invite(app, id, headers, [{ email: 'ada@client.example', customer_id: 'c1', language: 'fr', attributes: { name: '=HYPERLINK("x")' } }]),
    ).toEqual({
      created: 1,
      alreadyInvited: 0,
    });
    const csv = await post(
      app,
      `/api/surveys/${id}/invitations`,
      { ...headers, 'content-type': 'text/csv' },
      'email,customer_id,language,name\nbob@client.example,,en,Bob\n',
    );
    expect([csv.status, await csv.json()]).toEqual([201, { created: 1, alreadyInvited: 0 }]);
    const bad = await post(app, `/api/surveys/${id}/invitations`, headers, {
      recipients: [{ email: 'a@b.example' }, { email: 'c@b.example' }, { email: 'd@b.example' }, { email: 'nope' }],
    });
    expect([bad.status, await bad.json()]).toEqual([400, { error: 'recipients[3].email "nope" is not an e-mail address.' }]);
    const plain = await post(app, `/api/surveys/${id}/invitations`, { ...headers, 'content-type': 'text/plain' }, 'x');
    expect(plain.status).toBe(400);
    expect((await post(app, '/api/surveys/s000000000000/invitations', headers, { recipients: [{ email: 'a@b.example' }] })).status).toBe(404);

    const { response, rows } = await exported(app, id, headers);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="invitations-${id}.csv"`);
    expect(rows.map((row) => [row.email, row.customer_id, row.language, row.name, row.answered])).toEqual([
      ['ada@client.example', 'c1', 'fr', `'=HYPERLINK("x")`, 'false'],
      ['bob@client.example', '', 'en', 'Bob', 'false'],
    ]);
    // The exported link answers the survey as its recipient.
    const link = new URL(rows[0]!.link!);
    expect(`${link.origin}${link.pathname}`).toBe(`http://localhost/s/${id}`);
    expect((await answer(app, id, { answers: { q1: 9 }, token: link.searchParams.get('t') })).status).toBe(201);
    expect(await test.read('select customer_id from responses')).toEqual([{ customer_id: 'c1' }]);
    expect((await exported(app, id, headers)).rows[0]?.answered).toBe('true');
  });

  it('sends each invitation once, in its language, with a link that answers the survey once per recipient', async () => {
    const { app, headers, id, survey } = await editorWithSurvey();
    await invite(app, id, headers, [
      { email: 'ada@client.example', customer_id: 'c1', language: 'fr' },
      { email: 'bob@client.example', language: 'en', attributes: { store: 'Lyon' } },
      { customer_id: 'c3' },
    ]);
    const sent = await post(app, `/api/surveys/${id}/invitations/send`, headers);
    expect([sent.status, await sent.json()]).toEqual([200, { sent: 2, failed: 0, skipped: 1 }]);
    expect(smtp.received.map((mail) => mail.to)).toEqual(expect.arrayContaining([['ada@client.example'], ['bob@client.example']]));
    const mailTo = (address: string) => smtp.received.find((mail) => mail.to[0] === address)!;
    const french = mailTo('ada@client.example');
    expect(french.from).toBe('surveys@shop.example');
    expect(french.raw).toMatch(/^Subject: Votre avis : Votre avis$/m);
    expect(plainTextOf(french.raw)).toMatch(
      /^Votre avis\n\nNous aimerions connaître votre avis\. .*\n\nhttp:\/\/localhost\/s\/\S+\?t=\S+\n\nCe lien vous est personnel/,
    );
    expect(french.raw).toMatch(/text\/html/);
    const english = mailTo('bob@client.example');
    expect(english.raw).toMatch(/^Subject: Your opinion: Your opinion$/m);
    expect(plainTextOf(english.raw)).toContain('We would like to hear your opinion.');
    // Sent again: nothing more goes out.
    expect(await (await post(app, `/api/surveys/${id}/invitations/send`, headers)).json()).toEqual({ sent: 0, failed: 0, skipped: 3 });
    expect(smtp.received).toHaveLength(2);

    // The link from the mail answers; a second answer replaces the first.
    const token = tokenIn(english);
    const first = await answer(app, id, { answers: { q1: 4 }, token });
    expect([first.status, await first.json()]).toEqual([201, { id: expect.stringMatching(/^i_/) }]);
    const second = await answer(app, id, { answers: { q1: 10 }, token, attributes: { store: 'Paris', device: 'phone' } });
    expect(second.status).toBe(200);
    expect(await test.read('select nps, language from responses')).toEqual([{ nps: 10, language: 'en' }]);
    const report = (await (await app.request(`/api/report?where=survey_id=${id}&by=store`, { headers })).json()) as {
      indicators: { nps: { n: number } };
      groups: { key: string }[];
    };
    expect(report.indicators.nps.n).toBe(1);
    expect(report.groups.map((group) => group.key)).toEqual(['Lyon']);
    expect(((await (await app.request(`/api/surveys/${id}`, { headers })).json()) as { responseRate: number }).responseRate).toBe(33.3);

    // Forged, foreign, or with a customer id of its own: 400 naming the field.
    const other = await survey();
    for (const [survey, body, error] of [
      [
        id,
        { answers: { q1: 9 }, token: `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}` },
        /^token is not a personal link of this survey/,
      ],
      [other, { answers: { q1: 9 }, token }, /^token is not a personal link of this survey/],
      [id, { answers: { q1: 9 }, token, customer_id: 'c9' }, /^customer_id is not taken with a token/],
      [id, { answers: { q1: 9 }, token: 42 }, /^token 42 is not the token of a personal link\.$/],
    ] as const) {
      const refused = await answer(app, survey, body);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: string }).error).toMatch(error);
    }
    expect(await test.read('select count(*) as n from survey_responses')).toEqual([{ n: 1 }]);
  });

  it('records a refused recipient’s failure and still sends the others; a later send tries it again', async () => {
    const { app, headers, id } = await editorWithSurvey();
    await invite(app, id, headers, [{ email: 'ada@client.example' }, { email: 'nobody@client.example' }, { email: 'bob@client.example' }]);
    expect(await (await post(app, `/api/surveys/${id}/invitations/send`, headers)).json()).toEqual({ sent: 2, failed: 1, skipped: 0 });
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(['ada@client.example', 'bob@client.example']);
    const { rows } = await exported(app, id, headers);
    const refused = rows.find((row) => row.email === 'nobody@client.example')!;
    expect(refused.sent_at).toBe('');
    expect(refused.last_error).toBe(`The mail server 127.0.0.1:${smtp.port} refused the message: 550 5.1.1 No such user here`);
    expect(rows.filter((row) => row.sent_at !== '')).toHaveLength(2);
    expect(await (await post(app, `/api/surveys/${id}/invitations/send`, headers)).json()).toEqual({ sent: 0, failed: 1, skipped: 2 });
  });

  it('reminds once, only those who have not answered, after the delay', async () => {
    const { app, headers, id } = await editorWithSurvey();
    await invite(app, id, headers, [{ email: 'ada@client.example', language: 'fr' }, { email: 'bob@client.example' }, { customer_id: 'c3' }]);
    await post(app, `/api/surveys/${id}/invitations/send`, headers);
    const ada = smtp.received.find((mail) => mail.to[0] === 'ada@client.example')!;
    expect((await answer(app, id, { answers: { q1: 9 }, token: tokenIn(ada) })).status).toBe(201);
    const remind = (body?: unknown) =>
      post(
        app,
        `/api/surveys/${id}/invitations/remind`,
        body === undefined ? { cookie: headers.cookie, 'x-csrf-token': headers['x-csrf-token'] } : headers,
        body,
      );
    // Sent a moment ago: not due after the 3 days by default.
    expect(await (await remind()).json()).toEqual({ sent: 0, failed: 0, skipped: 3 });
    expect(await (await remind({ afterDays: 0 })).json()).toEqual({ sent: 1, failed: 0, skipped: 2 });
    const reminder = smtp.received.at(-1)!;
    expect(reminder.to).toEqual(['bob@client.example']);
    expect(reminder.raw).toMatch(/^Subject: Reminder: Your opinion$/m);
    expect(plainTextOf(reminder.raw)).toContain('You have not answered our survey yet.');
    expect(tokenIn(reminder)).toBe(tokenIn(smtp.received.find((mail) => mail.to[0] === 'bob@client.example')!));
    expect(await (await remind({ afterDays: 0 })).json()).toEqual({ sent: 0, failed: 0, skipped: 3 });
    expect(smtp.received).toHaveLength(3);
    const bad = await remind({ afterDays: -1 });
    expect([bad.status, await bad.json()]).toEqual([400, { error: 'afterDays -1 is not a whole number of days from 0 to 365.' }]);
  });

  it('sends each message once when two sends run at once', async () => {
    const { app, headers, id } = await editorWithSurvey();
    await invite(
      app,
      id,
      headers,
      Array.from({ length: 12 }, (_, n) => ({ email: `p${n}@client.example` })),
    );
    const outcomes = (await Promise.all([1, 2].map(async () => (await post(app, `/api/surveys/${id}/invitations/send`, headers)).json()))) as {
      sent: number;
    }[];
    expect(outcomes[0]!.sent + outcomes[1]!.sent).toBe(12);
    expect(smtp.received).toHaveLength(12);
    expect(new Set(smtp.received.map((mail) => mail.to[0])).size).toBe(12);
  });

  it('answers 409 with a sentence when the server has no mail server', async () => {
    const { app, headers, id } = await editorWithSurvey();
    await invite(app, id, headers, [{ email: 'ada@client.example' }]);
    delete process.env.BAROMETRE_SMTP_URL;
    for (const action of ['send', 'remind']) {
      const response = await post(app, `/api/surveys/${id}/invitations/${action}`, headers, {});
      expect(response.status).toBe(409);
      expect(((await response.json()) as { error: string }).error).toMatch(/^The server sends no mail: set BAROMETRE_SMTP_URL and BAROMETRE_MAIL_FROM/);
    }
  });
});
