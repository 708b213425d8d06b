import type { MiddlewareHandler } from 'hono';
import { UsageError } from '../../errors/errors.js';

/**
 * Refuses a request that carries a URL parameter the route does not read, with 400 and one
 * sentence naming it: a mistyped parameter (`form=` for `from=`) would otherwise be ignored
 * and answered as if it had not been sent.
 *
 * @param allowed the parameters the route reads (docs/api.md)
 */
export function knownParameters(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    for (const name of new URL(c.req.url).searchParams.keys()) {
      if (allowed.includes(name)) continue;
      const known = allowed.length === 0 ? 'this route takes none' : `this route takes ${allowed.join(', ')}`;
      throw new UsageError(`The parameter ${JSON.stringify(name)} is unknown: ${known}.`);
    }
    await next();
  };
}
