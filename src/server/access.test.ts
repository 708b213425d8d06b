import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSession } from '../services/accounts/sessions.js';
import { addUser } from '../services/accounts/users.js';
import { createAuditGrid } from '../services/audits/auditGrids.js';
import { answerSurvey } from '../services/surveys/answerSurvey.js';
import { loadSurvey } from '../services/surveys/loadSurvey.js';
import { addFeed } from '../services/listening/feeds.js';
import { setSurveyWebhook } from '../services/webhooks/surveyWebhooks.js';
import { createApiKey, revokeApiKey } from '../store/apiKeys.js';
import { findWorkspace } from '../store/workspaces.js';
import { type ApiFixture, openApiFixture } from '../test-support/apiFixture.js';
import { TEST_GRID } from '../test-support/auditGrid.js';
import { describeEachEngine } from '../test-support/engines.js';
import { CUSTOMER_SURVEY, surveyFixture } from '../test-support/surveyFixtures.js';
import { APP_ROUTES } from './appRoutes.js';
import { installedWebApp } from './webApp/webAppFiles.js';
import type { Access, Route } from './route.js';

const PASSWORD = 'correct horse battery staple';

/** Who calls: a name, the headers they send (a fresh session for each request of a user), and what they are. */
interface Credential {
  name: string;
  headers: () => Promise<Record<string, string>>;
  kind: 'none' | 'invalid' | 'readKey' | 'otherReadKey' | 'siteKey' | 'user' | 'otherUser' | 'endedSession';
  role?: 'viewer' | 'editor' | 'admin';
}

/**
 * Who may call each route (docs/accounts.md), written out so that a change of access shows
 * in review, and how to call it so that it succeeds when allowed, with what it then answers.
 * A route missing here fails the first test; the walk still covers it, requiring only that
 * an allowed caller gets neither 401, 403, 404 nor a 5xx.
 */
const EXAMPLES: Record<
  string,
  // A body given as text is a file upload, sent as text/csv; an object is sent as JSON.
  { access: Access; path?: string | ((api: ApiFixture) => Promise<string>); body?: () => Record<string, unknown> | string; status: number }
