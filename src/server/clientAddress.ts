import type { Context } from 'hono';
import { trustsProxy } from './auth/publicOrigin.js';
import type { AppEnv } from './route.js';

/**
 * The IP address of the client of a request: the socket's peer, or — only when
 * `BAROMETRE_TRUST_PROXY=1` says the server sits behind one reverse proxy it trusts — the last
 * address of `X-Forwarded-For`, the one that proxy appended (the ones before it are whatever
 * the client wrote). "" when neither is known (a request made in a test, with no socket).
 * The sign-in rate limit counts failures per this address; collection hashes it into the
 * cookieless visitor id.
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (trustsProxy()) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? '';
}
