import type { Route } from '../route.js';

/** GET /healthz: the store answers a trivial query (503 when it cannot). Open to anyone, for probes. */
export const healthRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/healthz',
    access: 'anyone',
    parameters: [],
    async handle(c) {
      await c.get('store').query('health check', 'select 1 as ok');
      return c.json({ ok: true });
    },
  },
];
