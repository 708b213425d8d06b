import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { findWorkspace } from '../../store/workspaces.js';
import { listInvitations } from '../../store/surveys/invitationRows.js';
import { workspaceSecret } from '../../store/workspaceSecrets.js';
import { answerSurvey } from '../surveys/answerSurvey.js';
import { createInvitations } from '../surveys/invitations.js';
import { LINK_SECRET, linkSubmission, resolveInvitation, signInvitationToken } from '../surveys/invitationToken.js';
import { loadSurvey } from '../surveys/loadSurvey.js';
import { setSurveyWebhook } from '../webhooks/surveyWebhooks.js';
import { surveyFixture } from '../../test-support/surveyFixtures.js';
import { exportPerson } from './exportPerson.js';
import { forgetPerson } from './forgetPerson.js';

/**
 * Two customers: c1 (Ada, with an order, a commented response, and two visits: one before
 * she signed in, under the same visitor id) and c2 (Bob). Forgetting c1 must take every row
 * tied to her and nothing of Bob's.
 */
async function fill(store: Parameters<typeof importCsvText>[0], workspaceId: number): Promise<void> {
  await importCsvText(store, workspaceId, 'customers', 'customer_id,created_at,email\nc1,2024-01-01,Ada@Example.com\nc2,2024-01-02,bob@example.com\n');
  await importCsvText(store, workspaceId, 'orders', 'order_id,customer_id,ordered_at,amount\no1,c1,2024-02-01,10\no2,c2,2024-02-01,20\n');
  await importCsvText(
    store,
    workspaceId,
    'responses',
    'response_id,survey_id,submitted_at,customer_id,nps,comment\nr1,s,2024-02-02,c1,3,Trop cher\nr2,s,2024-02-02,c2,9,Parfait\n',
  );
  await importCsvText(
    store,
    workspaceId,
    'events',
    [
      'event_id,visitor_id,occurred_at,type,customer_id',
      'e1,va,2024-02-01T10:00:00Z,pageview,',
      'e2,va,2024-02-01T10:05:00Z,pageview,c1',
      'e3,va,2024-02-03T09:00:00Z,pageview,',
      'e4,vb,2024-02-01T10:00:00Z,pageview,c2',
    ].join('\n'),
  );
  for (const [item, sentiment] of [
    ['r1', 'negative'],
    ['r2', 'positive'],
  ]) {
    await store.query(
      'analysis',
      `insert into text_analyses (workspace_id, source, item_id, text_hash, analysis_version, language, sentiment, score) values ($w, 'response', $item, 'h', 'v', 'fr', $sentiment, 0)`,
      { w: workspaceId, item: item as string, sentiment: sentiment as string },
    );
  }
}

/** The survey tables of a person with no survey answers. */
const NO_SURVEY_ROWS = { survey_invitations: 0, survey_responses: 0, survey_answers: 0, followup_cases: 0, webhook_deliveries: 0 };

