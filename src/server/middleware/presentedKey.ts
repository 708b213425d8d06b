import type { Context, MiddlewareHandler } from 'hono';
import { findApiKey, type KeyKind } from '../../store/apiKeys.js';
import type { AppEnv } from '../route.js';

/** The key of `Authorization: Bearer <key>`, or undefined when the header is absent or of another scheme. */
export function bearerKey(c: Context<AppEnv>): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
}

/**
 * The check of a route that only a key of `kind` opens: the key (found by `presented`) must
 * be valid, unrevoked and of that kind; its workspace and id are then set for the route as
 * `workspaceId` and `keyId`. A missing, unknown or revoked key is answered 401 with
 * `WWW-Authenticate: Bearer` (RFC 6750 §3) and one sentence; a valid key of the other kind
 * 403 (RFC 6750 §3.1, insufficient scope: the caller is known, the key does not open this),
 * told what it is for — as the read routes answer a site key.
 * `find` looks the key up (findApiKey unless a route needs another way, like remembering it briefly).
 */
export function requireKey(
  kind: KeyKind,
  presented: (c: Context<AppEnv>) => Promise<string | undefined>,
  missing: string,
  find: typeof findApiKey = findApiKey,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const text = await presented(c);
    if (!text) return refuse(c, missing);
    const key = await find(c.get('store'), text);
    if (key === null) return refuse(c, 'The key is not valid: it is unknown or was revoked.');
    if (key.kind !== kind) {
      return c.json(
        {
          error:
            key.kind === 'site'
              ? 'A site key only sends events: reading needs a read key (barometre keys create --kind read).'
              : 'A read key only reads: sending events needs a site key (barometre keys create --kind site).',
        },
        403,
      );
    }
    c.set('workspaceId', key.workspaceId);
    c.set('keyId', key.id);
    await next();
  };
}

function refuse(c: Context<AppEnv>, error: string): Response {
  return c.json({ error }, 401, { 'WWW-Authenticate': 'Bearer' });
}
