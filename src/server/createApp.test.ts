import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiFixture, openApiFixture } from '../test-support/apiFixture.js';
import { describeEachEngine, openTestStore } from '../test-support/engines.js';
import { createApp } from './createApp.js';
import type { Route } from './route.js';

describeEachEngine('the HTTP app', (engine) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await openApiFixture(engine, { orders: true });
  });
  afterAll(async () => api?.test.dispose());

  it.each([
    ['/api/report?from=2025-02-30', 'from "2025-02-30" is not a calendar date written YYYY-MM-DD.'],
    ['/api/report?to=9999-12-31', 'to "9999-12-31" is not a day of the years 1900 to 2200.'],
    ['/api/report?from=2025-03-01&to=2025-02-01', 'from 2025-03-01 is after to 2025-02-01.'],
    ['/api/report?where=channel%3Dweb%00', 'where "channel=web\\u0000" holds a NUL character, which no stored value has.'],
    ['/api/report?by=theme', 'by theme is not possible: a comment can mention several themes; use where theme=THEME, or barometre feedback.'],
    ['/api/clv?timeUnit=year', 'timeUnit "year" must be day or week.'],
    ['/api/clv?horizon=0x10', 'horizon "0x10" is not a number written in decimals (like 52 or 0.01).'],
    ['/api/clv?to=1997-09-30&discountRate=-1', 'discountRate -1 must be a number ≥ 0 (0.01 = 1% per time unit).'],
    ['/api/customers?segment=__proto__', 'segment "__proto__" is not one of champions, loyal, promising, at-risk, hibernating, lost.'],
    ['/api/feedback?source=constructor', 'source "constructor" is not one of all, responses, mentions.'],
    ['/api/feedback?perItem=yes', 'perItem "yes" is not true or false.'],
    ['/api/feedback?candidates=maybe', 'candidates "maybe" is not true or false.'],
    ['/api/feedback?where=sentiment=happy', 'where sentiment=happy: the sentiment is one of negative, neutral, positive.'],
  ])('answers %s with 400 and the error in the API’s words', async (path, error) => {
    const response = await api.get(path);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it.each([
    [
      '/api/report?form=2025-01-01',
      'The parameter "form" is unknown: this route takes from, to, where, by, churnWindow, churnModel, cohorts, interval, compare, format, lang, workspace.',
    ],
    ['/api/clv?format=xml', 'format "xml" is not one of json, csv, xlsx.'],
    ['/api/customers?format=', 'format "" is not one of json, csv, xlsx.'],
    ['/healthz?verbose=1', 'The parameter "verbose" is unknown: this route takes none.'],
  ])('refuses %s with 400 rather than ignoring what it cannot honour', async (path, error) => {
    const response = await api.get(path);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it('sends nosniff and no-store with data', async () => {
    const response = await api.get('/api/report');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers an unknown route with 404 in JSON, with or without a key', async () => {
    for (const [path, key] of [
      ['/api/nothing', api.key],
      ['/api/nothing', null],
      ['/nothing', null],
    ] as const) {
      const response = await api.get(path, key);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toHaveProperty('error');
    }
  });

  it('answers a wrong method on a known route 405 with Allow', async () => {
    for (const path of ['/api/report', '/healthz']) {
      const response = await api.app.request(path, { method: 'POST' });
      expect(response.status, path).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });
});

describe('createApp', () => {
  it('puts the access check on the routes that declare it only, wherever their path', async () => {
    const test = await openTestStore('duckdb');
    const handle: Route['handle'] = async (c) => c.json({ ok: true });
    try {
      const app = createApp(test.store, [
        { method: 'GET', path: '/api/open', access: 'anyone', parameters: [], handle },
        { method: 'GET', path: '/closed', access: 'reader', parameters: [], handle },
      ]);
      expect((await app.request('/api/open')).status).toBe(200);
      expect((await app.request('/closed')).status).toBe(401);
    } finally {
      await test.dispose();
    }
  });
});
