import fc from 'fast-check';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../services/report/buildReport.js';
import { parseReportQuery } from '../../services/report/reportQuery.js';
import { createApiKey, revokeApiKey } from '../../store/apiKeys.js';
import type { Store } from '../../store/Store.js';
import { findWorkspace } from '../../store/workspaces.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { createApp } from '../createApp.js';
import type { AppEnv } from '../route.js';
import { collectRoutes } from './collect.js';

/** A desktop Chrome's user agent: what a tracker's requests carry. */
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

interface Fixture {
  test: TestStore;
  app: Hono<AppEnv>;
  workspaceId: number;
  siteKey: string;
  readKey: string;
  revokedKey: string;
  otherSiteKey: string;
}

async function openFixture(engine: 'duckdb' | 'postgres', limit = { rate: 10_000, burst: 10_000 }): Promise<Fixture> {
  const test = await openTestStore(engine);
  const workspaceId = (await findWorkspace(test.store, 'shop', { create: true })).id;
  const otherId = (await findWorkspace(test.store, 'other', { create: true })).id;
  const revoked = await createApiKey(test.store, workspaceId, 'site');
  await revokeApiKey(test.store, workspaceId, revoked.id);
  return {
    test,
    workspaceId,
    app: createApp(test.store, collectRoutes(limit)),
    siteKey: (await createApiKey(test.store, workspaceId, 'site')).key,
    readKey: (await createApiKey(test.store, workspaceId, 'read')).key,
    revokedKey: revoked.key,
    otherSiteKey: (await createApiKey(test.store, otherId, 'site')).key,
  };
}

