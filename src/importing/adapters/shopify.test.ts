import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../errors/errors.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { previewExport } from './previewExport.js';
import { adapterStore, fixture, ts } from '../../test-support/adapterFixtures.js';

/** Invented exports written from the issue's description of Shopify's orders export; the expected values are worked out by hand. */

/** shopify-orders-79.csv: 10 line-item rows, 7 orders; #1004 cancelled and #1005 refunded in full are left out. */
const ORDERS_79 = [
  {
    line: 2,
    row: {
      order_id: '5001',
      customer_id: 'ana@example.com',
      ordered_at: '2021-05-13T09:01:12Z',
      amount: '89.90',
      currency: 'EUR',
      channel: 'web',
      order_name: '#1001',
      financial_status: 'paid',
      refunded_amount: null,
      line_items: '3',
      discount_code: 'SPRING',
      shipping_zip: '01234',
      shipping_country: 'FR',
      note: 'Leave at the door,\nplease.\nCode 1234',
    },
  },
  {
    // COD order without email: keyed by Phone, apostrophe and spaces removed.
    line: 7,
    row: {
      order_id: '5002',
      customer_id: '+33612345678',
      ordered_at: '2021-05-14T07:30:00Z',
      amount: '25.00',
      currency: 'EUR',
      channel: 'pos',
      order_name: '#1002',
      financial_status: 'pending',
      refunded_amount: null,
      line_items: '1',
      discount_code: null,
      shipping_zip: '06000',
      shipping_country: 'FR',
      note: null,
    },
  },
  {
    // 60.00 − 15.50 refunded; the email in lower case; -0400 is four hours behind UTC.
    line: 8,
    row: {
      order_id: '5003',
      customer_id: 'bob@example.com',
      ordered_at: '2021-05-15T22:45:00Z',
      amount: '44.50',
      currency: 'EUR',
      channel: 'web',
      order_name: '#1003',
      financial_status: 'partially_refunded',
      refunded_amount: '15.50',
      line_items: '2',
      discount_code: null,
      shipping_zip: '1000',
      shipping_country: 'BE',
      note: null,
    },
  },
  {
    // Neither Email nor Phone: keyed by Billing Phone.
    line: 12,
    row: {
      order_id: '5006',
      customer_id: '0612345678',
      ordered_at: '2021-05-18T18:15:30Z',
      amount: '41.50',
      currency: 'EUR',
      channel: 'shopify_draft_order',
      order_name: '#1006',
      financial_status: 'paid',
      refunded_amount: null,
      line_items: '1',
      discount_code: null,
      shipping_zip: null,
      shipping_country: null,
      note: null,
    },
  },
  {
    line: 13,
    row: {
      order_id: '5007',
      customer_id: 'ana@example.com',
      ordered_at: '2021-06-01T06:00:00Z',
      amount: '12.00',
      currency: 'EUR',
      channel: 'web',
      order_name: '#1007',
      financial_status: 'paid',
      refunded_amount: null,
      line_items: '1',
      discount_code: null,
      shipping_zip: null,
      shipping_country: null,
      note: null,
    },
  },
];

