import { Hono, type MiddlewareHandler } from 'hono';
import type { Store } from '../store/Store.js';
import { APP_ROUTES } from './appRoutes.js';
import { notFound, onError } from './middleware/errors.js';
import { knownParameters } from './middleware/knownParameters.js';
import { readKey } from './middleware/readKey.js';
import { securityHeaders } from './middleware/securityHeaders.js';
import { siteKey } from './middleware/siteKey.js';
import type { Access, AppEnv, Route } from './route.js';

/** The checks a request passes before a route of each access runs. */
const ACCESS_CHECKS: Record<Access, MiddlewareHandler<AppEnv>[]> = {
  anyone: [],
  readKey: [readKey],
  siteKey: [siteKey],
};

/**
 * The HTTP application (docs/api.md) over one open store. Each route runs behind exactly the
 * checks its declared access names, attached to that route alone and not to a path prefix:
 * the public routes due under /api/ (event collection, survey answers) never meet the read-key
 * check, and a private route never misses it. Routes stay thin: they parse the request into
 * the same query object the CLI builds and call the same service. Bad input is a 4xx with
 * {"error": "…"}.
 */
export function createApp(store: Store, routes: readonly Route[] = APP_ROUTES): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(securityHeaders);
  app.use(async (c, next) => {
    c.set('store', store);
    await next();
  });
  for (const route of routes) {
    // Handlers of one method and path run in the order registered: the route's own middleware, the checks, then the route.
    for (const middleware of route.before ?? []) app.on(route.method, route.path, middleware);
    for (const check of ACCESS_CHECKS[route.access]) app.on(route.method, route.path, check);
    app.on(route.method, route.path, knownParameters(route.parameters));
    app.on(route.method, route.path, route.handle);
  }
  app.notFound(notFound(routes));
  app.onError(onError);
  return app;
}