> = {
  'GET /healthz': { access: 'anyone', status: 200 },
  'GET /': { access: 'anyone', status: 200 },
  'GET /script.js': { access: 'anyone', status: 200 },
  'GET /app': { access: 'anyone', status: 200 },
  'GET /app/*': { access: 'anyone', path: '/app/recommendation?from=2026-01-01&where=channel%3Dweb', status: 200 },
  'GET /assets/:file': { access: 'anyone', path: async () => `/assets/${[...installedWebApp().assets.keys()][0]}`, status: 200 },
  'GET /widget.js': { access: 'anyone', status: 200 },
  // Without the form's token these are refused by the pre-session CSRF check, whoever calls.
  'POST /setup': { access: 'anyone', status: 403 },
  'POST /signin': { access: 'anyone', status: 403 },
  'POST /signout': { access: 'signedIn', status: 303 },
  'POST /api/session': { access: 'anyone', body: () => ({ email: 'admin@shop.fr', password: PASSWORD }), status: 200 },
  'DELETE /api/session': { access: 'signedIn', status: 204 },
  'GET /api/me': { access: 'signedIn', status: 200 },
  'GET /api/report': { access: 'reader', status: 200 },
  'GET /api/clv': { access: 'reader', path: '/api/clv?to=1997-09-30', status: 200 },
  'GET /api/customers': { access: 'reader', path: '/api/customers?to=1997-09-30', status: 200 },
  'GET /api/feedback': { access: 'reader', status: 200 },
  'GET /api/keys': { access: 'admin', status: 200 },
  'POST /api/keys': { access: 'admin', body: () => ({ kind: 'site' }), status: 201 },
  'GET /api/feeds': { access: 'editor', status: 200 },
  // Each call adds another brand's feed, so that no two allowed callers collide.
  'POST /api/feeds': {
    access: 'editor',
    body: () => ({ url: 'https://news.example.com/feed.xml', brand: `Brand ${++feedsAdded}`, keywords: ['shop'] }),
    status: 201,
  },
  'DELETE /api/feeds/:id': { access: 'editor', path: async (api) => `/api/feeds/${await shopFeed(api)}`, status: 204 },
  'GET /api/settings': { access: 'reader', status: 200 },
  'PUT /api/settings/:key': { access: 'admin', path: '/api/settings/sector', body: () => ({ value: 'Retail' }), status: 200 },
  'DELETE /api/settings/:key': { access: 'admin', path: '/api/settings/sector', status: 200 },
  'DELETE /api/keys/:id': { access: 'admin', path: async (api) => `/api/keys/${(await shopKey(api)).id}`, status: 204 },
  'GET /api/members': { access: 'admin', status: 200 },
  'POST /api/members': { access: 'admin', body: () => ({ email: `new${++made}@shop.fr`, role: 'viewer', password: PASSWORD }), status: 201 },
  'PATCH /api/members/:userId': {
    access: 'admin',
    path: async (api) => `/api/members/${await shopMember(api)}`,
    body: () => ({ role: 'editor' }),
    status: 200,
  },
  'DELETE /api/members/:userId': { access: 'admin', path: async (api) => `/api/members/${await shopMember(api)}`, status: 204 },
  'POST /api/workspaces': { access: 'anyAdmin', body: () => ({ name: `Boutique ${++made}` }), status: 201 },
  'POST /api/collect': { access: 'siteKey', body: () => ({ type: 'pageview', url: 'https://shop.example/' }), status: 202 },
  // The CORS preflight, which browsers send without credentials.
  'OPTIONS /api/collect': { access: 'anyone', status: 204 },
  'GET /api/surveys': { access: 'reader', status: 200 },
  'POST /api/surveys': { access: 'editor', body: () => CUSTOMER_SURVEY, status: 201 },
  'GET /api/surveys/:id': { access: 'reader', path: async (api) => `/api/surveys/${await shopSurvey(api)}`, status: 200 },
  'PUT /api/surveys/:id': { access: 'editor', path: async (api) => `/api/surveys/${await shopSurvey(api)}`, body: () => CUSTOMER_SURVEY, status: 200 },
  'POST /api/surveys/:id/duplicate': { access: 'editor', path: async (api) => `/api/surveys/${await shopSurvey(api)}/duplicate`, status: 201 },
  'POST /api/surveys/:id/close': { access: 'editor', path: async (api) => `/api/surveys/${await shopSurvey(api)}/close`, status: 200 },
  'POST /api/surveys/:id/responses': {
    access: 'anyone',
    path: async (api) => `/api/surveys/${await shopSurvey(api)}/responses`,
    body: () => ({ answers: { q1: 9 } }),
    status: 201,
  },
  'OPTIONS /api/surveys/:id/responses': { access: 'anyone', status: 204 },
  'GET /s/:id/widget.json': { access: 'anyone', path: async (api) => `/s/${await shopWidgetSurvey(api)}/widget.json`, status: 200 },
  'GET /s/:id': { access: 'anyone', path: async (api) => `/s/${await shopSurvey(api)}`, status: 200 },
  // Without a form there is no page number to save: the page says so (400).
  'POST /s/:id': { access: 'anyone', path: async (api) => `/s/${await shopSurvey(api)}`, status: 400 },
  'POST /api/surveys/:id/invitations': {
    access: 'editor',
    path: async (api) => `/api/surveys/${await shopSurvey(api)}/invitations`,
    body: () => ({ recipients: [{ email: 'ada@client.example' }] }),
    status: 201,
  },
  'GET /api/surveys/:id/invitations.csv': { access: 'editor', path: async (api) => `/api/surveys/${await shopSurvey(api)}/invitations.csv`, status: 200 },
  // No mail server is configured here: sending says so.
  'POST /api/surveys/:id/invitations/send': { access: 'editor', path: async (api) => `/api/surveys/${await shopSurvey(api)}/invitations/send`, status: 409 },
  'POST /api/surveys/:id/invitations/remind': {
    access: 'editor',
    path: async (api) => `/api/surveys/${await shopSurvey(api)}/invitations/remind`,
    status: 409,
  },
  'GET /api/audit-grids': { access: 'reader', status: 200 },
  'POST /api/audit-grids': { access: 'editor', body: () => TEST_GRID, status: 201 },
  'GET /api/audit-grids/:id': { access: 'reader', path: async (api) => `/api/audit-grids/${await shopGrid(api)}`, status: 200 },
  'PUT /api/audit-grids/:id': { access: 'editor', path: async (api) => `/api/audit-grids/${await shopGrid(api)}`, body: () => TEST_GRID, status: 204 },
  'DELETE /api/audit-grids/:id': { access: 'editor', path: async (api) => `/api/audit-grids/${await shopGrid(api)}`, status: 204 },
  'POST /api/audit-grids/:id/visits': {
    access: 'editor',
    path: async (api) => `/api/audit-grids/${await shopGrid(api)}/visits`,
    body: () => ({ site: 'Lyon', scores: { accueil_sourire: 4 } }),
    status: 201,
  },
  'GET /api/imports/kinds': { access: 'reader', status: 200 },
  // A dry run: the walk leaves the shop's orders as they are.
  'POST /api/imports/:kind': {
    access: 'editor',
    path: '/api/imports/orders?dryRun=true',
    body: () => 'order_id,customer_id,ordered_at,amount\nwalk-1,c1,2024-01-01,5\n',
    status: 200,
  },
  'GET /audits': { access: 'editor', status: 200 },
  'GET /audits/:id/visit': { access: 'editor', path: async (api) => `/audits/${await shopGrid(api)}/visit`, status: 200 },
  // A JSON body is no form: the form comes back with its refusal (the site is missing).
  'POST /audits/:id/visit': { access: 'editor', path: async (api) => `/audits/${await shopGrid(api)}/visit`, status: 400 },
  'GET /surveys': { access: 'reader', status: 200 },
  'GET /surveys/new': { access: 'editor', status: 200 },
  // A JSON body is no form: the form comes back with its refusal (no title).
  'POST /surveys/new': { access: 'editor', status: 400 },
  'GET /surveys/:id': { access: 'reader', path: async (api) => `/surveys/${await shopSurvey(api)}`, status: 200 },
  'GET /surveys/:id/edit': { access: 'editor', path: async (api) => `/surveys/${await shopSurvey(api)}/edit`, status: 200 },
  'POST /surveys/:id/edit': { access: 'editor', path: async (api) => `/surveys/${await shopSurvey(api)}/edit`, status: 400 },
  'POST /surveys/:id/duplicate': { access: 'editor', path: async (api) => `/surveys/${await shopSurvey(api)}/duplicate`, status: 303 },
  'POST /surveys/:id/close': { access: 'editor', path: async (api) => `/surveys/${await shopSurvey(api)}/close`, status: 303 },
  'GET /api/followups': { access: 'reader', status: 200 },
  'PATCH /api/followups/:responseId': {
    access: 'editor',
    path: async (api) => `/api/followups/${await shopCase(api)}`,
    body: () => ({ status: 'contacted' }),
    status: 200,
  },
  'GET /followups': { access: 'editor', status: 200 },
  // A JSON body is no form: the list comes back with its refusal (no status).
  'POST /followups/:responseId': { access: 'editor', path: async (api) => `/followups/${await shopCase(api)}`, status: 400 },
  'GET /surveys/:id/interview': { access: 'editor', path: async (api) => `/surveys/${await shopSurvey(api)}/interview`, status: 200 },
  // A JSON body is no form: the form comes back with its refusal (no answer set id).
  'POST /surveys/:id/interview': { access: 'editor', path: async (api) => `/surveys/${await shopSurvey(api)}/interview`, status: 400 },
  // A public address written as such: set-up resolves names, and the tests have no DNS.
  'PUT /api/surveys/:id/webhook': {
    access: 'admin',
    path: async (api) => `/api/surveys/${await shopSurvey(api)}/webhook`,
    body: () => ({ url: 'https://93.184.215.14/hook', on: 'answers' }),
    status: 200,
  },
  'GET /api/surveys/:id/webhook': { access: 'admin', path: async (api) => `/api/surveys/${await shopWebhook(api)}/webhook`, status: 200 },
  'DELETE /api/surveys/:id/webhook': { access: 'admin', path: async (api) => `/api/surveys/${await shopWebhook(api)}/webhook`, status: 204 },
  'GET /api/surveys/:id/webhook/deliveries': { access: 'admin', path: async (api) => `/api/surveys/${await shopSurvey(api)}/webhook/deliveries`, status: 200 },
};

