import { Hono, type MiddlewareHandler } from 'hono';
import type { Store } from '../store/Store.js';
import { APP_ROUTES } from './appRoutes.js';
import { notFound, onError } from './middleware/errors.js';
import { knownParameters } from './middleware/knownParameters.js';
import { accessCheck } from './middleware/access.js';
import { securityHeaders } from './middleware/securityHeaders.js';
import { siteKey } from './middleware/siteKey.js';
import type { Access, AppEnv, Route } from './route.js';
import { SignInLimits } from './signInLimits.js';

/** The checks a request passes before a route of each access runs. */
const ACCESS_CHECKS: Record<Access, MiddlewareHandler<AppEnv>[]> = {
  anyone: [],
  signedIn: [accessCheck('signedIn')],
  reader: [accessCheck('reader')],
  editor: [accessCheck('editor')],
  admin: [accessCheck('admin')],
  anyAdmin: [accessCheck('anyAdmin')],
  siteKey: [siteKey],
};

/** The accesses whose routes answer for a workspace a signed-in user names with `workspace=NAME`. */
const WORKSPACE_ACCESSES: readonly Access[] = ['reader', 'editor', 'admin'];

/**
 * The HTTP application (docs/api.md) over one open store. Each route runs behind exactly the
 * checks its declared access names, attached to that route alone and not to a path prefix:
 * the public routes under /api/ (event collection, survey answers) never meet a key or
 * session check, and a private route never misses it (docs/accounts.md). Routes stay thin: they parse the request into
 * the same query object the CLI builds and call the same service. Bad input is a 4xx with
 * {"error": "…"}.
 */
export function createApp(store: Store, routes: readonly Route[] = APP_ROUTES): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const signInLimits = new SignInLimits();
  app.use(securityHeaders);
  app.use(async (c, next) => {
    c.set('store', store);
    c.set('signInLimits', signInLimits);
    await next();
  });
  for (const route of routes) {
    // Handlers of one method and path run in the order registered: the route's own middleware, the checks, then the route.
    for (const middleware of route.before ?? []) app.on(route.method, route.path, middleware);
    for (const check of ACCESS_CHECKS[route.access]) app.on(route.method, route.path, check);
    const parameters = WORKSPACE_ACCESSES.includes(route.access) ? [...route.parameters, 'workspace'] : route.parameters;
    app.on(route.method, route.path, knownParameters(parameters));
    app.on(route.method, route.path, route.handle);
  }
  app.notFound(notFound(routes));
  app.onError(onError);
  return app;
}
