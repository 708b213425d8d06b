import { cors } from 'hono/cors';
import { collectEvents } from '../../services/collection/collectEvents.js';
import { parseCollectBody } from '../../services/collection/collectPayload.js';
import { clientAddress } from '../clientAddress.js';
import { collectBody, collectBodyLimit, collectBodyOf } from '../middleware/collectBody.js';
import type { Route } from '../route.js';
import { collectLimitFromEnv, type RateLimit, TokenBuckets } from '../tokenBuckets.js';

/**
 * CORS for this route alone (the Fetch standard's CORS protocol): any origin may send events,
 * by POST with `Content-Type` and `Authorization`, without credentials (no cookie is read); the
 * preflight is answered 204 and kept a day by the browser.
 */
const collectCors = cors({ origin: '*', allowMethods: ['POST'], allowHeaders: ['Content-Type', 'Authorization'], maxAge: 86_400 });

/**
 * POST /api/collect (docs/api.md) and its CORS preflight: one event or `{"events": […]}` from a
 * site key, answered 202 `{"accepted", "dropped"}` once committed. `limit` is the per-key rate
 * limit (read from the environment on first use when not given); past it, 429 with
 * `Retry-After`.
 */
export function collectRoutes(limit?: RateLimit): Route[] {
  let chosen = limit;
  const limitNow = () => (chosen ??= collectLimitFromEnv());
  const buckets = new TokenBuckets(limitNow);
  return [
    {
      method: 'OPTIONS',
      path: '/api/collect',
      access: 'anyone',
      before: [collectCors],
      parameters: [],
      // The CORS middleware answers every OPTIONS request itself.
      handle: async (c) => c.body(null, 204),
    },
    {
      method: 'POST',
      path: '/api/collect',
      access: 'siteKey',
      before: [collectCors, collectBodyLimit, collectBody],
      parameters: [],
      async handle(c) {
        const wait = buckets.take(c.get('keyId'));
        if (wait > 0) {
          const seconds = Math.ceil(wait);
          return c.json({ error: `This site key sent more than ${limitNow().rate} requests a second; try again in ${seconds} s.` }, 429, {
            'Retry-After': String(seconds),
          });
        }
        const now = new Date();
        const body = parseCollectBody(collectBodyOf(c), now);
        const sender = { workspaceId: c.get('workspaceId'), keyId: c.get('keyId'), address: clientAddress(c), userAgent: c.req.header('user-agent') ?? '' };
        return c.json(await collectEvents(c.get('store'), sender, body, now), 202);
      },
    },
  ];
}