/** How many users and workspaces the examples made: each new one takes the next number. */
let made = 0;

/** The user id of a new viewer of workspace shop. */
async function shopMember(api: ApiFixture): Promise<number> {
  return (await addUser(api.test.store, { email: `member${++made}@shop.fr`, role: 'viewer', workspace: 'shop', password: async () => PASSWORD })).user.id;
}

/** A new open survey of workspace shop. */
async function shopSurvey(api: ApiFixture): Promise<string> {
  return surveyFixture(api.test.store, (await findWorkspace(api.test.store, 'shop')).id);
}

/** A new open survey of workspace shop that the on-site widget may show. */
async function shopWidgetSurvey(api: ApiFixture): Promise<string> {
  return surveyFixture(api.test.store, (await findWorkspace(api.test.store, 'shop')).id, { ...CUSTOMER_SURVEY, closesAt: undefined, channels: ['widget'] });
}

/** The answer set id of a new detractor's follow-up case in workspace shop. */
async function shopCase(api: ApiFixture): Promise<string> {
  const workspaceId = (await findWorkspace(api.test.store, 'shop')).id;
  const survey = await loadSurvey(api.test.store, workspaceId, await shopSurvey(api));
  return (await answerSurvey(api.test.store, survey!, { answers: { q1: 2 }, channel: 'link', language: 'fr' }, new Date())).responseId;
}