/** POSTs `body` (JSON-encoded unless a string) to /api/collect with `headers` (a Chrome user agent and application/json unless given). */
async function post(app: Hono<AppEnv>, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return await app.request('/api/collect', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': CHROME, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function storedEvents(store: Store, workspaceId: number) {
  return store.query<{
    event_id: string;
    visitor_id: string;
    type: string;
    url: string;
    referrer: string | null;
    customer_id: string | null;
    attributes: string;
  }>(
    'read events',
    `select event_id, visitor_id, type, url, referrer, customer_id, cast(attributes as text) as attributes from events where workspace_id = ${workspaceId} order by event_id`,
  );
}

describeEachEngine('POST /api/collect', (engine) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await openFixture(engine);
  });
  afterAll(async () => f?.test.dispose());

  it('stores one event sent with the key in the header, with its derived attributes, and answers 202 once stored', async () => {
    const response = await post(
      f.app,
      {
        type: 'pageview',
        url: 'https://shop.example/p/1?utm_source=news&utm_campaign=spring',
        referrer: 'https://www.google.com/search',
        event_id: 'single-1',
      },
      { ...bearer(f.siteKey), 'user-agent': IPHONE },
    );
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 1, dropped: 0 });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const [event] = (await storedEvents(f.test.store, f.workspaceId)).filter((row) => row.event_id === 'single-1');
    expect(event).toMatchObject({
      type: 'pageview',
      url: 'https://shop.example/p/1?utm_source=news&utm_campaign=spring',
      referrer: 'https://www.google.com/search',
    });
    expect(event?.visitor_id).toMatch(/^d:[A-Za-z0-9_-]{22}$/);
    expect(JSON.parse(event!.attributes)).toEqual({
      device: 'mobile',
      browser: 'Mobile Safari',
      os: 'iOS',
      utm_source: 'news',
      utm_campaign: 'spring',
      source: 'news',
    });
  });

  it('stores a batch sent as text/plain with the key in the body (what sendBeacon sends), and a resend replaces instead of duplicating', async () => {
    const events = [
      { type: 'pageview', url: 'https://shop.example/', referrer: 'https://www.news.example/a', event_id: 'b-1', visitor_id: 'v-1' },
      { type: 'pageview', url: 'https://shop.example/cart', referrer: 'https://shop.example/', event_id: 'b-2', visitor_id: 'v-1' },
      { type: 'engagement', url: 'https://shop.example/cart', engaged_seconds: 12.5, event_id: 'b-3', visitor_id: 'v-1' },
      {
        type: 'purchase',
        url: 'https://shop.example/done',
        amount: 59.9,
        props: { plan: 'gold', items: 2, gift: false },
        event_id: 'b-4',
        visitor_id: 'v-1',
        customer_id: 'c-9',
      },
    ];
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await post(f.app, { key: f.siteKey, events }, { 'content-type': 'text/plain;charset=UTF-8' });
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ accepted: 4, dropped: 0 });
    }
    const stored = (await storedEvents(f.test.store, f.workspaceId)).filter((row) => row.event_id.startsWith('b-'));
    expect(stored.map((row) => row.event_id)).toEqual(['b-1', 'b-2', 'b-3', 'b-4']);
    const attributes = stored.map((row) => JSON.parse(row.attributes) as Record<string, unknown>);
    expect(attributes[0]).toMatchObject({ source: 'news.example', device: 'desktop', browser: 'Chrome', os: 'Windows' });
    expect(attributes[1]?.source).toBeUndefined();
    expect(attributes[2]).toMatchObject({ source: 'direct', engaged_seconds: 12.5 });
    expect(attributes[3]).toMatchObject({ amount: 59.9, plan: 'gold', items: 2, gift: false });
    expect(stored[3]?.customer_id).toBe('c-9');
    const keys = await f.test.store.query<{ key: string }>(
      'keys',
      `select key from attribute_keys where workspace_id = ${f.workspaceId} and kind = 'events' order by key`,
    );
    expect(keys.map((row) => row.key)).toEqual(
      expect.arrayContaining(['amount', 'browser', 'device', 'engaged_seconds', 'gift', 'os', 'plan', 'source', 'utm_campaign']),
    );
    const sessions = await f.test.store.query<{ events: number; pageviews: number }>(
      'sessions',
      `select events, pageviews from sessions where workspace_id = ${f.workspaceId} and visitor_id = 'v-1'`,
    );
    expect(sessions).toEqual([{ events: 4, pageviews: 2 }]);
  });

  it('makes events count in the report: sessions, and a split by device', async () => {
    const report = await buildReport(f.test.store, f.workspaceId, parseReportQuery({ by: 'device' }));
    const sessions = report.indicators.sessions as { count: number };
    expect(sessions.count).toBeGreaterThanOrEqual(2);
    expect((report.groups ?? []).map((group) => group.key).sort()).toEqual(['desktop', 'mobile']);
  });

  it('gives the same cookieless visitor id to one browser all day, another to another browser', async () => {
    for (const [id, agent] of [
      ['d-1', CHROME],
      ['d-2', CHROME],
      ['d-3', IPHONE],
    ] as const) {
      expect((await post(f.app, { type: 'pageview', url: 'https://shop.example/', event_id: id }, { ...bearer(f.siteKey), 'user-agent': agent })).status).toBe(
        202,
      );
    }
    const ids = (await storedEvents(f.test.store, f.workspaceId)).filter((row) => row.event_id.startsWith('d-')).map((row) => row.visitor_id);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).not.toBe(ids[0]);
    const salts = await f.test.store.query<{ n: number }>('salts', 'select count(*) as n from visitor_salts');
    expect(salts[0]?.n).toBe(1);
  });

  it('refuses a site key within a second of its revocation, though it was just used', async () => {
    const made = await createApiKey(f.test.store, f.workspaceId, 'site');
    expect((await post(f.app, { type: 'pageview', url: 'https://shop.example/' }, bearer(made.key))).status).toBe(202);
    await revokeApiKey(f.test.store, f.workspaceId, made.id);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await post(f.app, { type: 'pageview', url: 'https://shop.example/' }, bearer(made.key))).status).toBe(401);
  });

  it('drops the events of a bot with 202 and counts them', async () => {
    const response = await post(
      f.app,
      { events: [{ type: 'pageview', url: 'https://shop.example/x', event_id: 'bot-1' }] },
      { ...bearer(f.siteKey), 'user-agent': 'Googlebot/2.1 (+http://www.google.com/bot.html)' },
    );
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ accepted: 0, dropped: 1 });
    expect((await storedEvents(f.test.store, f.workspaceId)).some((row) => row.event_id === 'bot-1')).toBe(false);
  });

  it('answers the CORS preflight for this route: any origin, POST, Content-Type and Authorization, no credentials', async () => {
    const response = await f.app.request('/api/collect', {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('Content-Type,Authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  const valid = { type: 'pageview', url: 'https://shop.example/' };
  const refusals: [string, () => [unknown, Record<string, string>], number, RegExp][] = [
    ['no key', () => [valid, {}], 401, /needs a site key/],
    ['an unknown key', () => [valid, bearer('brm_site_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')], 401, /not valid/],
    ['a revoked key', () => [valid, bearer(f.revokedKey)], 401, /not valid/],
    ['a revoked key in the body', () => [{ ...valid, key: f.revokedKey }, {}], 401, /not valid/],
    ['a read key', () => [valid, bearer(f.readKey)], 403, /A read key only reads/],
    ['malformed JSON', () => ['{"type": "pageview",', bearer(f.siteKey)], 400, /^The body is not valid JSON/],
    ['a JSON array', () => [[valid], bearer(f.siteKey)], 400, /^The body must be a JSON object/],
    ['a missing url', () => [{ type: 'pageview' }, bearer(f.siteKey)], 400, /^url is missing\.$/],
    ['a number for a type', () => [{ ...valid, type: 7 }, bearer(f.siteKey)], 400, /^type 7 is not 1 to 64 letters/],
    [
      'an ftp url',
      () => [{ ...valid, url: 'ftp://shop.example/' }, bearer(f.siteKey)],
      400,
      /^url "ftp:\/\/shop.example\/" is not an absolute http or https URL/,
    ],
    ['an unknown field', () => [{ ...valid, colour: 'red' }, bearer(f.siteKey)], 400, /^colour is not a field this route takes/],
    [
      'an unknown field in a batch event',
      () => [{ events: [valid, valid, valid, { ...valid, ip: '1.2.3.4' }] }, bearer(f.siteKey)],
      400,
      /^events\[3\]\.ip is not a field/,
    ],
    ['a bad url in a batch', () => [{ events: [valid, valid, valid, { ...valid, url: 'nope' }] }, bearer(f.siteKey)], 400, /^events\[3\]\.url "nope" is not/],
    ['1,001 events', () => [{ events: Array.from({ length: 1001 }, () => valid) }, bearer(f.siteKey)], 400, /^events holds 1001 events: send at most 1000/],
    ['no events', () => [{ events: [] }, bearer(f.siteKey)], 400, /^events is empty/],
    ['a NUL in a customer id', () => [{ ...valid, customer_id: 'a\u0000b' }, bearer(f.siteKey)], 400, /^customer_id /],
    ['a lone surrogate in a prop', () => [{ ...valid, props: { note: '\ud800' } }, bearer(f.siteKey)], 400, /^props\.note /],
    [
      'a prop named like a derived attribute',
      () => [{ ...valid, props: { device: 'x' } }, bearer(f.siteKey)],
      400,
      /^props\.device "device" is a name the server keeps/,
    ],
    [
      '21 props',
      () => [{ ...valid, props: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`p${i}`, i])) }, bearer(f.siteKey)],
      400,
      /^props has more than 20 props/,
    ],
    ['a nested prop', () => [{ ...valid, props: { a: { b: 1 } } }, bearer(f.siteKey)], 400, /^props\.a \{"b":1\} is not a text/],
    ['engaged seconds past a day', () => [{ ...valid, engaged_seconds: 86_401 }, bearer(f.siteKey)], 400, /^engaged_seconds 86401 is not a number of seconds/],
    ['a negative amount', () => [{ ...valid, amount: -1 }, bearer(f.siteKey)], 400, /^amount -1 is not/],
    ['an event id with a space', () => [{ ...valid, event_id: 'a b' }, bearer(f.siteKey)], 400, /^event_id "a b" is not/],
    ['a day-scoped visitor id', () => [{ ...valid, visitor_id: 'd:abc' }, bearer(f.siteKey)], 400, /^visitor_id "d:abc" is not/],
    [
      'a time an hour ahead',
      () => [{ ...valid, occurred_at: new Date(Date.now() + 3_600_000).toISOString() }, bearer(f.siteKey)],
      400,
      /^occurred_at .* is more than 5 minutes in the future\.$/,
    ],
    [
      'February 30',
      () => [{ ...valid, occurred_at: '2026-02-30T10:00:00Z' }, bearer(f.siteKey)],
      400,
      /^occurred_at "2026-02-30T10:00:00Z" is not an ISO 8601 time/,
    ],
    ['a time without offset', () => [{ ...valid, occurred_at: '2026-02-03T10:00:00' }, bearer(f.siteKey)], 400, /^occurred_at /],
    [
      'a time of the year 1800',
      () => [{ ...valid, occurred_at: '1800-02-03T10:00:00Z' }, bearer(f.siteKey)],
      400,
      /^occurred_at "1800-02-03T10:00:00Z" is not a time of the years 1900 to 2200/,
    ],
    [
      'a form body',
      () => ['type=pageview', { ...bearer(f.siteKey), 'content-type': 'application/x-www-form-urlencoded' }],
      415,
      /application\/json or text\/plain/,
    ],
  ];
  it.each(refusals)('refuses %s with its status and one sentence naming the field', async (_, make, status, error) => {
    const [body, headers] = make();
    const response = await post(f.app, body, headers);
    expect(response.status).toBe(status);
    const answer = (await response.json()) as Record<string, string>;
    expect(Object.keys(answer)).toEqual(['error']);
    expect(answer.error).toMatch(error);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('refuses a body over 1 MiB with 413, by its Content-Length or by counting a streamed body', async () => {
    const big = JSON.stringify({ events: [{ type: 'pageview', url: `https://shop.example/${'x'.repeat(1024 * 1024)}` }] });
    const declared = await post(f.app, big, bearer(f.siteKey));
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: 'The body is larger than 1048576 bytes (1 MiB): send fewer events per request.' });
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
        controller.close();
      },
    });
    const streamed = await f.app.request('/api/collect', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(f.siteKey) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('answers random bodies and headers with a 4xx and one error sentence, never a 5xx', async () => {
    const header = fc.constantFrom('content-type', 'authorization', 'user-agent', 'x-forwarded-for', 'content-length');
    const json = fc.oneof(
      fc.jsonValue(),
      fc.record({ type: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()), props: fc.dictionary(fc.string(), fc.jsonValue()) }, { requiredKeys: [] }),
      fc.record({
        events: fc.array(fc.record({ type: fc.constant('pageview'), url: fc.webUrl(), amount: fc.jsonValue(), occurred_at: fc.string() }), { maxLength: 5 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          json.map((value) => JSON.stringify(value) ?? ''),
          fc.string(),
        ),
        fc.dictionary(header, fc.string({ unit: 'binary-ascii' })),
        async (body, headers) => {
          const printable = Object.fromEntries(Object.entries(headers).filter(([, value]) => /^[\t\x20-\x7e]*$/.test(value)));
          const response = await f.app.request('/api/collect', {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...printable, ...bearer(f.siteKey) },
            body,
          });
          expect(response.status).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            const answer = (await response.json()) as Record<string, unknown>;
            expect(Object.keys(answer)).toEqual(['error']);
            expect(String(answer.error)).not.toMatch(/\n\s+at /);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the per-key rate limit of POST /api/collect', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await openFixture('duckdb', { rate: 1, burst: 2 });
  });
  afterAll(async () => f?.test.dispose());

  it('answers 429 with Retry-After once a key has spent its burst, and counts keys apart', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(f.app, { type: 'pageview', url: 'https://shop.example/' }, bearer(f.siteKey))).status);
    expect(statuses).toEqual([202, 202, 429]);
    const refused = await post(f.app, { type: 'pageview', url: 'https://shop.example/' }, bearer(f.siteKey));
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { error: string }).error).toBe('This site key sent more than 1 requests a second; try again in 1 s.');
    expect((await post(f.app, { type: 'pageview', url: 'https://shop.example/' }, bearer(f.otherSiteKey))).status).toBe(202);
  });
});

