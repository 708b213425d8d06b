import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './securityHeaders.js';

describe('the security headers middleware', () => {
  it('marks answers nosniff and no-store, errors included', async () => {
    const app = new Hono();
    app.use(securityHeaders);
    app.get('/data', (c) => c.json({ ok: true }));
    for (const path of ['/data', '/missing']) {
      const response = await app.request(path);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });

  it('keeps the Cache-Control a route set for itself', async () => {
    const app = new Hono();
    app.use(securityHeaders);
    app.get('/public', (c) => c.text('ok', 200, { 'Cache-Control': 'public, max-age=60' }));
    const response = await app.request('/public');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