describe('Shopify orders export → orders', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-shopify-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('groups line-item rows into orders, takes Total from the first row without summing, and leaves out cancelled and refunded orders', async () => {
    const preview = await previewExport('shopify', 'orders', { path: fixture('shopify-orders-79.csv'), shownAs: 'orders.csv' });
    expect(preview.rows).toEqual(ORDERS_79);
    expect(preview.report).toEqual({
      tool: 'shopify',
      rowsRead: 10,
      recordsMade: 5,
      skipped: [
        { line: 10, reason: 'order #1004 was cancelled (Cancelled at 2021-05-16 10:00:00 +0200): not counted as an order' },
        { line: 11, reason: 'order #1005 was refunded in full (Financial Status refunded): not counted as an order' },
      ],
      skippedCount: 2,
      notes: [
        "10 line-item rows grouped into 7 orders by Id (else Name); each order's Total is read from its first row, never summed.",
        '1 order partly refunded: amount is Total minus Refunded Amount.',
      ],
    });
  });

  it('reads the older 75-column layout (CRLF line endings) by the same column names', async () => {
    const preview = await previewExport('shopify', 'orders', { path: fixture('shopify-orders-75.csv') });
    expect(
      preview.rows.map(({ line, row }) => ({
        line,
        order_id: row.order_id,
        amount: row.amount,
        line_items: row.line_items,
        ordered_at: row.ordered_at,
        shipping_zip: row.shipping_zip,
      })),
    ).toEqual([
      { line: 2, order_id: '4901', amount: '30.00', line_items: '2', ordered_at: '2020-11-02T13:00:00Z', shipping_zip: '75001' },
      { line: 4, order_id: '4902', amount: '18.50', line_items: '1', ordered_at: '2020-11-03T08:00:00Z', shipping_zip: null },
    ]);
  });

  it('maps columns by name, never by position: the same export with its columns in reverse order gives the same orders', async () => {
    const reversed = join(folder, 'reversed.csv');
    const preview79 = await previewExport('shopify', 'orders', { path: fixture('shopify-orders-79.csv') });
    const lines = readFileSync(fixture('shopify-orders-79.csv'), 'utf8');
    // Reverse with a CSV-aware round trip: each record's fields, written back quoted.
    const { parse } = await import('csv-parse/sync');
    const records = parse(lines, { relax_column_count: false }) as string[][];
    writeFileSync(
      reversed,
      `${records
        .map((fields) =>
          [...fields]
            .reverse()
            .map((field) => `"${field.replaceAll('"', '""')}"`)
            .join(','),
        )
        .join('\n')}\n`,
    );
    const preview = await previewExport('shopify', 'orders', { path: reversed });
    expect(preview.rows).toEqual(preview79.rows);
  });

  it('groups by Name when the export has no Id column', async () => {
    const file = join(folder, 'no-id.csv');
    writeFileSync(
      file,
      'Name,Email,Financial Status,Created at,Total,Lineitem name\n#1,a@example.com,paid,2021-05-13 11:01:12 +0200,10.00,A\n#1,a@example.com,,2021-05-13 11:01:12 +0200,,B\n',
    );
    const preview = await previewExport('shopify', 'orders', { path: file });
    expect(preview.rows.map(({ row }) => [row.order_id, row.amount, row.line_items])).toEqual([['#1', '10.00', '2']]);
    expect(preview.report.notes[0]).toBe("2 line-item rows grouped into 1 order by Name; each order's Total is read from its first row, never summed.");
  });

  it('refuses an unknown layout with one sentence naming the missing columns', async () => {
    const file = join(folder, 'products.csv');
    writeFileSync(file, 'Handle,Title,Email,Name,Financial Status\nbougie-ambre,Bougie Ambre,,,\n');
    const error = await previewExport('shopify', 'orders', { path: file, shownAs: 'products.csv' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      'The file products.csv is not a Shopify orders export as Baromètre reads it: it lacks the columns "Created at" and "Total" (columns are matched by name; see docs/imports.md for the layouts read).',
    );
  });

  it('makes one customer per Email, else Phone, else Billing Phone, created at their first order in the export', async () => {
    const preview = await previewExport('shopify', 'customers', { path: fixture('shopify-orders-79.csv') });
    expect(preview.rows).toEqual([
      { line: 2, row: { customer_id: 'ana@example.com', created_at: '2021-05-13T09:01:12Z', email: 'ana@example.com', accepts_marketing: 'yes' } },
      { line: 7, row: { customer_id: '+33612345678', created_at: '2021-05-14T07:30:00Z', email: null, accepts_marketing: 'no' } },
      { line: 8, row: { customer_id: 'bob@example.com', created_at: '2021-05-15T22:45:00Z', email: 'bob@example.com', accepts_marketing: 'no' } },
      { line: 10, row: { customer_id: 'carla@example.com', created_at: '2021-05-16T06:00:00Z', email: 'carla@example.com', accepts_marketing: 'no' } },
      { line: 11, row: { customer_id: 'dan@example.com', created_at: '2021-05-17T10:00:00Z', email: 'dan@example.com', accepts_marketing: 'no' } },
      { line: 12, row: { customer_id: '0612345678', created_at: '2021-05-18T18:15:30Z', email: null, accepts_marketing: 'no' } },
    ]);
    expect(preview.layout?.keepStored).toEqual({ created_at: 'earliest', email: 'fill' });
  });
});

describeEachEngine('import --from shopify', (engine) => {
  const store = adapterStore(engine, 'shopify');
  const load = (kind: string, file: string, skipInvalid = false) => store.load(kind, file, { skipInvalid });
  const { read } = store;

  it('imports the orders with the core import, counting orders and saying what the adapter did', async () => {
    const result = await load('orders', 'shopify-orders-79.csv');
    expect(result).toMatchObject({ kind: 'orders', rows: 5, inserted: 5, updated: 0, rejected: [], rejectedCount: 0, written: true });
    expect(result.adapter).toMatchObject({ tool: 'shopify', rowsRead: 10, recordsMade: 5, skippedCount: 2 });
    expect(
      await read(
        `select order_id, customer_id, ${ts('ordered_at')}, amount, currency, channel, attributes->>'shipping_zip' as zip from orders order by order_id`,
      ),
    ).toEqual([
      { order_id: '5001', customer_id: 'ana@example.com', ordered_at: '2021-05-13 09:01:12', amount: 89.9, currency: 'EUR', channel: 'web', zip: '01234' },
      { order_id: '5002', customer_id: '+33612345678', ordered_at: '2021-05-14 07:30:00', amount: 25, currency: 'EUR', channel: 'pos', zip: '06000' },
      { order_id: '5003', customer_id: 'bob@example.com', ordered_at: '2021-05-15 22:45:00', amount: 44.5, currency: 'EUR', channel: 'web', zip: '1000' },
      {
        order_id: '5006',
        customer_id: '0612345678',
        ordered_at: '2021-05-18 18:15:30',
        amount: 41.5,
        currency: 'EUR',
        channel: 'shopify_draft_order',
        zip: null,
      },
      { order_id: '5007', customer_id: 'ana@example.com', ordered_at: '2021-06-01 06:00:00', amount: 12, currency: 'EUR', channel: 'web', zip: null },
    ]);
  });

  it('updates the orders when the same export is imported again, and never duplicates one', async () => {
    await load('orders', 'shopify-orders-79.csv');
    const again = await load('orders', 'shopify-orders-79.csv');
    expect(again).toMatchObject({ rows: 5, inserted: 0, updated: 5, written: true });
    expect(await read('select count(*) as n from orders')).toEqual([{ n: 5 }]);
  });

  it('reports a bad row at the line and column of the original export, after a multi-line note, and writes nothing', async () => {
    // Lines: 1 header, 2–4 order #1001 (a note over three lines), 5 its second item, 6 order #1002.
    const result = await load('orders', 'shopify-orders-bad.csv');
    expect(result).toMatchObject({ rows: 2, inserted: 0, rejectedCount: 1, written: false });
    expect(result.rejected).toEqual([{ line: 6, column: 'Created at', reason: expect.stringContaining('"13/05/2021 9:30"') }]);
    expect(await read('select count(*) as n from orders')).toEqual([{ n: 0 }]);
  });

  it('keeps the valid orders with skipInvalid and lists the bad one at its export line', async () => {
    const result = await load('orders', 'shopify-orders-bad.csv', true);
    expect(result).toMatchObject({ rows: 2, inserted: 1, rejectedCount: 1, written: true, rejected: [{ line: 6, column: 'Created at' }] });
  });

  it("keeps a customer's earlier created_at when a later export is imported after an older one", async () => {
    expect(await load('customers', 'shopify-orders-75.csv')).toMatchObject({ inserted: 2, updated: 0 });
    const later = await load('customers', 'shopify-orders-79.csv');
    expect(later).toMatchObject({ rows: 6, inserted: 5, updated: 1 });
    expect(later.adapter.notes).toContain(
      '1 customer was already stored: each keeps its earlier created_at, and the email, churned_at and attributes this export does not give.',
    );
    expect(
      await read(
        `select customer_id, ${ts('created_at')}, email from customers where customer_id in ('ana@example.com', 'eve@example.com') order by customer_id`,
      ),
    ).toEqual([
      // ana's first order is #0902 of the older export (2020-11-03 09:00 +0100), not #1001.
      { customer_id: 'ana@example.com', created_at: '2020-11-03 08:00:00', email: 'ana@example.com' },
      { customer_id: 'eve@example.com', created_at: '2020-11-02 13:00:00', email: 'eve@example.com' },
    ]);
  });
});
