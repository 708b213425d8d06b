import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../errors/errors.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { previewExport } from './previewExport.js';
import { adapterStore, fixture, ts } from '../../test-support/adapterFixtures.js';

/** Invented exports written from the description of Stripe's dashboard exports. */

describe('Stripe exports', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-stripe-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('makes an order of each Paid payment: amount in major units net of refunds, currency upper-cased, metadata as attributes', async () => {
    const preview = await previewExport('stripe', 'orders', { path: fixture('stripe-payments.csv') });
    expect(preview.rows).toEqual([
      {
        line: 2,
        row: {
          order_id: 'ch_3Oa1',
          customer_id: 'cus_A',
          ordered_at: '2024-09-20T17:10:00Z',
          amount: '14.99',
          currency: 'EUR',
          payment_intent_id: 'pi_1',
          amount_refunded: null,
          description: 'Abonnement bougies',
          invoice_id: null,
          order_ref: 'W-100',
          metadata_channel: 'web',
        },
      },
      {
        // 49.00 − 10.00 refunded.
        line: 3,
        row: {
          order_id: 'ch_3Oa2',
          customer_id: 'cus_B',
          ordered_at: '2024-09-21T08:05:00Z',
          amount: '39.00',
          currency: 'EUR',
          payment_intent_id: 'pi_2',
          amount_refunded: '10.00',
          description: null,
          invoice_id: 'in_2',
          order_ref: 'W-101',
          metadata_channel: null,
        },
      },
      {
        // Empty id: the PaymentIntent ID is the order's id.
        line: 4,
        row: {
          order_id: 'pi_3',
          customer_id: 'cus_A',
          ordered_at: '2024-09-22T12:00:00Z',
          amount: '20.00',
          currency: 'USD',
          payment_intent_id: 'pi_3',
          amount_refunded: null,
          description: null,
          invoice_id: null,
          order_ref: null,
          metadata_channel: null,
        },
      },
    ]);
    expect(preview.report).toEqual({
      tool: 'stripe',
      rowsRead: 6,
      recordsMade: 3,
      skipped: [
        { line: 5, reason: 'payment ch_3Oa4 has Status Failed: only Paid payments are orders' },
        { line: 6, reason: 'payment ch_3Oa5 has Status Refunded: only Paid payments are orders' },
        { line: 7, reason: 'payment ch_3Oa6 has no Customer ID: it cannot be tied to a customer' },
      ],
      skippedCount: 3,
      notes: ['1 payment with an empty id: order_id is the PaymentIntent ID.', '1 payment partly refunded: amount is Amount minus Amount Refunded.'],
    });
  });

  it('reads header variants of another export: "Created (UTC)", "Customer", "Refunded Amount"', async () => {
    const file = join(folder, 'variant.csv');
    writeFileSync(file, 'ID,Created (UTC),Amount,Refunded Amount,Currency,Status,Customer\nch_1,2024-09-20 17:10,14.99,4.99,gbp,paid,cus_A\n');
    const preview = await previewExport('stripe', 'orders', { path: file });
    expect(preview.rows).toEqual([
      {
        line: 2,
        row: expect.objectContaining({ order_id: 'ch_1', customer_id: 'cus_A', ordered_at: '2024-09-20T17:10:00Z', amount: '10.00', currency: 'GBP' }),
      },
    ]);
  });

  it('reads the zone a header names, and says when --timezone is ignored for it', async () => {
    const file = join(folder, 'zoned.csv');
    writeFileSync(file, 'id,Created (Europe/Paris),Amount,Currency,Status,Customer ID\nch_1,2024-09-20 17:10,14.99,eur,Paid,cus_A\n');
    const preview = await previewExport('stripe', 'orders', { path: file, timeZone: 'America/New_York' });
    expect(preview.rows[0]?.row.ordered_at).toBe('2024-09-20T15:10:00Z');
    expect(preview.report.notes).toContain("--timezone America/New_York ignored: the export states its timestamps' zone (Europe/Paris).");
  });

  it('refuses a payments export without Status with one sentence naming it', async () => {
    const file = join(folder, 'no-status.csv');
    writeFileSync(file, 'id,Created date (UTC),Amount,Currency,Customer ID\nch_1,2024-09-20 17:10,14.99,eur,cus_A\n');
    const error = await previewExport('stripe', 'orders', { path: file, shownAs: 'no-status.csv' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      'The file no-status.csv is not a Stripe payments export as Baromètre reads it: it lacks the column "Status" (columns are matched by name; see docs/imports.md for the layouts read).',
    );
  });

  it('makes customers of the customers export, emails lower-cased, metadata as attributes', async () => {
    const preview = await previewExport('stripe', 'customers', { path: fixture('stripe-customers.csv') });
    expect(preview.rows).toEqual([
      { line: 2, row: { customer_id: 'cus_A', created_at: '2024-09-01T10:00:00Z', email: 'ana@example.com', loyalty_tier: 'gold' } },
      { line: 3, row: { customer_id: 'cus_B', created_at: '2024-09-02T11:30:00Z', email: 'bob@example.com', loyalty_tier: 'silver' } },
      { line: 4, row: { customer_id: 'cus_C', created_at: '2024-09-03T09:15:00Z', email: null, loyalty_tier: null } },
    ]);
    expect(preview.layout?.keepStored).toEqual({ created_at: 'earliest', email: 'fill', churned_at: 'fill' });
  });

  it('refuses a payments export given as customers, saying how to import it', async () => {
    await expect(previewExport('stripe', 'customers', { path: fixture('stripe-payments.csv'), shownAs: 'payments.csv' })).rejects.toThrow(
      'The file payments.csv is a Stripe payments export, not a customers or subscriptions export; import it with --from stripe orders.',
    );
  });

  it('makes churned_at of the subscriptions export: the latest end once no subscription is live, none while one is set to cancel at period end', async () => {
    const preview = await previewExport('stripe', 'customers', { path: fixture('stripe-subscriptions.csv') });
    expect(preview.rows).toEqual([
      { line: 2, row: { customer_id: 'cus_A', created_at: '2024-09-01T10:05:00Z', churned_at: null, email: 'ana@example.com', subscriptions: '1' } },
      {
        line: 3,
        row: { customer_id: 'cus_B', created_at: '2024-09-02T11:35:00Z', churned_at: '2024-10-15T09:00:00Z', email: 'bob@example.com', subscriptions: '1' },
      },
      { line: 4, row: { customer_id: 'cus_C', created_at: '2024-09-03T09:20:00Z', churned_at: null, email: null, subscriptions: '1' } },
      // Two ended subscriptions: created at the first start, churned at the last end.
      {
        line: 5,
        row: { customer_id: 'cus_D', created_at: '2024-01-05T16:45:00Z', churned_at: '2024-11-01T08:00:00Z', email: 'dora@example.com', subscriptions: '2' },
      },
    ]);
  });
});

