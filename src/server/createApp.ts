import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DataError, NotFoundError, UsageError } from '../errors/errors.js';
import { buildReport } from '../report/buildReport.js';
import { parseReportQuery } from '../report/reportQuery.js';
import { workspaceOfKey } from '../store/apiKeys.js';
import type { Store } from '../store/Store.js';

type Env = { Variables: { workspaceId: number } };

/**
 * The HTTP application (CONTRACT §7) over one open store. Routes stay thin: they parse the
 * request into the same query object the CLI builds and call the same service, so the API
 * has no private path to the data. Bad input is a 4xx with {"error": "…"}; anything
 * unexpected is logged and answered 500.
 */
export function createApp(store: Store): Hono<Env> {
  const app = new Hono<Env>();

  app.get('/healthz', async (c) => {
    await store.query('health check', 'select 1 as ok');
    return c.json({ ok: true });
  });

  app.use('/api/*', async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const key = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!key) throw new HTTPException(401, { message: 'This route needs a key: send "Authorization: Bearer <key>" (barometre keys create makes one).' });
    const workspaceId = await workspaceOfKey(store, key);
    if (workspaceId === null) throw new HTTPException(401, { message: 'The key is not valid.' });
    c.set('workspaceId', workspaceId);
    await next();
  });

  app.get('/api/report', async (c) => {
    const query = parseReportQuery({
      from: c.req.query('from'),
      to: c.req.query('to'),
      where: c.req.queries('where'),
      by: c.req.query('by'),
    });
    return c.json(await buildReport(store, c.get('workspaceId'), query));
  });

  app.notFound((c) => c.json({ error: `There is no route ${c.req.method} ${c.req.path}.` }, 404));

  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
    if (error instanceof UsageError || error instanceof DataError) return c.json({ error: error.message }, 400);
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    console.error(error);
    return c.json({ error: 'Internal error; the server log has the details.' }, 500);
  });

  return app;
}
