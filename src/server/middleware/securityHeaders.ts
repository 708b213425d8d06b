import type { MiddlewareHandler } from 'hono';

/**
 * Headers on every answer: `X-Content-Type-Options: nosniff` (a browser takes JSON and CSV
 * for what the content type says, never for a script or a page), and `Cache-Control: no-store`
 * (a workspace's data is never kept by a browser or a proxy between two callers) unless the
 * route set its own (the public tracker, /script.js).
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
};
