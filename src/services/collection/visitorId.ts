import { createHmac } from 'node:crypto';

/**
 * The cookieless visitor id of a request (docs/api.md, "Visitors without cookies"): `d:` and the first 22 base64url
 * characters (132 bits) of HMAC-SHA256 keyed by the day's salt over the site key's id, the
 * client's IP address and its user agent. The same browser on the same site gets the same
 * id all day and another the next day; once the salt is deleted, nobody can recompute it.
 * Nothing of the address or the user agent is kept.
 */
export function dayVisitorId(salt: Buffer, keyId: string, address: string, userAgent: string): string {
  const hash = createHmac('sha256', salt).update(`${keyId}\n${address}\n${userAgent}`).digest('base64url');
  return `d:${hash.slice(0, 22)}`;
}
