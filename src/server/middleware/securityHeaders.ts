import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy of an answer that is not a page (JSON, CSV, an error): it may
 * load nothing and be framed by nobody (OWASP REST Security Cheat Sheet, "Security headers").
 */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Headers on every answer: `X-Content-Type-Options: nosniff` (a browser takes JSON and CSV
 * for what the content type says, never for a script or a page), `Referrer-Policy:
 * no-referrer` (a page of Baromètre never tells another site its address, which may name a
 * workspace), {@link DATA_POLICY} unless the route set its own policy (the pages), and
 * `Cache-Control: no-store` (a workspace's data is never kept by a browser or a proxy between
 * two callers) unless the route set its own (the public tracker, /script.js).
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'no-referrer');
  if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', DATA_POLICY);
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
};
