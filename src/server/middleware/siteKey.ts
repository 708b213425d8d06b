import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../route.js';
import { collectBodyOf } from './collectBody.js';
import { bearerKey } from './presentedKey.js';
import { findRecentApiKey } from './recentKeys.js';

/**
 * The check of POST /api/collect: a valid site key of some workspace (barometre keys create
 * --kind site), sent as `Authorization: Bearer <key>` or, since `navigator.sendBeacon` cannot
 * set headers, as the `key` field of the JSON body (parsed before, by collectBody.ts). The
 * route then stores the events in that workspace (`workspaceId`, `keyId`). A missing, unknown
 * or revoked key is answered 401 with `WWW-Authenticate: Bearer` (RFC 6750 §3); a valid read
 * key 403 (RFC 6750 §3.1, insufficient scope), as the read routes answer a site key. A valid
 * key is remembered for a second (recentKeys.ts): a site sends thousands of events a second
 * with one key, and a revoked key is refused within that second.
 */
export const siteKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  const body = collectBodyOf(c);
  const inBody = typeof body === 'object' && body !== null && 'key' in body && typeof body.key === 'string' ? body.key : undefined;
  const text = bearerKey(c) ?? inBody;
  if (!text) {
    return refuse(
      c,
      'This route needs a site key: send "Authorization: Bearer <key>" or a "key" field in the body (barometre keys create --kind site makes one).',
    );
  }
  const key = await findRecentApiKey(c.get('store'), text);
  if (key === null) return refuse(c, 'The key is not valid: it is unknown or was revoked.');
  if (key.kind !== 'site') return c.json({ error: 'A read key only reads: sending events needs a site key (barometre keys create --kind site).' }, 403);
  c.set('workspaceId', key.workspaceId);
  c.set('keyId', key.id);
  await next();
};

function refuse(c: Context<AppEnv>, error: string): Response {
  return c.json({ error }, 401, { 'WWW-Authenticate': 'Bearer' });
}
