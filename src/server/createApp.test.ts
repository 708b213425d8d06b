import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiFixture, openApiFixture } from '../test-support/apiFixture.js';
import { describeEachEngine, openTestStore } from '../test-support/engines.js';
import { APP_ROUTES } from './appRoutes.js';
import { createApp } from './createApp.js';
import type { Route } from './route.js';

/**
 * What each route answers the key of workspace "other", which holds no data: the proof that
 * it reads the key's own workspace, not the shop's. A new route without an entry fails the walk.
 */
const OWN_WORKSPACE_ONLY: Record<string, (response: Response) => Promise<void>> = {
  '/healthz': async (response) => expect(await response.json()).toEqual({ ok: true }),
  '/api/report': async (response) => expect(((await response.json()) as { indicators: { nps: { n: number } } }).indicators.nps.n).toBe(0),
  '/api/clv': async (response) => expect(response.status).toBe(400),
  '/api/customers': async (response) => expect(response.status).toBe(400),
  '/api/feedback': async (response) => expect(((await response.json()) as { items: number }).items).toBe(0),
};

describeEachEngine('the HTTP app', (engine) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await openApiFixture(engine, { orders: true });
  });
  afterAll(async () => api?.test.dispose());

  it('declares who may call every route, and the walk below covers them all', () => {
    expect(APP_ROUTES.map((route) => route.path).sort()).toEqual(Object.keys(OWN_WORKSPACE_ONLY).sort());
  });

  for (const route of APP_ROUTES) {
    it(`answers ${route.method} ${route.path} (${route.access}) with no key, a wrong key and another workspace’s key as declared`, async () => {
      const noKey = await api.get(route.path, null);
      const wrongKey = await api.get(route.path, 'brm_read_nope');
      if (route.access === 'readKey') {
        for (const refused of [noKey, wrongKey]) {
          expect(refused.status).toBe(401);
          expect(refused.headers.get('www-authenticate')).toBe('Bearer');
        }
      } else {
        expect(noKey.status).toBe(200);
        expect(wrongKey.status).toBe(200);
      }
      await OWN_WORKSPACE_ONLY[route.path]?.(await api.get(route.path, api.otherKey));
    });
  }

  it('sends nosniff and no-store with data', async () => {
    const response = await api.get('/api/report');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers an unknown route with 404 in JSON, behind the key under /api/', async () => {
    expect((await api.get('/api/nothing', null)).status).toBe(401);
    for (const path of ['/api/nothing', '/nothing']) {
      const response = await api.get(path);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toHaveProperty('error');
    }
  });

  it('answers a wrong method on a known route 405 with Allow, after the key check', async () => {
    const request = (path: string, authorization?: string) => api.app.request(path, { method: 'POST', headers: authorization ? { authorization } : {} });
    expect((await request('/api/report')).status).toBe(401);
    for (const response of [await request('/api/report', `Bearer ${api.key}`), await request('/healthz')]) {
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });
});

describe('createApp', () => {
  it('refuses a route whose access disagrees with its path', async () => {
    const test = await openTestStore('duckdb');
    const handle: Route['handle'] = async (c) => c.json({});
    try {
      expect(() => createApp(test.store, [{ method: 'GET', path: '/collect', access: 'readKey', handle }])).toThrow(/\/collect is declared "readKey" but is not under \/api\//);
      expect(() => createApp(test.store, [{ method: 'GET', path: '/api/collect', access: 'anyone', handle }])).toThrow(/\/api\/collect is declared "anyone" but is under \/api\//);
    } finally {
      await test.dispose();
    }
  });
});
