import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address of the client connected to this server, for the sign-in rate limit. Not
 * X-Forwarded-For, which any client can write: behind a reverse proxy every client shares
 * the proxy's address (docs/accounts.md). "unknown" when there is no socket (tests).
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
