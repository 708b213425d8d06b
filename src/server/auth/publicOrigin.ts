import type { Context } from 'hono';

/** Whether `BAROMETRE_TRUST_PROXY=1` says the server sits behind one reverse proxy it trusts (docs/security.md). */
export function trustsProxy(): boolean {
  return process.env.BAROMETRE_TRUST_PROXY === '1';
}

/**
 * The origin the browser reached this server at: the request's own, or, behind a trusted
 * proxy that terminates TLS and says so with `X-Forwarded-Proto: https` (its last value, the
 * one that proxy wrote), the same host over https. Untrusted, the header is ignored: a client
 * could write it.
 */
export function publicOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const forwarded = c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase();
  if (trustsProxy() && forwarded === 'https') url.protocol = 'https:';
  return url.origin;
}