/** A new audit grid of workspace shop. */
async function shopGrid(api: ApiFixture) {
  return createAuditGrid(api.test.store, (await findWorkspace(api.test.store, 'shop')).id, TEST_GRID);
}

/** A new read key of workspace shop. */
async function shopKey(api: ApiFixture) {
  return createApiKey(api.test.store, (await findWorkspace(api.test.store, 'shop')).id, 'read');
}

/** The id of a survey of workspace shop that has a webhook. */
async function shopWebhook(api: ApiFixture): Promise<string> {
  const survey = await shopSurvey(api);
  await setSurveyWebhook(api.test.store, (await findWorkspace(api.test.store, 'shop')).id, survey, { url: 'https://93.184.215.14/hook', on: 'answers' });
  return survey;
}

/** Feeds added by the examples so far (each with its own brand). */
let feedsAdded = 0;

/** The id of a new feed of workspace shop. */
async function shopFeed(api: ApiFixture): Promise<string> {
  const feed = await addFeed(api.test.store, (await findWorkspace(api.test.store, 'shop')).id, {
    url: 'https://news.example.com/feed.xml',
    brand: `Brand ${++feedsAdded}`,
  });
  return feed.id;
}

/** The role a workspace access needs at least. */
const ROLE_RANK = { viewer: 1, editor: 2, admin: 3 } as const;
const NEEDED = { reader: 1, editor: 2, admin: 3 } as const;

/** The status a credential must get on a route of `access`: 'allowed', or the refusal's status. */
function expected(access: Access, credential: Credential): 'allowed' | 401 | 403 | 404 {
  if (access === 'anyone') return 'allowed';
  const { kind } = credential;
  if (access === 'siteKey') return kind === 'siteKey' ? 'allowed' : kind === 'readKey' || kind === 'otherReadKey' ? 403 : 401;
  if (kind === 'none' || kind === 'invalid' || kind === 'endedSession') return 401;
  if (kind === 'siteKey') return 403;
  if (kind === 'readKey' || kind === 'otherReadKey') {
    if (access !== 'reader') return 403;
    return kind === 'readKey' ? 'allowed' : 404;
  }
  if (access === 'signedIn') return 'allowed';
  // Another workspace's admin is an admin somewhere: enough to create a workspace.
  if (access === 'anyAdmin') return kind === 'otherUser' || credential.role === 'admin' ? 'allowed' : 403;
  if (kind === 'otherUser') return 404;
  return ROLE_RANK[credential.role ?? 'viewer'] >= NEEDED[access] ? 'allowed' : 403;
}

/** The routes that answer other sites' browsers (CORS), because they are public by design. */
const CROSS_ORIGIN = new Set([
  'GET /script.js',
  'GET /widget.js',
  'GET /s/:id/widget.json',
  'POST /api/collect',
  'OPTIONS /api/collect',
  'POST /api/surveys/:id/responses',
  'OPTIONS /api/surveys/:id/responses',
]);

