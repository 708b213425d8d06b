import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreError } from '../errors/errors.js';
import type { Session, Store } from '../store/Store.js';
import { findWorkspace } from '../store/workspaces.js';
import { openTestStore } from '../test-support/engines.js';
import { APP_ROUTES } from './appRoutes.js';
import { createApp } from './createApp.js';
import { STORE_UNAVAILABLE } from './middleware/errors.js';
import type { Route } from './route.js';

/**
 * A store every call of which fails with `error`: the database is down (a StoreError), or
 * something unforeseen broke (any other error, with its stack).
 */
function failingStore(error: () => Error): Store {
  return new Proxy({} as Store, {
    get(_, property) {
      if (property === 'engine') return 'duckdb';
      if (property === 'location') return 'a store that fails';
      if (property === 'then') return undefined;
      return () => Promise.reject(error());
    },
  });
}

/** The tables that say who a caller is and what they may do. */
const CREDENTIAL_TABLES = /\b(api_keys|auth_sessions|users|memberships)\b/;

/**
 * `store`, except that every query reading or writing the credential tables fails as a
 * database that went away does: the data could be served, but no caller can be checked.
 */
function credentialsFailing<T extends Session>(store: T): T {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'query' || property === 'queryColumns') {
        return (name: string, sql: string, params?: Record<string, never>) =>
          CREDENTIAL_TABLES.test(sql)
            ? Promise.reject(new StoreError(`Query "${name}" failed: the connection was lost.`))
            : target[property](name, sql, params);
      }
      if (property === 'transaction')
        return (work: (session: Session) => Promise<unknown>) => (target as unknown as Store).transaction((session) => work(credentialsFailing(session)));
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Credentials a request may present; none of them can be checked while the store fails. */
const SECRETS = { key: 'K'.repeat(32), token: 'S'.repeat(43), csrf: 'C'.repeat(43), password: 'correct horse battery staple' };
/** A person's address an engine's message quotes (ASVS 7.1.2): it never reaches the log. */
const QUOTED_EMAIL = 'ana.martin@exemple.fr';
const CALLERS: Record<string, Record<string, string>> = {
  'no credential': {},
  'a well-formed read key': { authorization: `Bearer brm_read_0123456789ab_${SECRETS.key}` },
  'a well-formed site key': { authorization: `Bearer brm_site_0123456789ab_${SECRETS.key}` },
  'a session cookie and its CSRF header': { cookie: `brm_session=${SECRETS.token}`, 'x-csrf-token': SECRETS.csrf },
};

/** The only bodies a 5xx may have: one sentence, never the error's message or stack. */
const FIVE_XX_BODIES = [{ error: STORE_UNAVAILABLE }, { error: 'Internal error; the server log has the details.' }];

/** Calls every route as every caller of {@link CALLERS}, with a body that would be valid for most. */
async function callEveryRoute(app: ReturnType<typeof createApp>, check: (route: Route, response: Response, what: string) => Promise<void>) {
  for (const route of APP_ROUTES) {
    const path = route.path.replace(':id', '0123456789ab');
    const named = ['reader', 'editor', 'admin'].includes(route.access) ? `${path}?workspace=shop` : path;
    for (const [caller, headers] of Object.entries(CALLERS)) {
      const response = await app.request(`http://localhost${named}`, {
        method: route.method,
        headers: { ...headers, 'content-type': 'application/json', origin: 'http://localhost' },
        ...(['GET', 'HEAD', 'OPTIONS'].includes(route.method) ? {} : { body: JSON.stringify({ kind: 'read', email: 'a@b.fr', password: SECRETS.password }) }),
      });
      await check(route, response, `${route.method} ${route.path} by ${caller}: ${response.status} ${await response.clone().text()}`);
    }
  }
}

describe('every route while the store fails (ASVS V4.1.5, V7.1.1, V7.4.1)', () => {
  let logged: string[];
  beforeEach(() => {
    logged = [];
    const keep = (...values: unknown[]) => {
      logged.push(values.map((value) => (value instanceof Error ? `${value.stack}` : String(value))).join(' '));
    };
    for (const method of ['error', 'warn', 'log', 'info'] as const) vi.spyOn(console, method).mockImplementation(keep);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    // The log has the failures, never a credential a request carried.
    expect(logged.length).toBeGreaterThan(0);
    for (const secret of [...Object.values(SECRETS), QUOTED_EMAIL]) expect(logged.join('\n')).not.toContain(secret);
  });

  for (const [failure, error] of [
    ['the store is down', () => new StoreError('Query "find api key" failed on PostgreSQL: terminating connection due to administrator command')],
    ['an unforeseen error', () => new TypeError("Cannot read properties of undefined (reading 'key_hash')")],
    [
      'the engine quotes a value',
      () =>
        new StoreError(`Query "add user" failed on PostgreSQL: duplicate key value violates unique constraint; Key (email)=(${QUOTED_EMAIL}) already exists.`),
    ],
    ['an unforeseen error quotes a value', () => new Error(`Conversion Error: could not convert string '${QUOTED_EMAIL}' to INT32`)],
  ] as const) {
    it(`refuses every private route, and answers 5xx with one sentence only, when ${failure}`, async () => {
      await callEveryRoute(createApp(failingStore(error)), async (route, response, what) => {
        // Failing closed: a route that checks who calls never lets a request through when it cannot check.
        if (route.access !== 'anyone') expect(response.status, what).toBeGreaterThanOrEqual(400);
        if (response.status >= 500) expect(FIVE_XX_BODIES, what).toContainEqual(await response.json());
        expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      });
    });
  }

  it('refuses every private route when only the credentials cannot be read, though the data could be', async () => {
    const test = await openTestStore('duckdb');
    try {
      await findWorkspace(test.store, 'shop', { create: true });
      await callEveryRoute(createApp(credentialsFailing(test.store)), async (route, response, what) => {
        if (route.access !== 'anyone') expect(response.status, what).toBeGreaterThanOrEqual(400);
        if (response.status >= 500) expect(FIVE_XX_BODIES, what).toContainEqual(await response.json());
      });
    } finally {
      await test.dispose();
    }
  });
});
