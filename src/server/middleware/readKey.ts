import type { MiddlewareHandler } from 'hono';
import { workspaceOfKey } from '../../store/apiKeys.js';
import type { AppEnv } from '../route.js';

/**
 * The read-key check of the private API: the request must send `Authorization: Bearer <key>`
 * with a key of some workspace (barometre keys create), whose id the routes then read as
 * `workspaceId`. Anything else is answered 401 with `WWW-Authenticate: Bearer` (RFC 6750 §3).
 */
export const readKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  const key = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!key) return refuse(c, 'This route needs a key: send "Authorization: Bearer <key>" (barometre keys create makes one).');
  const workspaceId = await workspaceOfKey(c.get('store'), key);
  if (workspaceId === null) return refuse(c, 'The key is not valid.');
  c.set('workspaceId', workspaceId);
  await next();
};

function refuse(c: Parameters<MiddlewareHandler<AppEnv>>[0], error: string): Response {
  return c.json({ error }, 401, { 'WWW-Authenticate': 'Bearer' });
}
