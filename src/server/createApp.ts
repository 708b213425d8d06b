import { Hono } from 'hono';
import type { Store } from '../store/Store.js';
import { APP_ROUTES } from './appRoutes.js';
import { notFound, onError } from './middleware/errors.js';
import { readKey } from './middleware/readKey.js';
import { securityHeaders } from './middleware/securityHeaders.js';
import { type AppEnv, PRIVATE_PREFIX, type Route } from './route.js';

/**
 * The HTTP application (docs/api.md) over one open store. Public routes (`access: 'anyone'`)
 * are mounted on the app itself; private ones (`access: 'readKey'`) on the /api sub-app, the
 * only place the read-key check is mounted, so a public route never meets it and a private
 * one never misses it. Routes stay thin: they parse the request into the same query object
 * the CLI builds and call the same service. Bad input is a 4xx with {"error": "…"}.
 *
 * @throws Error when a route's path and access disagree (a private route outside /api/, a public one inside).
 */
export function createApp(store: Store, routes: readonly Route[] = APP_ROUTES): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const api = new Hono<AppEnv>();
  app.use(securityHeaders);
  app.use(async (c, next) => {
    c.set('store', store);
    await next();
  });
  api.use(readKey);
  for (const route of routes) {
    const isPrivate = route.path.startsWith(`${PRIVATE_PREFIX}/`);
    if (isPrivate !== (route.access === 'readKey')) throw new Error(`The route ${route.path} is declared "${route.access}" but ${isPrivate ? 'is' : 'is not'} under ${PRIVATE_PREFIX}/.`);
    if (isPrivate) api.on(route.method, route.path.slice(PRIVATE_PREFIX.length), route.handle);
    else app.on(route.method, route.path, route.handle);
  }
  app.route(PRIVATE_PREFIX, api);
  app.notFound(notFound(routes));
  app.onError(onError);
  return app;
}
