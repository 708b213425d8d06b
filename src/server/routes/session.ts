import { UsageError } from '../../errors/errors.js';
import { endSession } from '../../services/accounts/sessions.js';
import { membershipsOf } from '../../store/accounts/memberships.js';
import { sameOrigin } from '../auth/csrf.js';
import { clearSessionCookie } from '../auth/sessionCookie.js';
import { attemptSignIn } from '../auth/signInAttempt.js';
import { jsonObject } from '../auth/smallBody.js';
import type { Route } from '../route.js';

/** A text field of a JSON body, or a 400 naming it. */
function textField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`${name} must be a non-empty string.`);
  return value;
}

/**
 * The session API for the web app (docs/accounts.md): `POST /api/session` signs in with
 * {"email","password"} (JSON only: a cross-site form cannot send it without a preflight,
 * which is never granted; and an Origin, when sent, must be this server's), `DELETE
 * /api/session` signs out, `GET /api/me` says who is signed in, their workspaces, and the
 * CSRF token their state-changing requests send as X-CSRF-Token.
 */
export const sessionRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: '/api/session',
    access: 'anyone',
    parameters: [],
    async handle(c) {
      if (!sameOrigin(c)) return c.json({ error: 'Signing in is only possible from this server’s own pages.' }, 403);
      const body = await jsonObject(c);
      const outcome = await attemptSignIn(c, textField(body, 'email'), textField(body, 'password'));
      if ('user' in outcome) {
        const { user, session } = outcome;
        const workspaces = (await membershipsOf(c.get('store'), user.id)).map((m) => ({ workspace: m.workspace, role: m.role }));
        return c.json({ user: { email: user.email, displayName: user.displayName }, workspaces, csrfToken: session.csrfToken });
      }
      if (outcome.refused === 'wrong') return c.json({ error: 'The e-mail address or the password is wrong.' }, 401);
      return c.json({ error: `Too many failed attempts: try again in ${outcome.retryAfter} seconds.` }, 429, { 'Retry-After': String(outcome.retryAfter) });
    },
  },
  {
    method: 'DELETE',
    path: '/api/session',
    access: 'signedIn',
    parameters: [],
    async handle(c) {
      const user = c.get('user');
      if (user !== undefined) await endSession(c.get('store'), user.token);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  },
  {
    method: 'GET',
    path: '/api/me',
    access: 'signedIn',
    parameters: [],
    async handle(c) {
      const user = c.get('user');
      if (user === undefined) throw new Error('/api/me ran without its signed-in check.');
      const workspaces = (await membershipsOf(c.get('store'), user.id)).map((m) => ({ workspace: m.workspace, role: m.role }));
      return c.json({ user: { email: user.email, displayName: user.displayName }, workspaces, csrfToken: user.csrfToken });
    },
  },
];
