import type { MiddlewareHandler } from 'hono';

/**
 * The Content-Security-Policy of an answer that is not a page (JSON, CSV, an error): it may
 * load nothing and be framed by nobody (OWASP REST Security Cheat Sheet, "Security headers").
 */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The file name a browser saves a data answer under, by its media type. */
const DOWNLOAD_NAMES = new Map([
  ['application/json', 'barometre.json'],
  ['text/csv', 'barometre.csv'],
]);

/**
 * Headers on every answer: `X-Content-Type-Options: nosniff` (a browser takes JSON and CSV
 * for what the content type says, never for a script or a page), `Referrer-Policy:
 * no-referrer` (Baromètre never tells another site an address, which may name a workspace) —
 * `same-origin` on HTML, which tells other sites no more: under `no-referrer` a browser sends
 * `Origin: null` with a page's form POST, which the sign-in forms' origin check must refuse —
 * {@link DATA_POLICY} unless the route set its own policy (the pages),
 * `Cache-Control: no-store` (a workspace's data is never kept by a browser or a proxy between
 * two callers) unless the route set its own (the public tracker and survey widget, /script.js and /widget.js), and on JSON and
 * CSV `Content-Disposition: attachment` (a browser sent to an API address saves the answer as
 * a file rather than rendering it: reflected file download, OWASP ASVS 4.0.3 V14.4.2).
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  const mediaType = (c.res.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', mediaType === 'text/html' ? 'same-origin' : 'no-referrer');
  if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', DATA_POLICY);
  if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  const download = DOWNLOAD_NAMES.get(mediaType);
  if (download !== undefined && !c.res.headers.has('Content-Disposition')) c.header('Content-Disposition', `attachment; filename="${download}"`);
};
