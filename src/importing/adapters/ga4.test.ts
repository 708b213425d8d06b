import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../errors/errors.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { previewExport } from './previewExport.js';
import { adapterStore, fixture, ts } from '../../test-support/adapterFixtures.js';

/** Invented events written from the description of the GA4 BigQuery export (newline-delimited JSON of events_*). */

describe('GA4 BigQuery export → events and orders', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-ga4-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads one event per line: microsecond timestamps, the page from event_params, GA4 names mapped to the contract types', async () => {
    const preview = await previewExport('ga4', 'events', { path: fixture('ga4-events.ndjson') });
    expect(
      preview.rows.map(({ line, row }) => ({
        line,
        occurred_at: row.occurred_at,
        type: row.type,
        visitor_id: row.visitor_id,
        customer_id: row.customer_id,
        url: row.url,
        referrer: row.referrer,
      })),
    ).toEqual([
      // 1775910798123456 µs after 1970 is 2026-04-11 12:33:18.123456 UTC.
      {
        line: 1,
        occurred_at: '2026-04-11T12:33:18.123456Z',
        type: 'pageview',
        visitor_id: '1234567890.1775910700',
        customer_id: null,
        url: 'https://maison-lumiere.example/',
        referrer: 'https://www.google.com/',
      },
      {
        line: 2,
        occurred_at: '2026-04-11T12:33:18.123456Z',
        type: 'session_start',
        visitor_id: '1234567890.1775910700',
        customer_id: null,
        url: 'https://maison-lumiere.example/',
        referrer: null,
      },
      {
        line: 3,
        occurred_at: '2026-04-11T12:34:10Z',
        type: 'cart',
        visitor_id: '1234567890.1775910700',
        customer_id: null,
        url: 'https://maison-lumiere.example/bougie-ambre',
        referrer: null,
      },
      {
        line: 4,
        occurred_at: '2026-04-11T12:36:40.5Z',
        type: 'purchase',
        visitor_id: '1234567890.1775910700',
        customer_id: 'cus_A',
        url: 'https://maison-lumiere.example/merci',
        referrer: null,
      },
      {
        line: 5,
        occurred_at: '2026-04-11T12:36:42Z',
        type: 'purchase',
        visitor_id: '1234567890.1775910700',
        customer_id: 'cus_A',
        url: 'https://maison-lumiere.example/merci',
        referrer: null,
      },
      {
        line: 6,
        occurred_at: '2026-04-11T15:06:40.000001Z',
        type: 'pageview',
        visitor_id: '987654321.1775919990',
        customer_id: null,
        url: 'https://maison-lumiere.example/diffuseurs',
        referrer: null,
      },
      {
        line: 7,
        occurred_at: '2026-04-11T15:08:20Z',
        type: 'purchase',
        visitor_id: '987654321.1775919990',
        customer_id: null,
        url: 'https://maison-lumiere.example/merci',
        referrer: null,
      },
    ]);
    expect(preview.rows[3]?.row).toMatchObject({
      transaction_id: 'T-1001',
      revenue: '24.95',
      currency: 'EUR',
      ga_session_id: '1775910600',
      device_category: 'mobile',
      country: 'France',
    });
  });

  it('synthesises stable, distinct event ids: the same in a second read, different for two events of the same microsecond', async () => {
    const first = await previewExport('ga4', 'events', { path: fixture('ga4-events.ndjson') });
    const second = await previewExport('ga4', 'events', { path: fixture('ga4-events.ndjson') });
    const ids = first.rows.map(({ row }) => row.event_id);
    expect(ids.every((id) => /^ga4_[0-9a-f]{16}$/.test(id ?? ''))).toBe(true);
    expect(new Set(ids).size).toBe(7);
    expect(second.rows.map(({ row }) => row.event_id)).toEqual(ids);
  });

  it('reads a gzipped export the same way', async () => {
    const file = join(folder, 'events.ndjson.gz');
    writeFileSync(file, gzipSync(readFileSync(fixture('ga4-events.ndjson'))));
    const plain = await previewExport('ga4', 'events', { path: fixture('ga4-events.ndjson') });
    expect((await previewExport('ga4', 'events', { path: file })).rows).toEqual(plain.rows);
  });

  it('makes one order per transaction of a user_id, skipping a purchase logged twice and an anonymous one', async () => {
    const preview = await previewExport('ga4', 'orders', { path: fixture('ga4-events.ndjson') });
    expect(preview.rows).toEqual([
      {
        line: 4,
        row: {
          order_id: 'T-1001',
          customer_id: 'cus_A',
          ordered_at: '2026-04-11T12:36:40.5Z',
          amount: '24.95',
          currency: 'EUR',
          visitor_id: '1234567890.1775910700',
          ga_session_id: '1775910600',
        },
      },
    ]);
    expect(preview.report).toEqual({
      tool: 'ga4',
      rowsRead: 7,
      recordsMade: 1,
      skipped: [
        { line: 5, reason: 'a second purchase event for transaction T-1001 (first on line 4)' },
        { line: 7, reason: 'purchase T-1002 has no user_id: it cannot be tied to a customer' },
      ],
      skippedCount: 2,
      notes: ['4 events other than purchase left aside (import them with --from ga4 events).'],
    });
  });

  it('refuses an export whose events lack a field we need, naming it', async () => {
    const file = join(folder, 'sessions.ndjson');
    writeFileSync(file, '{"event_timestamp":"1775910798123456","event_name":"page_view","session_id":"x"}\n');
    await expect(previewExport('ga4', 'events', { path: file, shownAs: 'sessions.ndjson' })).rejects.toThrow(
      'The file sessions.ndjson is not a GA4 BigQuery export of events_* (newline-delimited JSON) as Baromètre reads it: it lacks the field "user_pseudo_id" (fields are matched by name; see docs/imports.md for the layouts read).',
    );
  });

  it('refuses a JSON array, saying to export newline-delimited JSON', async () => {
    const file = join(folder, 'array.json');
    writeFileSync(file, '[{"event_name":"page_view"}]\n');
    await expect(previewExport('ga4', 'events', { path: file, shownAs: 'array.json' })).rejects.toThrow(
      /is a JSON array; export the table as newline-delimited JSON/,
    );
  });

  it('refuses a line that is not JSON, naming its line, unless unreadable rows are to be skipped', async () => {
    const error = await previewExport('ga4', 'events', { path: fixture('ga4-events-bad.ndjson'), shownAs: 'bad.ndjson' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(
      /^Nothing was imported: 1 row of bad\.ndjson cannot be read, the first on line 4 \(not valid JSON .*\); fix them, or pass --skip-invalid to import the others\.$/,
    );
    expect((error as DataError).problems).toEqual([{ line: 4, column: null, reason: expect.stringMatching(/^not valid JSON/) }]);
    const skipping = await previewExport('ga4', 'events', { path: fixture('ga4-events-bad.ndjson') }, { skipInvalid: true });
    expect(skipping.rows.map(({ line }) => line)).toEqual([1, 2, 3]);
    expect(skipping.report.skipped).toEqual([{ line: 4, reason: expect.stringMatching(/^unreadable: not valid JSON/) }]);
  });
});

