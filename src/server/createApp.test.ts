import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../importing/importFile.js';
import { createApiKey } from '../store/apiKeys.js';
import { writeCdnowOrdersCsv } from '../test-support/cdnowOrdersCsv.js';
import { findWorkspace } from '../store/workspaces.js';
import { describeEachEngine, openTestStore, type TestStore } from '../test-support/engines.js';
import { createApp } from './createApp.js';

const FIXTURES = join(import.meta.dirname, '..', 'services', 'report', 'fixtures');
const FEEDBACK_FIXTURES = join(import.meta.dirname, '..', 'services', 'feedback', 'fixtures');

describeEachEngine('the HTTP API', (engine) => {
  let test: TestStore;
  let key: string;
  let otherKey: string;
  let app: ReturnType<typeof createApp>;
  const get = (path: string, withKey: string | null = key) =>
    app.request(path, withKey === null ? {} : { headers: { authorization: `Bearer ${withKey}` } });

  beforeAll(async () => {
    test = await openTestStore(engine);
    const workspace = await findWorkspace(test.store, 'shop', { create: true });
    await importFile(test.store, { kind: 'responses', file: join(FIXTURES, 'responses.csv'), workspaceId: workspace.id });
    for (const kind of ['responses', 'mentions'] as const) {
      await importFile(test.store, { kind, file: join(FEEDBACK_FIXTURES, `${kind}.csv`), workspaceId: workspace.id });
    }
    const cdnowFile = join(mkdtempSync(join(tmpdir(), 'barometre-api-')), 'cdnow.csv');
    writeCdnowOrdersCsv(cdnowFile);
    await importFile(test.store, { kind: 'orders', file: cdnowFile, workspaceId: workspace.id });
    key = await createApiKey(test.store, workspace.id);
    otherKey = await createApiKey(test.store, (await findWorkspace(test.store, 'other', { create: true })).id);
    app = createApp(test.store);
  });
  afterAll(async () => test?.dispose());

  it('answers /healthz without a key', async () => {
    const response = await get('/healthz', null);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('serves the report JSON of the key’s workspace', async () => {
    const response = await get('/api/report?from=2025-03-01&to=2025-03-31');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { period: unknown; indicators: { nps: { n: number } } };
    expect(body.period).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(body.indicators.nps.n).toBe(6);
  });

  it('reads repeated where parameters and by', async () => {
    const response = await get('/api/report?from=2025-03-01&to=2025-03-31&where=population=customer&by=survey_id');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { groups: { key: string }[] };
    expect(body.groups.map((group) => group.key)).toEqual(['relation']);
  });

  it('keeps one workspace’s data from another workspace’s key', async () => {
    const body = (await (await get('/api/report', otherKey)).json()) as { indicators: { nps: { n: number } } };
    expect(body.indicators.nps.n).toBe(0);
  });

  it('refuses a missing or unknown key with 401 and a JSON error', async () => {
    for (const response of [await get('/api/report', null), await get('/api/report', 'brm_read_nope')]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toHaveProperty('error');
    }
  });

  it('answers bad parameters with 400 naming the field, never 500', async () => {
    const badDate = await get('/api/report?from=2025-02-30');
    expect(badDate.status).toBe(400);
    expect(((await badDate.json()) as { error: string }).error).toMatch(/^from "2025-02-30" is not a calendar date/);
    const badField = await get('/api/report?by=nope');
    expect(badField.status).toBe(400);
    expect(((await badField.json()) as { error: string }).error).toMatch(/"nope"/);
  });

  it.each([
    ['/api/report?to=9999-12-31', 'to "9999-12-31" is not a day of the years 1900 to 2200.'],
    ['/api/report?from=2025-03-01&to=2025-02-01', 'from 2025-03-01 is after to 2025-02-01.'],
    ['/api/report?by=theme', 'by theme is not possible: a comment can mention several themes; use where theme=THEME, or barometre feedback.'],
    ['/api/clv?timeUnit=year', 'timeUnit "year" must be day or week.'],
    ['/api/clv?horizon=0x10', 'horizon "0x10" is not a number written in decimals (like 52 or 0.01).'],
    ['/api/clv?to=1997-09-30&discountRate=-1', 'discountRate -1 must be a number ≥ 0 (0.01 = 1% per time unit).'],
    ['/api/customers?segment=__proto__', 'segment "__proto__" is not one of champions, loyal, promising, at-risk, hibernating, lost.'],
    ['/api/feedback?source=constructor', 'source "constructor" is not one of all, responses, mentions.'],
    ['/api/feedback?perItem=yes', 'perItem "yes" is not true or false.'],
    ['/api/feedback?where=sentiment=happy', 'where sentiment=happy: the sentiment is one of negative, neutral, positive.'],
  ])('answers %s with 400 and the error in the API’s words', async (path, error) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error });
  });

  it('serves the customer-value models of the key’s workspace', async () => {
    const response = await get('/api/clv?to=1997-09-30&timeUnit=week');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { model: string; params: { r: number }; customers: unknown[] };
    expect(body.model).toBe('bgnbd');
    expect(body.params.r).toBeCloseTo(0.243, 3);
    expect(body.customers).toHaveLength(2357);
  });

  it('lists customers as JSON or CSV, one segment if asked', async () => {
    const json = (await (await get('/api/customers?to=1997-09-30&segment=lost')).json()) as { customers: { segment: string }[] };
    expect(json.customers.length).toBeGreaterThan(0);
    expect(new Set(json.customers.map((customer) => customer.segment))).toEqual(new Set(['lost']));
    const csv = await get('/api/customers?to=1997-09-30&format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await csv.text()).split('\n')[0]).toBe('customer_id,r,f,m,pAlive,expectedPurchases,clv,lastNpsCategory,engagementScore,segment');
  });

  it('refuses bad model settings with 400, and a workspace without orders too', async () => {
    expect((await get('/api/clv?model=magic')).status).toBe(400);
    expect((await get('/api/customers?segment=vip')).status).toBe(400);
    expect((await get('/api/clv', otherKey)).status).toBe(400);
  });

  it('serves the feedback analysis of the key’s workspace, per item on request, and refuses bad parameters with 400', async () => {
    const response = await get('/api/feedback?perItem=true');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { items: number; sentiment: { positive: number; neutral: number; negative: number }; themes: unknown[]; perItem: { id: string }[] };
    expect(body.items).toBe(14);
    expect(body.perItem).toHaveLength(14);
    expect(body.sentiment.positive + body.sentiment.neutral + body.sentiment.negative).toBe(body.items);
    const other = (await (await get('/api/feedback', otherKey)).json()) as { items: number };
    expect(other.items).toBe(0);
    for (const bad of ['/api/feedback?source=tweets', '/api/feedback?where=sentiment=happy', '/api/feedback?from=yesterday']) {
      const refused = await get(bad);
      expect(refused.status, bad).toBe(400);
      expect(Object.keys((await refused.json()) as object)).toEqual(['error']);
    }
  });

  it('answers an unknown route with 404 in JSON', async () => {
    const response = await get('/api/nothing');
    expect(response.status).toBe(404);
    expect(await response.json()).toHaveProperty('error');
  });
});
