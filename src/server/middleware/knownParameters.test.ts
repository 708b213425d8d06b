import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { knownParameters } from './knownParameters.js';
import { onError } from './errors.js';

describe('knownParameters', () => {
  const app = new Hono();
  app.get('/report', knownParameters(['from', 'to', 'where']), (c) => c.json({ ok: true }));
  app.get('/health', knownParameters([]), (c) => c.json({ ok: true }));
  app.onError(onError);

  it('lets through a request with known parameters only, repeated or not, or none', async () => {
    for (const path of ['/report', '/report?from=2025-01-01', '/report?where=a%3Db&where=c%3Dd', '/health']) {
      expect((await app.request(path)).status, path).toBe(200);
    }
  });

  it('refuses a parameter given twice when the route reads one value of it (parameter pollution)', async () => {
    const response = await app.request('/report?to=2025-01-31&where=a%3Db&to=2025-12-31');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'The parameter "to" is given 2 times; it takes one value.' });
  });

  it('refuses an unknown parameter with 400, naming it and the ones the route takes', async () => {
    const response = await app.request('/report?from=2025-01-01&form=2025-02-01');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'The parameter "form" is unknown: this route takes from, to, where.' });
  });

  it('refuses any parameter on a route that takes none, prototype names included', async () => {
    for (const name of ['x', '__proto__', 'constructor']) {
      const response = await app.request(`/health?${name}=1`);
      expect(response.status, name).toBe(400);
      expect(await response.json()).toEqual({ error: `The parameter "${name}" is unknown: this route takes none.` });
    }
  });
});
