import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DataError, NotFoundError, StateError, StoreError, UsageError } from '../../errors/errors.js';
import { ModelError } from '../../models/ModelError.js';
import { withoutPersonalData } from '../../errors/withoutPersonalData.js';
import type { Route } from '../route.js';

/** The one sentence a client gets when the store cannot answer; the log has the engine's message. */
export const STORE_UNAVAILABLE = 'The store cannot answer right now; try again later.';

/**
 * Maps the program's error classes to an HTTP status and {"error": "…"} (src/errors/errors.ts):
 * UsageError and DataError 400, NotFoundError 404, StateError 409, ModelError 422, StoreError 503 (logged without
 * the values the engine's message quotes, its details kept from the client); anything else is logged the same way and answered 500.
 */
export const onError: ErrorHandler = (error, c) => {
  if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
  // A usage error's message names query fields neutrally, as the URL parameters are named.
  if (error instanceof UsageError || error instanceof DataError) return c.json({ error: error.message }, 400);
  if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
  if (error instanceof StateError) return c.json({ error: error.message }, 409);
  if (error instanceof ModelError) return c.json({ error: error.message }, 422);
  if (error instanceof StoreError) {
    console.error(`${c.req.method} ${c.req.path}: ${withoutPersonalData(error.message)}`);
    return c.json({ error: STORE_UNAVAILABLE }, 503);
  }
  console.error(`${c.req.method} ${c.req.path}:`, error instanceof Error ? withoutPersonalData(error.stack ?? error.message) : 'a non-error was thrown');
  return c.json({ error: 'Internal error; the server log has the details.' }, 500);
};

/**
 * Answers a request no route took: 405 with `Allow` when the path is a route's but the
 * method is not (RFC 9110 §15.5.6), else 404.
 */
export function notFound(routes: readonly Route[]): NotFoundHandler {
  return (c: Context) => {
    const methods = routes.filter((route) => route.path === c.req.path).map((route) => route.method);
    if (methods.length > 0) {
      const allow = [...new Set(methods.flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method])))].join(', ');
      return c.json({ error: `The route ${c.req.path} answers ${allow}, not ${c.req.method}.` }, 405, { Allow: allow });
    }
    return c.json({ error: `There is no route ${c.req.method} ${c.req.path}.` }, 404);
  };
}
