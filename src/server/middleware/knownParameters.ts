import type { MiddlewareHandler } from 'hono';
import { UsageError } from '../../errors/errors.js';
import { REPEATABLE_PARAMETERS } from '../queryParameters.js';

/**
 * Refuses a request that carries a URL parameter the route does not read, or one of its
 * parameters more than once when the route reads only one value of it (all but
 * {@link REPEATABLE_PARAMETERS}), with 400 and one sentence naming it: a mistyped parameter
 * (`form=` for `from=`) would otherwise be ignored and answered as if it had not been sent,
 * and of `to=2025-01-31&to=2025-12-31` one value would be silently dropped (HTTP parameter
 * pollution, OWASP ASVS 4.0.3 V5.1.1).
 *
 * @param allowed the parameters the route reads (docs/api.md)
 */
export function knownParameters(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const parameters = new URL(c.req.url).searchParams;
    for (const name of new Set(parameters.keys())) {
      if (!allowed.includes(name)) {
        const known = allowed.length === 0 ? 'this route takes none' : `this route takes ${allowed.join(', ')}`;
        throw new UsageError(`The parameter ${JSON.stringify(name)} is unknown: ${known}.`);
      }
      const count = parameters.getAll(name).length;
      if (count > 1 && !REPEATABLE_PARAMETERS.includes(name)) {
        throw new UsageError(`The parameter ${JSON.stringify(name)} is given ${count} times; it takes one value.`);
      }
    }
    await next();
  };
}
