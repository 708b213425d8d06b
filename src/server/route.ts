import type { Context, MiddlewareHandler } from 'hono';
import type { Store } from '../store/Store.js';

/**
 * Who may call a route: `anyone` (health check; next, the tracker and survey pages), or only
 * a client sending a workspace's read key (`Authorization: Bearer <key>`), whose workspace
 * the route then answers for, or a site key (`siteKey`, POST /api/collect: in the
 * `Authorization: Bearer` header or the JSON body's `key`). createApp puts each route behind
 * the checks of its access.
 */
export type Access = 'anyone' | 'readKey' | 'siteKey';

/** What a request carries through the app: the open store, and the workspace (and id) of the key a keyed route was called with. */
export interface AppEnv {
  Variables: { store: Store; workspaceId: number; keyId: string };
}

/** One route of the HTTP API (docs/api.md), declared with who may call it. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  /** The path as a client calls it (docs/api.md). */
  path: string;
  access: Access;
  /** Middleware that runs before the access checks (CORS, the body's size limit and parsing), for this route alone. */
  before?: readonly MiddlewareHandler<AppEnv>[];
  /** The URL parameters the route reads; a request with any other is refused with 400. */
  parameters: readonly string[];
  handle: (c: Context<AppEnv>) => Promise<Response>;
}
