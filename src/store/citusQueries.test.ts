import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../importing/importFile.js';
import { createApp } from '../server/createApp.js';
import { startSession } from '../services/accounts/sessions.js';
import { checkSignIn } from '../services/accounts/signIn.js';
import { addUser } from '../services/accounts/users.js';
import { refreshAnalyses } from '../services/feedback/refreshAnalyses.js';
import { buildReport } from '../services/report/buildReport.js';
import { parseReportQuery } from '../services/report/reportQuery.js';
import { exportPerson } from '../services/privacy/exportPerson.js';
import { forgetPerson } from '../services/privacy/forgetPerson.js';
import { TEST_GRID } from '../test-support/auditGrid.js';
import { writeCdnowOrdersCsv } from '../test-support/cdnowOrdersCsv.js';
import { FIXTURE_KINDS, fillWorkspace } from '../test-support/citus/fillWorkspace.js';
import { loadSqlParser, workspaceFilterViolations } from '../test-support/citus/workspaceFilters.js';
import { openTestStore, TEST_DATABASE_URL, type TestStore } from '../test-support/engines.js';
import { CUSTOMER_SURVEY } from '../test-support/surveyFixtures.js';
import { createApiKey } from './apiKeys.js';
import { REFERENCE_TABLES } from './referenceTables.js';
import { type SentStatement, listenToStatements } from './traceQuery.js';
import { claimDueDeliveries, recordAttempt } from './webhooks/webhookDeliveries.js';
import { findWorkspace } from './workspaces.js';

/**
 * The statements that may break the rules, by query name, each with why it is right as it is.
 * Everything else the store sends on PostgreSQL must read each distributed table of one
 * workspace only (docs/scaling.md, "What every query does").
 */
const EXEMPT: Readonly<Record<string, string>> = {
  'migration 8': 'a migration rebuilds the sessions of every workspace once, from the coordinator, before the app runs on the new schema',
  'migration 13': 'a migration rebuilds the sessions of every workspace once, from the coordinator, before the app runs on the new schema',
  'migration 15': 'a migration fills the daily rollups of every workspace once, from the coordinator, before the app runs on the new schema',
  'workspaces with due webhook deliveries':
    'the deliverer looks once per tick for the workspaces with deliveries due, over every shard (an index scan each); each claim then runs on its workspace’s shard',
};

/**
 * Every SQL text an end-to-end run sends to PostgreSQL, parsed by PostgreSQL's parser and held
 * to the Citus rules. The run does what the commands and the API do: the import of every kind,
 * reports with --by, --where, an interval, a comparison, cohorts and the churn model, the
 * feedback with its refresh, CLV and the customer list, surveys (answers, invitations,
 * follow-ups, webhooks and their deliveries), live collection, accounts, keys, settings, audit
 * grids, and a person's export and erasure.
 */
describe.skipIf(!TEST_DATABASE_URL)('every SQL text the store sends reads one workspace of each distributed table (PostgreSQL, parsed)', () => {
  const sent = new Map<string, SentStatement>();
  let test: TestStore;
  let stopListening: () => void;

  beforeAll(async () => {
    await loadSqlParser();
    stopListening = listenToStatements((statement) => {
      if (statement.engine === 'postgres') sent.set(statement.sql, statement);
    });
    test = await openTestStore('postgres');
    await tour(test);
  }, 120_000);
  afterAll(async () => {
    stopListening?.();
    await test?.dispose();
  });

  it('sends every statement of the tour, and each distributed table it reads is filtered by workspace_id', async () => {
    const tables = await test.store.query<{ name: string }>(
      'tables of the schema',
      `select relname as name from pg_class where relnamespace = current_schema()::regnamespace and relkind in ('r', 'p') and not relispartition`,
    );
    const distributed = new Set(tables.map((table) => table.name).filter((name) => !Object.hasOwn(REFERENCE_TABLES, name)));
    const offences: string[] = [];
    for (const { name, sql } of sent.values()) {
      if (Object.hasOwn(EXEMPT, name)) continue;
      for (const violation of workspaceFilterViolations(sql, { distributed })) offences.push(`${name}: ${violation}`);
    }
    expect(offences).toEqual([]);
    // The tour reached every table the app writes and reads.
    const touched = new Set([...sent.values()].flatMap(({ sql }) => [...distributed].filter((table) => new RegExp(`\\b${table}\\b`).test(sql))));
    expect([...distributed].filter((table) => !touched.has(table))).toEqual([]);
  });

  it('lists no exemption that the tour does not need', () => {
    const names = new Set([...sent.values()].map((statement) => statement.name));
    expect(Object.keys(EXEMPT).filter((name) => !names.has(name))).toEqual([]);
  });
});