describeEachEngine('import --from ga4', (engine) => {
  const store = adapterStore(engine, 'ga4');
  const load = (kind: string, file: string, skipInvalid = false) => store.load(kind, file, { skipInvalid });
  const { read } = store;

  it('imports the events, maintains sessions, and updates rather than duplicates on a second import', async () => {
    expect(await load('events', 'ga4-events.ndjson')).toMatchObject({ kind: 'events', rows: 7, inserted: 7, updated: 0, written: true });
    expect(await load('events', 'ga4-events.ndjson')).toMatchObject({ rows: 7, inserted: 0, updated: 7 });
    expect(await read('select count(*) as n from events')).toEqual([{ n: 7 }]);
    expect(await read(`select visitor_id, ${ts('started_at')}, events, pageviews from sessions order by visitor_id`)).toEqual([
      { visitor_id: '1234567890.1775910700', started_at: '2026-04-11 12:33:18.123456', events: 5, pageviews: 1 },
      { visitor_id: '987654321.1775919990', started_at: '2026-04-11 15:06:40.000001', events: 2, pageviews: 1 },
    ]);
  });

  it('imports the purchases as orders', async () => {
    expect(await load('orders', 'ga4-events.ndjson')).toMatchObject({ kind: 'orders', rows: 1, inserted: 1, adapter: { rowsRead: 7, skippedCount: 2 } });
    expect(await read(`select order_id, customer_id, amount, currency from orders`)).toEqual([
      { order_id: 'T-1001', customer_id: 'cus_A', amount: 24.95, currency: 'EUR' },
    ]);
  });

  it('with skipInvalid, skips the line that is not JSON and reports the event without visitor at its own line', async () => {
    const result = await load('events', 'ga4-events-bad.ndjson', true);
    expect(result).toMatchObject({ rows: 3, inserted: 2, rejectedCount: 1, written: true });
    expect(result.rejected).toEqual([{ line: 2, column: 'user_pseudo_id', reason: 'visitor_id is empty but required' }]);
    expect(result.adapter.skipped).toEqual([{ line: 4, reason: expect.stringMatching(/^unreadable: not valid JSON/) }]);
  });
});
