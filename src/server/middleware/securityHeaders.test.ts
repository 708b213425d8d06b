import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { DATA_POLICY, securityHeaders } from './securityHeaders.js';

describe('the security headers middleware', () => {
  it('marks answers nosniff, no-referrer, no-store and unframeable, errors included, and JSON as a download', async () => {
    const app = new Hono();
    app.use(securityHeaders);
    app.get('/data', (c) => c.json({ ok: true }));
    for (const path of ['/data', '/missing']) {
      const response = await app.request(path);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('content-security-policy'), path).toBe(DATA_POLICY);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
    expect((await app.request('/data')).headers.get('content-disposition')).toBe('attachment; filename="barometre.json"');
  });

  it('marks CSV as a download too, and leaves a page and a script to be shown', async () => {
    const app = new Hono();
    app.use(securityHeaders);
    app.get('/csv', (c) => c.body('a,b\n', 200, { 'Content-Type': 'text/csv; charset=utf-8' }));
    app.get('/page', (c) => c.html('<p>hi</p>'));
    app.get('/script.js', (c) => c.body('1', 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
    expect((await app.request('/csv')).headers.get('content-disposition')).toBe('attachment; filename="barometre.csv"');
    for (const path of ['/page', '/script.js']) expect((await app.request(path)).headers.get('content-disposition'), path).toBeNull();
  });

  it('keeps the Cache-Control and the Content-Security-Policy a route set for itself', async () => {
    const app = new Hono();
    app.use(securityHeaders);
    app.get('/public', (c) => c.text('ok', 200, { 'Cache-Control': 'public, max-age=60', 'Content-Security-Policy': "default-src 'self'" }));
    const response = await app.request('/public');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