/**
 * What every answer of every route carries, whoever calls (docs/security.md; ASVS 4.0.3
 * V7.4.1, V8.2.1, V14.3.3, V14.4.1–V14.4.4, V14.4.6, V14.4.7, V14.5.3): no 5xx and no stack
 * trace, nosniff, no referrer (same-origin for pages), a policy that forbids framing, no-store on everything but the
 * public tracker, widget and dashboard files, a content type on every body (with its character set for text), JSON and
 * CSV sent as downloads, no server or framework version, and no CORS grant outside the
 * public routes.
 */
async function expectHardenedAnswer(route: Route, response: Response, what: string): Promise<void> {
  const name = `${route.method} ${route.path}`;
  const { headers } = response;
  const body = await response.clone().text();
  expect(response.status, what).toBeLessThan(500);
  expect(body, what).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  // Pages say same-origin, so that their forms' POSTs carry their Origin (a browser sends Origin: null under no-referrer).
  const page = (headers.get('content-type') ?? '').startsWith('text/html');
  expect(headers.get('referrer-policy'), what).toBe(page ? 'same-origin' : 'no-referrer');
  expect(headers.get('content-security-policy'), what).toMatch(/frame-ancestors 'none'/);
  if (!(['GET /script.js', 'GET /widget.js', 'GET /assets/:file'].includes(name) && response.status < 400))
    expect(headers.get('cache-control'), what).toBe('no-store');
  if (body !== '') expect(headers.get('content-type'), what).toMatch(/^(application\/json|text\/[a-z]+; charset=utf-8)/i);
  if (/^(application\/json|text\/csv)/.test(headers.get('content-type') ?? '')) expect(headers.get('content-disposition'), what).toMatch(/^attachment; /);
  expect([headers.get('server'), headers.get('x-powered-by')], what).toEqual([null, null]);
  if (!CROSS_ORIGIN.has(name)) expect(headers.get('access-control-allow-origin'), what).toBeNull();
}

