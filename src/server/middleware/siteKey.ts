import { collectBodyOf } from './collectBody.js';
import { bearerKey, requireKey } from './presentedKey.js';
import { findRecentApiKey } from './recentKeys.js';

/**
 * The check of POST /api/collect: a valid site key of some workspace (barometre keys create
 * --kind site), sent as `Authorization: Bearer <key>` or, since `navigator.sendBeacon` cannot
 * set headers, as the `key` field of the JSON body (parsed before, by collectBody.ts). The
 * route then stores the events in that workspace; anything else is answered 401. A valid key
 * is remembered for a second (recentKeys.ts): a site sends thousands of events a second with
 * one key, and a revoked key is refused within that second.
 */
export const siteKey = requireKey(
  'site',
  async (c) => {
    const body = collectBodyOf(c);
    const inBody = typeof body === 'object' && body !== null && 'key' in body && typeof body.key === 'string' ? body.key : undefined;
    return bearerKey(c) ?? inBody;
  },
  'This route needs a site key: send "Authorization: Bearer <key>" or a "key" field in the body (barometre keys create --kind site makes one).',
  findRecentApiKey,
);
