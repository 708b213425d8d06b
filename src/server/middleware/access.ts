import type { Context, MiddlewareHandler } from 'hono';
import { findSession } from '../../services/accounts/sessions.js';
import { type Membership, membershipsOf, type Role } from '../../store/accounts/memberships.js';
import { findUserById } from '../../store/accounts/users.js';
import { findApiKey } from '../../store/apiKeys.js';
import { workspaceNameOf } from '../../store/workspaces.js';
import { sendsSessionToken } from '../auth/csrf.js';
import { clearSessionCookie, sessionToken } from '../auth/sessionCookie.js';
import type { Access, AppEnv, SignedInUser } from '../route.js';
import { bearerKey } from './presentedKey.js';

type AppContext = Context<AppEnv>;

/** What a request proves about its caller. */
type Caller =
  | { kind: 'none' }
  | { kind: 'badKey' }
  | { kind: 'key'; workspaceId: number; id: string; reads: boolean }
  | { kind: 'user'; user: SignedInUser; memberships: Membership[] };

/** How much each role may do: a role includes the ones below it. */
const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

/** The role each workspace access needs at least. */
const NEEDED: Record<'reader' | 'editor' | 'admin', Role> = { reader: 'viewer', editor: 'editor', admin: 'admin' };

/** Methods that change nothing, which need no CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who the caller is: a key when the request sends an Authorization header (a bad one is
 * `badKey`, never a fall-back to the cookie), else the user of a live session cookie (an
 * ended or expired one is cleared), else nobody.
 */
async function callerOf(c: AppContext): Promise<Caller> {
  if (c.req.header('authorization') !== undefined) {
    const presented = bearerKey(c);
    const key = presented === undefined ? null : await findApiKey(c.get('store'), presented);
    return key === null ? { kind: 'badKey' } : { kind: 'key', workspaceId: key.workspaceId, id: key.id, reads: key.kind === 'read' };
  }
  const signedIn = await signedInCaller(c);
  return signedIn === null ? { kind: 'none' } : { kind: 'user', ...signedIn };
}

/**
 * The user the request's session cookie signs in, with their workspaces, or null (no
 * cookie, or a session that ended or expired, whose cookie is then cleared).
 */
export async function signedInCaller(c: Context): Promise<{ user: SignedInUser; memberships: Membership[] } | null> {
  const token = sessionToken(c);
  if (token === undefined) return null;
  const store = (c as AppContext).get('store');
  const session = await findSession(store, token);
  const user = session === null ? null : await findUserById(store, session.userId);
  if (session === null || user === null) {
    clearSessionCookie(c);
    return null;
  }
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, token, csrfToken: session.csrfToken },
    memberships: await membershipsOf(store, user.id),
  };
}

/** 401: the request proves no caller. Routes a key may call say so with `WWW-Authenticate: Bearer` (RFC 6750 §3). */
function unauthenticated(c: AppContext, keysAccepted: boolean, badKey: boolean): Response {
  const error = badKey
    ? 'The key is not valid: it is malformed, unknown or was revoked.'
    : keysAccepted
      ? 'This route needs a key ("Authorization: Bearer <key>", barometre keys create) or a signed-in user.'
      : 'This route needs a signed-in user: sign in first.';
  return c.json({ error }, 401, keysAccepted ? { 'WWW-Authenticate': 'Bearer' } : {});
}

function forbidden(c: AppContext, error: string): Response {
  return c.json({ error }, 403);
}

/** The same answer whether the workspace does not exist or the caller is not in it: nothing tells the two apart. */
function unreachable(c: AppContext, name: string): Response {
  return c.json({ error: `There is no workspace ${JSON.stringify(name)} you can reach.` }, 404);
}

/**
 * The workspace a signed-in user's request is for: the one the `workspace` parameter names,
 * among theirs (else 404), or their only one; the membership, or the refusal to answer.
 */
function chosenMembership(c: AppContext, memberships: Membership[]): Membership | Response {
  const named = c.req.query('workspace');
  if (named !== undefined) return memberships.find((membership) => membership.workspace === named) ?? unreachable(c, named);
  const [only, ...others] = memberships;
  if (only === undefined) return forbidden(c, 'You belong to no workspace yet: an admin adds you with barometre users add.');
  if (others.length > 0) {
    return c.json({ error: `Name the workspace with workspace=NAME; yours are ${memberships.map((m) => JSON.stringify(m.workspace)).join(', ')}.` }, 400);
  }
  return only;
}

/**
 * The check of a route's access (see Access in route.ts; docs/accounts.md). Lets the request
 * through with `workspaceId`, `user` and `role` set, or answers: 401 when it proves no caller
 * (no credential, a malformed, unknown or revoked key, an ended session), 403 when the caller
 * may not call this route (a key on a user's route, a role too low, a cookie request that
 * changes something without its CSRF token, a user who is admin nowhere on an `anyAdmin`
 * route), 404 for a workspace the caller cannot reach,
 * whether or not it exists.
 */
export function accessCheck(access: Exclude<Access, 'anyone' | 'siteKey'>): MiddlewareHandler<AppEnv> {
  const keysAccepted = access === 'reader';
  return async (c, next) => {
    const caller = await callerOf(c);
    c.set('user', undefined);
    c.set('role', undefined);
    if (caller.kind === 'none' || caller.kind === 'badKey') return unauthenticated(c, keysAccepted, caller.kind === 'badKey');
    if (caller.kind === 'key') {
      if (!keysAccepted) return forbidden(c, 'A key cannot call this route: it needs a signed-in user.');
      if (!caller.reads) return forbidden(c, 'A site key may only send events; reading needs a read key or a signed-in user.');
      const named = c.req.query('workspace');
      if (named !== undefined && named !== (await workspaceNameOf(c.get('store'), caller.workspaceId))) return unreachable(c, named);
      c.set('workspaceId', caller.workspaceId);
      c.set('keyId', caller.id);
      return next();
    }
    if (!SAFE_METHODS.has(c.req.method) && !(await sendsSessionToken(c, caller.user.csrfToken))) {
      return forbidden(c, 'The request lacks its CSRF token (X-CSRF-Token header or csrf form field); reload the page and try again.');
    }
    c.set('user', caller.user);
    if (access === 'signedIn') return next();
    if (access === 'anyAdmin') {
      if (caller.memberships.some((membership) => membership.role === 'admin')) return next();
      return forbidden(c, 'This route needs the role admin in at least one workspace; you are admin of none.');
    }
    const membership = chosenMembership(c, caller.memberships);
    if (membership instanceof Response) return membership;
    if (RANK[membership.role] < RANK[NEEDED[access]]) {
      return forbidden(
        c,
        `This route needs the role ${NEEDED[access]} or above in workspace ${JSON.stringify(membership.workspace)}; you are ${membership.role}.`,
      );
    }
    c.set('workspaceId', membership.workspaceId);
    c.set('role', membership.role);
    return next();
  };
}
