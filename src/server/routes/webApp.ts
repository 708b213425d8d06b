import type { Context } from 'hono';
import type { Route } from '../route.js';
import { sendBuiltFile } from '../sendBuiltFile.js';
import { installedWebApp } from '../webApp/webAppFiles.js';

/**
 * The dashboard's policy: its own scripts, styles and API only; no inline script, no framing
 * (OWASP Content Security Policy Cheat Sheet). Charts set styles through the CSSOM, which
 * `style-src 'self'` allows.
 */
const WEB_APP_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** The parameters a dashboard address keeps (web/src/view/viewQuery.ts): the page reads them, the API checks them. */
export const VIEW_PARAMETERS = [
  'lang',
  'workspace',
  'from',
  'to',
  'compare',
  'interval',
  'by',
  'where',
  'indicator',
  'band',
  'theme',
  'sentiment',
  'churnWindow',
  'churnModel',
  'segment',
] as const;

/** Answers with the dashboard's page (dist/web/index.html), which draws the view its address names from the API. */
export function sendWebApp(c: Context): Response {
  return sendBuiltFile(c, installedWebApp().index, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': WEB_APP_POLICY,
    'X-Frame-Options': 'DENY',
  });
}

/**
 * The dashboard's routes (docs/dashboard.md): GET /app/… gives its page, and GET /assets/:file
 * its hashed scripts and styles (cached for a year), to anyone: they hold no data. The page
 * asks the API who is signed in and sends a visitor without a session to the sign-in page
 * at /. GET / (routes/pages.ts) gives the page too once signed in.
 */
export const webAppRoutes: readonly Route[] = [
  ...['/app', '/app/*'].map(
    (path): Route => ({
      method: 'GET',
      path,
      access: 'anyone',
      parameters: VIEW_PARAMETERS,
      async handle(c) {
        return sendWebApp(c);
      },
    }),
  ),
  {
    method: 'GET',
    path: '/assets/:file',
    access: 'anyone',
    parameters: [],
    async handle(c) {
      const file = installedWebApp().assets.get(c.req.param('file') ?? '');
      if (file === undefined) return c.json({ error: 'There is no such file of the dashboard.' }, 404);
      return sendBuiltFile(c, file, { 'Content-Type': file.type, 'Cache-Control': 'public, max-age=31536000, immutable' });
    },
  },
];
