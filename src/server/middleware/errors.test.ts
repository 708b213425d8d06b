import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { DataError, NotFoundError, StoreError, UsageError } from '../../errors/errors.js';
import { ModelError } from '../../models/ModelError.js';
import type { Route } from '../route.js';
import { notFound, onError, STORE_UNAVAILABLE } from './errors.js';

describe('the error mapping', () => {
  const failing = (error: Error) => {
    const app = new Hono();
    app.get('/fail', () => {
      throw error;
    });
    app.onError(onError);
    return app.request('/fail');
  };

  it('answers each error class with its status and one error field', async () => {
    const cases: [Error, number][] = [
      [new UsageError('timeUnit "year" is not one of day, week.'), 400],
      [new DataError('The file has bad rows.', 'x.csv'), 400],
      [new NotFoundError('There is no workspace "x".'), 404],
      [new ModelError('The model did not converge.'), 422],
    ];
    for (const [error, status] of cases) {
      const response = await failing(error);
      expect(response.status, error.name).toBe(status);
      expect(await response.json()).toEqual({ error: error.message });
    }
  });

  it('answers a StoreError 503 with one sentence, keeping the engine’s message in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await failing(new StoreError('Query x failed on PostgreSQL: terminating connection due to administrator command'));
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: STORE_UNAVAILABLE });
    expect(log.mock.calls[0]?.[0]).toMatch(/administrator command/);
    log.mockRestore();
  });

  it('answers anything unexpected 500 without its details', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await failing(new TypeError('x is undefined'));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toMatch(/undefined/);
    log.mockRestore();
  });
});

describe('the not-found handler', () => {
  const routes: Route[] = [{ method: 'GET', path: '/thing', access: 'anyone', parameters: [], handle: async (c) => c.json({}) }];
  const app = new Hono();
  app.get('/thing', (c) => c.json({}));
  app.notFound(notFound(routes));

  it('answers a wrong method on a known path 405 with Allow', async () => {
    const response = await app.request('/thing', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(((await response.json()) as { error: string }).error).toBe('The route /thing answers GET, HEAD, not POST.');
  });

  it('answers an unknown path 404 naming it', async () => {
    const response = await app.request('/nothing');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'There is no route GET /nothing.' });
  });
});
