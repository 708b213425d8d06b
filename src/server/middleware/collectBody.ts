import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../route.js';

/** The largest body POST /api/collect reads: 1 MiB, room for 1,000 events of a full-size URL each. */
export const MAX_COLLECT_BODY_BYTES = 1024 * 1024;

/**
 * Refuses a body over {@link MAX_COLLECT_BODY_BYTES} with 413 before reading it: by its
 * Content-Length, or by counting the bytes of a chunked body as they arrive (hono/body-limit).
 */
export const collectBodyLimit: MiddlewareHandler<AppEnv> = bodyLimit({
  maxSize: MAX_COLLECT_BODY_BYTES,
  onError: (c) => c.json({ error: `The body is larger than ${MAX_COLLECT_BODY_BYTES} bytes (1 MiB): send fewer events per request.` }, 413),
});

/** The parsed JSON body of each collect request, for the key check and the route. */
const bodies = new WeakMap<Request, unknown>();

/**
 * Reads the JSON body of a collect request, sent as `application/json` or as `text/plain` (what
 * `navigator.sendBeacon` sends a string as): another content type is refused with 415, a body
 * that is not JSON with 400, each in one sentence.
 */
export const collectBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'text/plain') {
    return c.json({ error: `The body must be JSON sent as application/json or text/plain, not ${JSON.stringify(type || 'no content type')}.` }, 415);
  }
  const text = await c.req.text();
  try {
    bodies.set(c.req.raw, JSON.parse(text));
  } catch (error) {
    return c.json({ error: `The body is not valid JSON (${(error as Error).message}).` }, 400);
  }
  await next();
};

/** The body {@link collectBody} parsed for this request (undefined before it ran). */
export function collectBodyOf(c: Context<AppEnv>): unknown {
  return bodies.get(c.req.raw);
}