const FEEDBACK_FIXTURES = join(import.meta.dirname, '..', 'services', 'feedback', 'fixtures');

/** The customer survey of the fixtures, open with no last day. */
const OPEN_SURVEY = { ...CUSTOMER_SURVEY, closesAt: undefined };

/** Runs, on the store, what the commands and the routes do, in two workspaces. */
async function tour({ store }: TestStore): Promise<void> {
  const shop = (await findWorkspace(store, 'shop', { create: true })).id;
  await findWorkspace(store, 'other', { create: true });
  expect(FIXTURE_KINDS).toHaveLength(7);
  await fillWorkspace(store, shop);
  // A second import of the same files replaces rows by id (the merge's update path).
  await fillWorkspace(store, shop);
  const cdnow = join(mkdtempSync(join(tmpdir(), 'barometre-citus-')), 'cdnow.csv');
  writeCdnowOrdersCsv(cdnow);
  await importFile(store, { kind: 'orders', file: cdnow, workspaceId: shop });
  // Comments and mentions to analyse, from the feedback's fixtures.
  for (const kind of ['responses', 'mentions']) await importFile(store, { kind, file: join(FEEDBACK_FIXTURES, `${kind}.csv`), workspaceId: shop });
  // A workspace whose customers carry no churn date: churn by inactivity over a window derived from the order gaps.
  const other = (await findWorkspace(store, 'other')).id;
  await importFile(store, { kind: 'orders', file: cdnow, workspaceId: other });
  await buildReport(store, other, parseReportQuery({}));

  const { user } = await addUser(store, { email: 'admin@shop.fr', role: 'admin', workspace: 'shop', password: async () => 'correct horse battery' });
  expect(await checkSignIn(store, 'admin@shop.fr', 'correct horse battery')).not.toBeNull();
  const { token, csrfToken } = await startSession(store, user.id);
  const app = createApp(store);
  const headers = { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  /** Calls a route as the admin, naming workspace shop unless the route serves no workspace in particular (`inShop` false). */
  const call = async (method: string, path: string, body?: unknown, inShop = true) => {
    const response = await app.request(`http://localhost${path}${inShop ? `${path.includes('?') ? '&' : '?'}workspace=shop` : ''}`, {
      method,
      headers: { ...headers, 'content-type': typeof body === 'string' ? 'text/csv' : 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    expect(response.status, `${method} ${path}: ${response.status} ${text.slice(0, 300)}`).toBeLessThan(400);
    return text === '' ? null : (JSON.parse(text.startsWith('{') || text.startsWith('[') ? text : 'null') as Record<string, unknown>);
  };

  for (const query of [
    '',
    'from=2025-03-01&to=2025-03-31&by=channel',
    'by=loyalty_tier&where=population%3Dcustomer',
    'from=2025-01-01&to=2025-06-30&where=type%3Dpageview&interval=week',
    'from=2025-03-01&to=2025-03-31&compare=previous&interval=day',
    'from=2025-01-01&to=2025-03-31&compare=year&cohorts=month',
    'churnModel=true',
    'churnWindow=30',
  ]) {
    await call('GET', `/api/report?${query}`);
  }
  await call('GET', '/api/feedback');
  await refreshAnalyses(store, shop);
  await call('GET', '/api/feedback?source=responses&sentiment=negative');
  await call('GET', '/api/clv?to=1997-09-30');
  await call('GET', '/api/customers?to=1997-09-30');
  await call('GET', '/api/customers?to=2025-03-31');
  await call('GET', '/api/customers?to=2025-03-31&format=csv');
  await call('POST', '/api/imports/orders', 'order_id,customer_id,ordered_at,amount\nt1,c1,2025-03-20,5\n');

  // Surveys: a survey, answers (a detractor opens a follow-up case; the webhook queues deliveries), invitations.
  const survey = (await call('POST', '/api/surveys', OPEN_SURVEY)) as { id: string };
  await call('PUT', `/api/surveys/${survey.id}/webhook`, { url: 'https://93.184.215.14/hook', on: 'answers' });
  await call('POST', `/api/surveys/${survey.id}/responses`, { answers: { q1: 2, q4: 'Trop lent' } }, false);
  await call('POST', `/api/surveys/${survey.id}/responses`, { answers: { q1: 10, q3: 'web' } }, false);
  await call('GET', `/s/${survey.id}`, undefined, false);
  await call('POST', `/api/surveys/${survey.id}/invitations`, { recipients: [{ email: 'ada@client.example', customer_id: 'c1' }] });
  await call('GET', `/api/surveys/${survey.id}/invitations.csv`);
  await call('PUT', `/api/surveys/${survey.id}`, { ...OPEN_SURVEY, targetSample: 300 });
  await call('GET', '/api/surveys');
  await call('GET', `/api/surveys/${survey.id}`);
  await call('GET', '/surveys');
  await call('GET', `/surveys/${survey.id}`);
  const cases = (await call('GET', '/api/followups')) as { cases: { responseId: string }[] };
  await call('PATCH', `/api/followups/${cases.cases[0]?.responseId}`, { status: 'contacted' });
  await call('GET', '/followups');
  const now = new Date();
  for (const delivery of await claimDueDeliveries(store, new Date(now.getTime() + 60_000), new Date(now.getTime() + 120_000), 10)) {
    await store.transaction((session) => recordAttempt(session, delivery, { delivered: true, status: 200, error: null, retryAt: null }, now));
  }
  await call('GET', `/api/surveys/${survey.id}/webhook/deliveries`);
  await call('POST', `/api/surveys/${survey.id}/duplicate`);
  await call('POST', `/api/surveys/${survey.id}/close`);

  // Live collection with a site key.
  const siteKey = (await createApiKey(store, shop, 'site')).key;
  for (const url of ['https://shop.example/', 'https://shop.example/cart']) {
    const response = await app.request('/api/collect', {
      method: 'POST',
      headers: { authorization: `Bearer ${siteKey}`, 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0' },
      body: JSON.stringify({ type: 'pageview', url }),
    });
    expect(response.status).toBe(202);
  }

  // Accounts, keys, settings, audit grids.
  const member = (await call('POST', '/api/members', { email: 'new@shop.fr', role: 'viewer', password: 'correct horse battery' })) as { userId: number };
  await call('PATCH', `/api/members/${member.userId}`, { role: 'editor' });
  await call('GET', '/api/members');
  await call('DELETE', `/api/members/${member.userId}`);
  await call('POST', '/api/workspaces', { name: 'Boutique 2' }, false);
  await call('GET', '/api/me', undefined, false);
  const key = (await call('POST', '/api/keys', { kind: 'read' })) as { id: string };
  await call('GET', '/api/keys');
  await call('DELETE', `/api/keys/${key.id}`);
  await call('PUT', '/api/settings/sector', { value: 'Retail' });
  await call('GET', '/api/settings');
  const grid = (await call('POST', '/api/audit-grids', TEST_GRID)) as { id: string };
  await call('POST', `/api/audit-grids/${grid.id}/visits`, { site: 'Lyon', scores: { accueil_sourire: 4 } });
  await call('GET', '/api/audit-grids');
  await call('GET', '/audits');

  // A person's data, then their erasure.
  await exportPerson(store, shop, { customerId: 'c1' });
  await forgetPerson(store, shop, { email: 'ada@client.example' });
  await forgetPerson(store, shop, { customerId: 'c1' });
  await call('DELETE', '/api/session', undefined, false);
}
