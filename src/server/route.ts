import type { Context } from 'hono';
import type { Store } from '../store/Store.js';

/**
 * Who may call a route: `anyone` (health check; next, the tracker and survey pages), or only
 * a client sending a workspace's read key (`Authorization: Bearer <key>`), whose workspace
 * the route then answers for.
 */
export type Access = 'anyone' | 'readKey';

/** What a request carries through the app: the open store, and the key's workspace on `readKey` routes. */
export interface AppEnv {
  Variables: { store: Store; workspaceId: number };
}

/** One route of the HTTP API (docs/api.md), declared with who may call it. */
export interface Route {
  method: 'GET';
  /** The path as a client calls it; `readKey` routes live under /api/, `anyone` routes outside it. */
  path: string;
  access: Access;
  handle: (c: Context<AppEnv>) => Promise<Response>;
}

/** The prefix of the private API: every route under it needs a read key, and only those. */
export const PRIVATE_PREFIX = '/api';