describeEachEngine('import --from stripe', (engine) => {
  const { load, read } = adapterStore(engine, 'stripe');

  it('imports the Paid payments as orders, and updates them on a second import', async () => {
    expect(await load('orders', 'stripe-payments.csv')).toMatchObject({
      kind: 'orders',
      rows: 3,
      inserted: 3,
      updated: 0,
      written: true,
      adapter: { rowsRead: 6, skippedCount: 3 },
    });
    expect(await load('orders', 'stripe-payments.csv')).toMatchObject({ rows: 3, inserted: 0, updated: 3 });
    expect(await read(`select order_id, amount, currency, attributes->>'order_ref' as order_ref from orders order by order_id`)).toEqual([
      { order_id: 'ch_3Oa1', amount: 14.99, currency: 'EUR', order_ref: 'W-100' },
      { order_id: 'ch_3Oa2', amount: 39, currency: 'EUR', order_ref: 'W-101' },
      { order_id: 'pi_3', amount: 20, currency: 'USD', order_ref: null },
    ]);
  });

  it('reports a comma-decimal amount at its line of the export, past a skipped payment, under the Amount column', async () => {
    const result = await load('orders', 'stripe-payments-bad.csv');
    expect(result).toMatchObject({ rows: 2, inserted: 0, rejectedCount: 1, written: false });
    expect(result.rejected).toEqual([{ line: 4, column: 'Amount', reason: expect.stringContaining('"12,50"') }]);
  });

  it('reports an id given twice at both lines of the export, past a skipped payment', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'barometre-stripe-twice-'));
    const file = join(folder, 'twice.csv');
    writeFileSync(
      file,
      'id,Created date (UTC),Amount,Currency,Status,Customer ID\nch_2,2024-09-20 17:09,5.00,eur,Failed,cus_A\nch_1,2024-09-20 17:10,14.99,eur,Paid,cus_A\nch_1,2024-09-21 09:00,14.99,eur,Paid,cus_A\n',
    );
    // Canonical lines 2 and 3 hold the two ch_1, which are lines 3 and 4 of the export.
    const result = await load('orders', file);
    expect(result.rejected).toEqual([{ line: 4, column: 'id', reason: 'order_id repeats the id of the row on line 3' }]);
    rmSync(folder, { recursive: true, force: true });
  });

  it('combines the customers and subscriptions exports whatever the order: email, metadata and churned_at all survive', async () => {
    await load('customers', 'stripe-customers.csv');
    const subscriptions = await load('customers', 'stripe-subscriptions.csv');
    expect(subscriptions).toMatchObject({ rows: 4, inserted: 1, updated: 3 });
    const customersAgain = await load('customers', 'stripe-customers.csv');
    expect(customersAgain).toMatchObject({ rows: 3, inserted: 0, updated: 3 });
    expect(
      await read(`select customer_id, ${ts('created_at')}, ${ts('churned_at')}, email, attributes->>'loyalty_tier' as tier, attributes->>'subscriptions' as subscriptions
from customers order by customer_id`),
    ).toEqual([
      { customer_id: 'cus_A', created_at: '2024-09-01 10:00:00', churned_at: null, email: 'ana@example.com', tier: 'gold', subscriptions: '1' },
      {
        customer_id: 'cus_B',
        created_at: '2024-09-02 11:30:00',
        churned_at: '2024-10-15 09:00:00',
        email: 'bob@example.com',
        tier: 'silver',
        subscriptions: '1',
      },
      { customer_id: 'cus_C', created_at: '2024-09-03 09:15:00', churned_at: null, email: null, tier: null, subscriptions: '1' },
      { customer_id: 'cus_D', created_at: '2024-01-05 16:45:00', churned_at: '2024-11-01 08:00:00', email: 'dora@example.com', tier: null, subscriptions: '2' },
    ]);
  });

  it('refuses an export of only failed payments with one sentence saying what was read and why nothing is left', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'barometre-stripe-empty-')), 'failed.csv');
    writeFileSync(file, 'id,Created date (UTC),Amount,Currency,Status,Customer ID\nch_1,2024-09-20 17:10,14.99,eur,Failed,cus_A\n');
    await expect(load('orders', file)).rejects.toThrow(
      `The file ${file} gives no orders to import (1 row read; 1 skipped, the first on line 2: payment ch_1 has Status Failed: only Paid payments are orders).`,
    );
    rmSync(join(file, '..'), { recursive: true, force: true });
  });
});