describeEachEngine('forgetting and exporting a person', (engine) => {
  const test = workspaceStore(engine, { fill });
  const count = async (table: string) => (await test.read(`select count(*) as n from ${table}`))[0]?.n;
  const visitors = async (table: string) => (await test.read(`select distinct visitor_id from ${table} order by visitor_id`)).map((row) => row.visitor_id);

  it('exports every row tied to a customer, attributes as objects and times in ISO 8601', async () => {
    const data = await exportPerson(test.store, test.workspaceId, { customerId: 'c1' });
    expect(Object.fromEntries(Object.entries(data).map(([table, rows]) => [table, rows.length]))).toEqual({
      customers: 1,
      orders: 1,
      responses: 1,
      events: 3,
      text_analyses: 1,
      text_themes: 0,
      ...NO_SURVEY_ROWS,
    });
    expect(data.customers?.[0]).toMatchObject({ customer_id: 'c1', email: 'Ada@Example.com', created_at: '2024-01-01T00:00:00.000Z' });
    expect(data.responses?.[0]).toMatchObject({ response_id: 'r1', comment: 'Trop cher' });
    expect(data.customers?.[0]).not.toHaveProperty('workspace_id');
  });

  it('finds a person by email whatever its case', async () => {
    const data = await exportPerson(test.store, test.workspaceId, { email: 'ada@EXAMPLE.com' });
    expect(data.orders?.map((row) => row.order_id)).toEqual(['o1']);
  });

  it('erases the customer, their orders, responses, analyses and every event of their visitors, rebuilds sessions, and keeps everyone else', async () => {
    const erased = await forgetPerson(test.store, test.workspaceId, { email: 'ada@example.com' });
    expect(erased).toEqual({ customers: 1, orders: 1, responses: 1, events: 3, text_analyses: 1, text_themes: 0, ...NO_SURVEY_ROWS });
    for (const table of ['customers', 'orders', 'responses', 'text_analyses']) expect(await count(table), table).toBe(1);
    expect(await visitors('events')).toEqual(['vb']);
    expect(await visitors('sessions')).toEqual(['vb']);
    expect(await visitors('visitor_days')).toEqual(['vb']);
    expect(await exportPerson(test.store, test.workspaceId, { customerId: 'c1' })).toEqual({
      customers: [],
      orders: [],
      responses: [],
      events: [],
      text_analyses: [],
      text_themes: [],
      survey_invitations: [],
      survey_responses: [],
      survey_answers: [],
      followup_cases: [],
      webhook_deliveries: [],
    });
  });

  it('logs the erasure with counts only, and erases nothing of another workspace', async () => {
    const other = (await findWorkspace(test.store, 'other', { create: true })).id;
    await importCsvText(test.store, other, 'customers', 'customer_id,created_at,email\nc1,2024-01-01,ada@example.com\n');
    // Someone else's response with the id of Ada's: ids are unique in a workspace only.
    await importCsvText(test.store, other, 'responses', 'response_id,survey_id,submitted_at,customer_id,nps\nr1,s,2024-02-02,c9,8\n');
    expect((await exportPerson(test.store, test.workspaceId, { customerId: 'c1' })).responses?.map((row) => row.customer_id)).toEqual(['c1']);
    await forgetPerson(test.store, test.workspaceId, { customerId: 'c1' });
    expect(await test.read(`select count(*) as n from customers where workspace_id = ${other}`)).toEqual([{ n: 1 }]);
    expect(await test.read(`select customer_id from responses where workspace_id = ${other}`)).toEqual([{ customer_id: 'c9' }]);
    const [logged] = await test.read('select workspace_id, rows_erased from erasures');
    expect(logged?.workspace_id).toBe(test.workspaceId);
    expect(logged?.rows_erased).not.toMatch(/c1|ada|va/i);
    expect(JSON.parse(String(logged?.rows_erased))).toMatchObject({ customers: 1, events: 3 });
  });

  it('erases nothing and still logs the request when the person is unknown', async () => {
    const erased = await forgetPerson(test.store, test.workspaceId, { customerId: 'nobody' });
    expect(Object.values(erased).every((n) => n === 0)).toBe(true);
    expect(await count('erasures')).toBe(1);
    expect(await count('events')).toBe(4);
  });

  it('erases the answer sets the person gave to a survey: answers, follow-up case and webhook deliveries, and keeps others', async () => {
    const survey = await surveyFixture(test.store, test.workspaceId);
    await setSurveyWebhook(test.store, test.workspaceId, survey, { url: 'http://127.0.0.1:9/hook', on: 'answers' }, { allowPrivate: true });
    const loaded = (await loadSurvey(test.store, test.workspaceId, survey))!;
    for (const customerId of ['c1', 'c2']) {
      await answerSurvey(test.store, loaded, { answers: { q1: 2, q4: 'Colis abîmé' }, channel: 'link', language: 'fr', customerId }, new Date());
    }
    const erased = await forgetPerson(test.store, test.workspaceId, { customerId: 'c1' });
    expect(erased).toMatchObject({ responses: 2, survey_responses: 1, survey_answers: 2, followup_cases: 1, webhook_deliveries: 1 });
    for (const table of ['survey_responses', 'followup_cases', 'webhook_deliveries']) expect(await count(table), table).toBe(1);
    expect(await count('survey_answers')).toBe(2);
  });

  it('exports and erases the person’s invitations, by customer id or address, with the answers through them', async () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const customers = await surveyFixture(test.store, test.workspaceId);
    await createInvitations(test.store, test.workspaceId, customers, [{ customerId: 'c1' }, { customerId: 'c2', email: 'bob@example.com' }], now);
    const staff = await surveyFixture(test.store, test.workspaceId, {
      title: 'Staff',
      audience: 'employees',
      questions: [
        { id: 'q1', type: 'nps', label: 'Recommend?' },
        { id: 'q2', type: 'text', label: 'Why?' },
      ],
    });
    await createInvitations(
      test.store,
      test.workspaceId,
      staff,
      [{ email: 'ADA@example.com', attributes: { team: 'Lyon' } }, { email: 'zoe@example.com' }],
      now,
    );
    // Ada answers the staff survey through her link: the answer set carries no customer id.
    const [ada] = await listInvitations(test.store, test.workspaceId, staff);
    const token = signInvitationToken(await workspaceSecret(test.store, test.workspaceId, LINK_SECRET), staff, ada!.invitationId);
    const link = linkSubmission(await resolveInvitation(test.store, staff, token));
    const loaded = (await loadSurvey(test.store, test.workspaceId, staff))!;
    await answerSurvey(test.store, loaded, { answers: { q1: 6, q2: 'Mon équipe' }, channel: 'link', language: 'fr', ...link }, now);

    const data = await exportPerson(test.store, test.workspaceId, { customerId: 'c1' });
    expect(data.survey_invitations?.map((row) => [row.customer_id, row.email, row.attributes])).toEqual(
      expect.arrayContaining([
        ['c1', null, {}],
        [null, 'ADA@example.com', { team: 'Lyon' }],
      ]),
    );
    expect(data.survey_invitations).toHaveLength(2);
    expect(data.survey_answers?.map((row) => row.text)).toContain('Mon équipe');
    expect(data.responses?.map((row) => row.response_id)).toEqual(expect.arrayContaining(['r1', link.responseId]));

    const erased = await forgetPerson(test.store, test.workspaceId, { email: 'ada@example.com' });
    expect(erased).toMatchObject({ responses: 2, survey_invitations: 2, survey_responses: 1, survey_answers: 2 });
    expect((await test.read('select email from survey_invitations order by email')).map((row) => row.email)).toEqual(['bob@example.com', 'zoe@example.com']);
    // An address no customer record has is found too.
    expect((await exportPerson(test.store, test.workspaceId, { email: 'Zoe@example.com' })).survey_invitations).toHaveLength(1);
  });
});
