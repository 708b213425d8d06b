import type { Context, MiddlewareHandler } from 'hono';
import type { Role } from '../store/accounts/memberships.js';
import type { Store } from '../store/Store.js';
import type { SignInLimits } from './signInLimits.js';

/**
 * Who may call a route (docs/accounts.md, "Who may call what"):
 *
 * - `anyone`: health check, the sign-in pages; next, the tracker and survey pages;
 * - `signedIn`: any signed-in user (their own account: /api/me, sign-out);
 * - `reader`: a workspace's read key (`Authorization: Bearer <key>`), or a signed-in member
 *   of the workspace, whatever their role;
 * - `editor`: a signed-in editor or admin of the workspace;
 * - `admin`: a signed-in admin of the workspace;
 * - `anyAdmin`: a signed-in admin of at least one workspace, whichever (creating a workspace);
 * - `siteKey`: a workspace's site key, in the `Authorization: Bearer` header or the JSON
 *   body's `key` (POST /api/collect, called from public web pages).
 *
 * A signed-in user names the workspace with the `workspace` URL parameter (their only
 * workspace when absent); a key answers for its own. createApp puts each route behind the
 * checks of its access.
 */
export type Access = 'anyone' | 'signedIn' | 'reader' | 'editor' | 'admin' | 'anyAdmin' | 'siteKey';

/** The signed-in user a request carries (routes of access signedIn, anyAdmin, and reader, editor, admin when signed in). */
export interface SignedInUser {
  id: number;
  email: string;
  displayName: string;
  /** The session's token, from its cookie (to end it). */
  token: string;
  /** The session's CSRF token, which forms and X-CSRF-Token send back. */
  csrfToken: string;
}

/**
 * What a request carries through the app: the open store, the sign-in limits, and, past
 * the access checks, the workspace the route answers for, the id of the key it was called
 * with, or the signed-in user and their role there (undefined when the caller is a key).
 */
export interface AppEnv {
  Variables: {
    store: Store;
    signInLimits: SignInLimits;
    workspaceId: number;
    keyId: string;
    user: SignedInUser | undefined;
    role: Role | undefined;
  };
}

/** One route of the HTTP API (docs/api.md), declared with who may call it. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  /** The path as a client calls it (docs/api.md). */
  path: string;
  access: Access;
  /** Middleware that runs before the access checks (CORS, the body's size limit and parsing), for this route alone. */
  before?: readonly MiddlewareHandler<AppEnv>[];
  /** The URL parameters the route reads; a request with any other is refused with 400 (`workspace` comes with the workspace accesses). */
  parameters: readonly string[];
  handle: (c: Context<AppEnv>) => Promise<Response>;
}