describe('the client address behind a trusted proxy', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await openFixture('duckdb');
  });
  afterAll(async () => {
    delete process.env.BAROMETRE_TRUST_PROXY;
    await f?.test.dispose();
  });

  /** The visitor id stored for a cookieless pageview sent with `forwarded` as X-Forwarded-For. */
  async function visitorFrom(forwarded: string, eventId: string): Promise<string | undefined> {
    expect(
      (await post(f.app, { type: 'pageview', url: 'https://shop.example/', event_id: eventId }, { ...bearer(f.siteKey), 'x-forwarded-for': forwarded })).status,
    ).toBe(202);
    return (await storedEvents(f.test.store, f.workspaceId)).find((row) => row.event_id === eventId)?.visitor_id;
  }

  it('ignores X-Forwarded-For unless BAROMETRE_TRUST_PROXY=1, and then takes its last address', async () => {
    expect(await visitorFrom('203.0.113.1', 'p-1')).toBe(await visitorFrom('203.0.113.2', 'p-2'));
    process.env.BAROMETRE_TRUST_PROXY = '1';
    const first = await visitorFrom('198.51.100.7, 203.0.113.1', 'p-3');
    expect(await visitorFrom('192.0.2.99, 203.0.113.1', 'p-4')).toBe(first);
    expect(await visitorFrom('203.0.113.2', 'p-5')).not.toBe(first);
  });
});
