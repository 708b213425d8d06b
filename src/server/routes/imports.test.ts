import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createApiKey } from '../../store/apiKeys.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { signedIn } from '../../test-support/signedIn.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { MAX_UPLOAD_BYTES } from '../uploadedBody.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'importing', 'fixtures');
const ADAPTER_FIXTURES = join(import.meta.dirname, '..', '..', 'importing', 'adapters', 'fixtures');
const ORDERS = readFileSync(join(FIXTURES, 'orders.csv'), 'utf8');
/** Three orders, the second with an amount that is no number. */
const ORDERS_ONE_BAD = 'order_id,customer_id,ordered_at,amount\no1,c1,2024-03-10,49.90\no2,c1,2024-04-01,douze\no3,c2,2024-04-02,0\n';

interface Report {
  error?: string;
  kind: string;
  rows: number;
  inserted: number;
  updated: number;
  rejected: { line: number | null; column: string | null; reason: string }[];
  rejectedCount: number;
  dryRun?: true;
  adapter?: { tool: string; rowsRead: number };
  columns?: string[];
  mapping?: { field: string; required: boolean; column: string | null; missing: boolean }[];
  preview?: Record<string, string | null>[];
}

describeEachEngine('the imports API', (engine) => {
  const test = workspaceStore(engine, { workspace: 'shop' });

  /** Uploads `body` as a signed-in editor of shop to `path` (under /api/imports/), with `headers` over the editor's. */
  async function upload(path: string, body: BodyInit | null, headers: Record<string, string> = {}) {
    const { app, headers: session } = await signedIn(test.store, 'editor', { email: 'ana@shop.fr' });
    const response = await app.request(`/api/imports/${path}`, {
      method: 'POST',
      headers: { cookie: session.cookie, 'x-csrf-token': session['x-csrf-token'], 'content-type': 'text/csv', ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    });
    return { status: response.status, body: (await response.json()) as Report };
  }

  const storedOrders = async () => (await test.read('select order_id from orders order by order_id')).map((row) => row.order_id);

  it('imports a good CSV and reports its counts as barometre import --json does; a second upload updates', async () => {
    const first = await upload('orders', ORDERS);
    expect(first).toEqual({ status: 200, body: { kind: 'orders', rows: 3, inserted: 3, updated: 0, rejected: [], rejectedCount: 0 } });
    expect(await storedOrders()).toEqual(['o1', 'o2', 'o3']);
    const again = await upload('orders', ORDERS, { 'content-type': 'application/octet-stream' });
    expect(again.body).toMatchObject({ rows: 3, inserted: 0, updated: 3 });
  });

  it('refuses a CSV with a bad row 422, naming its line and column, and writes nothing', async () => {
    const { status, body } = await upload('orders', ORDERS_ONE_BAD);
    expect(status).toBe(422);
    expect(body).toMatchObject({ kind: 'orders', rows: 3, inserted: 0, updated: 0, rejectedCount: 1 });
    expect(body.rejected).toEqual([{ line: 3, column: 'amount', reason: expect.stringContaining('douze') }]);
    expect(body.error).toBe('Nothing was imported: 1 of the 3 rows are invalid (fix them, or send skipInvalid=true to import the valid rows).');
    expect(await storedOrders()).toEqual([]);
  });

  it('imports the valid rows with skipInvalid, and lists the others', async () => {
    const { status, body } = await upload('orders?skipInvalid=true', ORDERS_ONE_BAD);
    expect(status).toBe(200);
    expect(body).toMatchObject({ rows: 3, inserted: 2, rejectedCount: 1, rejected: [{ line: 3, column: 'amount' }] });
    expect(await storedOrders()).toEqual(['o1', 'o3']);
  });

  it('writes nothing on a dry run, and answers the counts with the columns, each field’s column and the first rows', async () => {
    await upload('orders', 'order_id,customer_id,ordered_at,amount\no1,c1,2024-01-01,5\n');
    const { status, body } = await upload('orders?dryRun=1', ORDERS);
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'orders', rows: 3, inserted: 2, updated: 1, dryRun: true });
    expect(body.columns).toEqual(['order_id', 'customer_id', 'ordered_at', 'amount', 'currency', 'channel', 'coupon']);
    expect(body.mapping).toContainEqual({ field: 'amount', required: true, column: 'amount', missing: false });
    expect(body.preview).toHaveLength(3);
    expect(body.preview?.[2]).toEqual({
      order_id: 'o3',
      customer_id: 'c2',
      ordered_at: '2024-04-02T23:30:00-02:00',
      amount: '0',
      currency: null,
      channel: null,
    });
    expect(await storedOrders()).toEqual(['o1']);
  });

  it('answers a dry run of a file lacking a required column 422, with the mapping saying which field is missing', async () => {
    const { status, body } = await upload('orders?dryRun=true', 'order_id,customer_id,total\no1,c1,5\n');
    expect(status).toBe(422);
    expect(body.error).toMatch(/lacks the required columns ordered_at, amount/);
    expect(body.rejected).toEqual([
      { line: 1, column: 'ordered_at', reason: 'required column missing' },
      { line: 1, column: 'amount', reason: 'required column missing' },
    ]);
    expect(body.mapping?.filter((field) => field.missing).map((field) => field.field)).toEqual(['ordered_at', 'amount']);
    expect(body.preview).toEqual([{ order_id: 'o1', customer_id: 'c1', ordered_at: null, amount: null, currency: null, channel: null }]);
  });

  it('imports a tool’s export with from, reporting what the adapter did; its dry run maps the export’s columns', async () => {
    const shopify = readFileSync(join(ADAPTER_FIXTURES, 'shopify-orders-79.csv'));
    const dry = await upload('orders?from=shopify&dryRun=true', shopify);
    expect(dry.status).toBe(200);
    expect(dry.body.columns).toContain('Lineitem name');
    expect(dry.body.mapping?.slice(0, 4)).toEqual([
      { field: 'order_id', required: true, column: 'Id', missing: false },
      { field: 'customer_id', required: true, column: 'Email', missing: false },
      { field: 'ordered_at', required: true, column: 'Created at', missing: false },
      { field: 'amount', required: true, column: 'Total', missing: false },
    ]);
    expect(dry.body.preview?.[0]).toMatchObject({ order_id: '5001', customer_id: 'ana@example.com', amount: '89.90' });
    expect(await storedOrders()).toEqual([]);
    const { status, body } = await upload('orders?from=shopify', shopify);
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: 'orders', rows: 5, inserted: 5, adapter: { tool: 'shopify', rowsRead: 10 } });
    expect(await storedOrders()).toHaveLength(5);
  });

  it('answers a bad kind, tool, map, flag, body or content type 4xx in one sentence naming it, never a 5xx', async () => {
    const cases: [string, BodyInit | null, Record<string, string>, number, string | RegExp][] = [
      ['sales', ORDERS, {}, 400, 'Unknown import kind "sales"; the kinds are customers, orders, responses, events, posts, mentions, audits.'],
      ['orders?from=woocommerce', ORDERS, {}, 400, /^Unknown tool "woocommerce"/],
      ['responses?from=shopify', ORDERS, {}, 400, '--from shopify gives orders or customers, not "responses".'],
      ['responses?from=typeform&map=nps', ORDERS, {}, 400, /^--map "nps" is not FIELD=TEXT/],
      ['orders?from=shopify&map=amount%3DTotal', ORDERS, {}, 400, /^--map applies to survey exports/],
      ['orders?map=amount%3Dtotal', ORDERS, {}, 400, /^map goes with from=<tool>/],
      ['orders?from=shopify&timezone=Mars%2FOlympus', ORDERS, {}, 400, /Mars\/Olympus/],
      ['orders?skipInvalid=yes', ORDERS, {}, 400, 'skipInvalid "yes" is not true, 1, false or 0.'],
      ['orders?dryrun=1', ORDERS, {}, 400, /^The parameter "dryrun" is unknown/],
      ['orders', null, {}, 400, 'The body is empty: send the file as the body of the request.'],
      ['orders', ORDERS, { 'content-type': 'application/json' }, 415, /^The file must be the body, sent as text\/csv or application\/octet-stream/],
      ['orders', ORDERS, { 'content-length': String(MAX_UPLOAD_BYTES + 1) }, 413, 'The file is larger than 50 MiB, the most an upload may hold.'],
      ['orders', 'order_id,customer_id,ordered_at,amount\n', {}, 422, 'The file upload has a header but no data rows.'],
    ];
    for (const [path, body, headers, status, error] of cases) {
      const answer = await upload(path, body, headers);
      expect([path, answer.status]).toEqual([path, status]);
      if (typeof error === 'string') expect(answer.body.error).toBe(error);
      else expect(answer.body.error).toMatch(error);
    }
    expect(await storedOrders()).toEqual([]);
  });

  it('stops reading a body that streams past the limit, 413', async () => {
    const mebibyte = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(mebibyte);
      },
    });
    const { status, body } = await upload('orders', endless);
    expect([status, body.error]).toEqual([413, 'The file is larger than 50 MiB, the most an upload may hold.']);
    expect(sent).toBeLessThan(60);
  });

  it('refuses a viewer and a read key 403, and a cookie session without its CSRF token; lists the kinds and tools to any reader', async () => {
    const viewer = await signedIn(test.store, 'viewer', { email: 'leo@shop.fr' });
    const asViewer = await viewer.app.request('/api/imports/orders', {
      method: 'POST',
      headers: { ...viewer.headers, 'content-type': 'text/csv' },
      body: ORDERS,
    });
    expect(asViewer.status).toBe(403);
    const key = (await createApiKey(test.store, test.workspaceId, 'read')).key;
    const withKey = await viewer.app.request('/api/imports/orders', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'text/csv' },
      body: ORDERS,
    });
    expect(withKey.status).toBe(403);
    const forged = await upload('orders', ORDERS, { 'x-csrf-token': 'forged' });
    expect(forged.status).toBe(403);
    expect(await storedOrders()).toEqual([]);

    const kinds = await viewer.app.request('/api/imports/kinds', { headers: { authorization: `Bearer ${key}` } });
    expect(kinds.status).toBe(200);
    const catalogue = (await kinds.json()) as { kinds: { kind: string; id: string[]; fields: Record<string, unknown>[] }[]; tools: unknown[] };
    expect(catalogue.kinds.map((kind) => kind.kind)).toEqual(['customers', 'orders', 'responses', 'events', 'posts', 'mentions', 'audits']);
    const responses = catalogue.kinds.find((kind) => kind.kind === 'responses');
    expect(responses?.id).toEqual(['response_id']);
    expect(responses?.fields).toContainEqual({ name: 'nps', required: false, type: 'integer', min: 0, max: 10 });
    expect(responses?.fields).toContainEqual({ name: 'population', required: false, type: 'choice', values: ['customer', 'employee'], default: 'customer' });
    expect(catalogue.tools).toContainEqual({ tool: 'shopify', kinds: ['orders', 'customers'], map: false });
    expect(catalogue.tools).toContainEqual({ tool: 'typeform', kinds: ['responses'], map: true });
  });
});