describeEachEngine('who may call every route', (engine) => {
  let api: ApiFixture;
  const credentials: Credential[] = [];

  beforeAll(async () => {
    api = await openApiFixture(engine, { orders: true });
    const { store } = api.test;
    const session = (email: string, workspace: string, role: 'viewer' | 'editor' | 'admin') => async () => {
      const { user } = await addUser(store, { email, role, workspace, password: async () => PASSWORD });
      const { token, csrfToken } = await startSession(store, user.id);
      return { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken };
    };
    const ended = async () => {
      const { user } = await addUser(store, { email: 'gone@shop.fr', role: 'admin', workspace: 'shop', password: async () => PASSWORD });
      const { token, csrfToken } = await startSession(store, user.id);
      await store.query('end all sessions', 'delete from auth_sessions where user_id = $id', { id: user.id });
      return { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken };
    };
    const bearer = (key: string) => async () => ({ authorization: `Bearer ${key}` });
    const revoked = await shopKey(api);
    await revokeApiKey(store, (await findWorkspace(store, 'shop')).id, revoked.id);
    const siteKey = (await createApiKey(store, (await findWorkspace(store, 'shop')).id, 'site')).key;
    credentials.push(
      { name: 'no credential', headers: async () => ({}), kind: 'none' },
      { name: 'a malformed Authorization', headers: async () => ({ authorization: 'Basic dXNlcjpwYXNz' }), kind: 'invalid' },
      { name: 'a wrong key', headers: bearer('brm_read_nope'), kind: 'invalid' },
      { name: 'a revoked read key', headers: bearer(revoked.key), kind: 'invalid' },
      { name: 'a site key', headers: bearer(siteKey), kind: 'siteKey' },
      { name: 'a made-up session cookie', headers: async () => ({ cookie: `brm_session=${'A'.repeat(43)}` }), kind: 'none' },
      { name: 'an ended session', headers: ended, kind: 'endedSession' },
      { name: 'the read key', headers: bearer(api.key), kind: 'readKey' },
      { name: 'another workspace’s read key', headers: bearer(api.otherKey), kind: 'otherReadKey' },
      { name: 'a viewer', headers: session('viewer@shop.fr', 'shop', 'viewer'), kind: 'user', role: 'viewer' },
      { name: 'an editor', headers: session('editor@shop.fr', 'shop', 'editor'), kind: 'user', role: 'editor' },
      { name: 'an admin', headers: session('admin@shop.fr', 'shop', 'admin'), kind: 'user', role: 'admin' },
      { name: 'another workspace’s admin', headers: session('stranger@other.fr', 'other', 'admin'), kind: 'otherUser' },
    );
  }, 60_000);
  afterAll(async () => api?.test.dispose());

  /** Calls a route as a credential: the example's path (naming workspace shop where the route takes it) and body. */
  async function call(route: Route, credential: Credential, extraHeaders: Record<string, string> = {}): Promise<Response> {
    const example = EXAMPLES[`${route.method} ${route.path}`];
    const path = typeof example?.path === 'function' ? await example.path(api) : (example?.path ?? route.path);
    const named = ['reader', 'editor', 'admin'].includes(route.access) ? `${path}${path.includes('?') ? '&' : '?'}workspace=shop` : path;
    const body = example?.body?.();
    return api.app.request(`http://localhost${named}`, {
      method: route.method,
      headers: {
        ...(await credential.headers()),
        ...(body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'text/csv' : 'application/json' }),
        ...extraHeaders,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  }

  it('declares for every route the access written out above', () => {
    const declared = Object.fromEntries(APP_ROUTES.map((route) => [`${route.method} ${route.path}`, route.access]));
    expect(declared).toEqual(Object.fromEntries(Object.entries(EXAMPLES).map(([route, example]) => [route, example.access])));
  });

  for (const route of APP_ROUTES) {
    it(`answers ${route.method} ${route.path} (${route.access}) as its access says, with the hardened headers, for every kind of caller`, async () => {
      const example = EXAMPLES[`${route.method} ${route.path}`];
      for (const credential of credentials) {
        const response = await call(route, credential);
        const want = expected(route.access, credential);
        const what = `${route.method} ${route.path} by ${credential.name}: ${response.status} ${await response.clone().text()}`;
        if (want !== 'allowed') expect(response.status, what).toBe(want);
        else if (example !== undefined) expect(response.status, what).toBe(example.status);
        else expect([401, 403, 404].includes(response.status) || response.status >= 500, what).toBe(false);
        if (want === 401 && route.access === 'reader') expect(response.headers.get('www-authenticate'), what).toBe('Bearer');
        await expectHardenedAnswer(route, response, what);
      }
    });
  }

  it('refuses every state-changing route called with a session cookie but without its CSRF token', async () => {
    const admin = credentials.find((credential) => credential.role === 'admin') as Credential;
    // Collection takes a site key, never a cookie: a browser's cookie opens nothing there.
    const unsafe = APP_ROUTES.filter((route) => !['GET', 'HEAD', 'OPTIONS'].includes(route.method) && !['anyone', 'siteKey'].includes(route.access));
    expect(unsafe.length).toBeGreaterThan(0);
    for (const route of unsafe) {
      const response = await call(route, admin, { 'x-csrf-token': 'forged' });
      expect(response.status, `${route.method} ${route.path}`).toBe(403);
    }
  });

  it('answers a key and a user for their own workspace only, and a name they cannot reach as if it did not exist', async () => {
    const report = async (headers: Record<string, string>, query = '') => {
      const response = await api.app.request(`/api/report${query}`, { headers });
      return { status: response.status, body: (await response.json()) as { error?: string; indicators?: { nps: { n: number } } } };
    };
    const otherKey = { authorization: `Bearer ${api.otherKey}` };
    expect((await report(otherKey)).body.indicators?.nps.n).toBe(0);
    expect((await report({ authorization: `Bearer ${api.key}` })).body.indicators).toHaveProperty('nps.n', expect.any(Number));
    const hidden = await report(otherKey, '?workspace=shop');
    const missing = await report(otherKey, '?workspace=nowhere');
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(hidden.body.error).toBe('There is no workspace "shop" you can reach.');
    expect(missing.body.error).toBe('There is no workspace "nowhere" you can reach.');
  });
});
