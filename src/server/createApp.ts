import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { DataError, NotFoundError, UsageError } from '../errors/errors.js';
import { buildReport } from '../services/report/buildReport.js';
import { parseReportQuery } from '../services/report/reportQuery.js';
import { CLV_COLUMNS, customerValue } from '../services/clv/customerValue.js';
import { parseCustomersQuery, parseModelOptions } from '../services/clv/modelOptions.js';
import { CUSTOMER_COLUMNS, listCustomers } from '../models/customers/listCustomers.js';
import { buildFeedback } from '../services/feedback/buildFeedback.js';
import { parseFeedbackQuery } from '../services/feedback/feedbackQuery.js';
import { ModelError } from '../models/ModelError.js';
import { toSpreadsheetCsv } from '../output/toCsv.js';
import { workspaceOfKey } from '../store/apiKeys.js';
import type { Store } from '../store/Store.js';

type Env = { Variables: { workspaceId: number } };

/** The from, to and (repeatable) where URL parameters, as the report and the feedback read them. */
function periodAndFilters(request: { query(name: string): string | undefined; queries(name: string): string[] | undefined }) {
  return { from: request.query('from'), to: request.query('to'), where: request.queries('where') };
}

/**
 * The HTTP application (docs/api.md) over one open store. Routes stay thin: they parse the
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
    const query = parseReportQuery({ ...periodAndFilters(c.req), by: c.req.query('by') });
    return c.json(await buildReport(store, c.get('workspaceId'), query));
  });

  app.get('/api/clv', async (c) => {
    const result = await customerValue(store, c.get('workspaceId'), parseModelOptions(c.req.query()));
    if (c.req.query('format') === 'csv') return c.body(toSpreadsheetCsv(result.customers, CLV_COLUMNS), 200, { 'content-type': 'text/csv; charset=utf-8' });
    return c.json(result);
  });

  app.get('/api/customers', async (c) => {
    const rows = await listCustomers(store, c.get('workspaceId'), parseCustomersQuery(c.req.query()));
    if (c.req.query('format') === 'csv') return c.body(toSpreadsheetCsv(rows, CUSTOMER_COLUMNS), 200, { 'content-type': 'text/csv; charset=utf-8' });
    return c.json({ customers: rows });
  });

  app.get('/api/feedback', async (c) => {
    const query = parseFeedbackQuery({ ...periodAndFilters(c.req), source: c.req.query('source'), perItem: c.req.query('perItem') });
    return c.json((await buildFeedback(store, c.get('workspaceId'), query)).result);
  });

  app.notFound((c) => c.json({ error: `There is no route ${c.req.method} ${c.req.path}.` }, 404));

  app.onError((error, c) => {
    if (error instanceof HTTPException) return c.json({ error: error.message }, error.status);
    // A usage error's message names query fields neutrally, as the URL parameters are named.
    if (error instanceof UsageError || error instanceof DataError) return c.json({ error: error.message }, 400);
    if (error instanceof NotFoundError) return c.json({ error: error.message }, 404);
    if (error instanceof ModelError) return c.json({ error: error.message }, 422);
    console.error(error);
    return c.json({ error: 'Internal error; the server log has the details.' }, 500);
  });

  return app;
}
