import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '../store/Store.js';
import { findWorkspace } from '../store/workspaces.js';
import { describeEachEngine } from '../test-support/engines.js';
import { workspaceStore } from '../test-support/workspaceStore.js';
import { importFile, type ImportOptions, type ImportResult } from './importFile.js';

/** Hand-written CSVs of a few rows each; the expected values below are worked out from them by hand. */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string): string => join(FIXTURES, name);

/** Timestamps are read back as text, so both engines (and any TZ of the test process) answer alike. */
const ts = (column: string): string => `cast(${column} as varchar) as ${column}`;

/** The result of importing `n` clean rows into an empty store. */
const cleanImport = (kind: string, n: number): ImportResult => ({ kind, rows: n, inserted: n, updated: 0, rejected: [], rejectedCount: 0, written: true });

interface KindCase {
  kind: string;
  file: string;
  table: string;
  /** Reads back every stored column, in id order. */
  readBack: string;
  expected: Row[];
}

const KIND_CASES: KindCase[] = [
  {
    kind: 'customers',
    file: 'customers.csv',
    table: 'customers',
    readBack: `select customer_id, ${ts('created_at')}, ${ts('churned_at')}, email, attributes->>'loyalty_tier' as loyalty_tier
from customers order by customer_id`,
    expected: [
      // 14:02:11+02:00 is 12:02:11 UTC.
      { customer_id: 'c1', created_at: '2024-03-05 12:02:11', churned_at: null, email: 'ana@example.com', loyalty_tier: 'gold' },
      // A bare date is 00:00 UTC; 00:30-01:00 is 01:30 UTC.
      { customer_id: 'c2', created_at: '2024-03-06 00:00:00', churned_at: '2024-05-01 01:30:00', email: null, loyalty_tier: null },
      { customer_id: 'c3', created_at: '2024-03-07 08:00:00', churned_at: null, email: null, loyalty_tier: 'silver' },
    ],
  },
  {
    kind: 'orders',
    file: 'orders.csv',
    table: 'orders',
    readBack: `select order_id, customer_id, ${ts('ordered_at')}, amount, currency, channel, attributes->>'coupon' as coupon
from orders order by order_id`,
    expected: [
      { order_id: 'o1', customer_id: 'c1', ordered_at: '2024-03-10 09:00:00', amount: 49.9, currency: 'EUR', channel: 'web', coupon: 'SPRING' },
      { order_id: 'o2', customer_id: 'c1', ordered_at: '2024-04-01 00:00:00', amount: 12.5, currency: 'EUR', channel: 'store', coupon: null },
      // 23:30-02:00 on the 2nd is 01:30 UTC on the 3rd.
      { order_id: 'o3', customer_id: 'c2', ordered_at: '2024-04-03 01:30:00', amount: 0, currency: null, channel: null, coupon: null },
    ],
  },
  {
    kind: 'responses',
    file: 'responses.csv',
    table: 'responses',
    readBack: `select response_id, survey_id, ${ts('submitted_at')}, customer_id, channel, population, nps, csat, ces, comment, language,
  attributes->>'store' as store
from responses order by response_id`,
    expected: [
      {
        response_id: 'r1',
        survey_id: 's1',
        submitted_at: '2024-03-05 09:00:00',
        customer_id: 'c1',
        channel: 'email',
        population: 'customer',
        nps: 9,
        csat: 5,
        ces: 7,
        comment: 'Très bien',
        language: 'fr',
        store: 'Lyon',
      },
      {
        response_id: 'r2',
        survey_id: 's1',
        submitted_at: '2024-03-05 00:00:00',
        customer_id: null,
        channel: null,
        population: 'employee',
        nps: 3,
        csat: null,
        ces: null,
        comment: null,
        language: null,
        store: null,
      },
      {
        // 10:00+05:30 is 04:30 UTC.
        response_id: 'r3',
        survey_id: 's2',
        submitted_at: '2024-03-06 04:30:00',
        customer_id: 'c2',
        channel: 'web',
        population: 'customer',
        nps: null,
        csat: 2,
        ces: 1,
        comment: 'slow, but ok',
        language: 'en',
        store: null,
      },
    ],
  },
  {
    kind: 'events',
    file: 'events.csv',
    table: 'events',
    readBack: `select event_id, visitor_id, ${ts('occurred_at')}, type, customer_id, url, referrer, attributes->>'campaign' as campaign
from events order by event_id`,
    expected: [
      {
        event_id: 'e1',
        visitor_id: 'v1',
        occurred_at: '2024-03-05 10:00:00',
        type: 'pageview',
        customer_id: 'c1',
        url: '/home',
        referrer: 'https://example.org/',
        campaign: 'spring',
      },
      { event_id: 'e2', visitor_id: 'v1', occurred_at: '2024-03-05 10:10:00', type: 'cart', customer_id: 'c1', url: '/cart', referrer: null, campaign: null },
      { event_id: 'e3', visitor_id: 'v2', occurred_at: '2024-03-05 11:00:00', type: 'signup', customer_id: null, url: '/', referrer: null, campaign: null },
    ],
  },
  {
    kind: 'posts',
    file: 'posts.csv',
    table: 'posts',
    readBack: `select post_id, platform, ${ts('published_at')}, followers, impressions, reach, likes, comments, shares, saves,
  attributes->>'campaign' as campaign
from posts order by post_id`,
    expected: [
      {
        post_id: 'p1',
        platform: 'instagram',
        published_at: '2024-03-05 17:00:00',
        followers: 1200,
        impressions: 5000,
        reach: 4000,
        likes: 150,
        comments: 12,
        shares: 3,
        saves: 9,
        campaign: 'spring',
      },
      {
        post_id: 'p2',
        platform: 'linkedin',
        published_at: '2024-03-06 00:00:00',
        followers: 800,
        impressions: null,
        reach: null,
        likes: 20,
        comments: null,
        shares: null,
        saves: null,
        campaign: null,
      },
    ],
  },
  {
    kind: 'mentions',
    file: 'mentions.csv',
    table: 'mentions',
    readBack: `select mention_id, brand, ${ts('published_at')}, platform, text, reach, is_own_brand, attributes->>'tone' as tone
from mentions order by mention_id`,
    expected: [
      {
        mention_id: 'm1',
        brand: 'Baromètre',
        published_at: '2024-03-05 08:00:00',
        platform: 'twitter',
        text: 'Love it, truly',
        reach: 300,
        is_own_brand: true,
        tone: 'warm',
      },
      // is_own_brand left empty is false.
      { mention_id: 'm2', brand: 'Rival', published_at: '2024-03-05 00:00:00', platform: null, text: null, reach: null, is_own_brand: false, tone: null },
      { mention_id: 'm3', brand: 'Rival', published_at: '2024-03-06 13:00:00', platform: 'forum', text: 'meh', reach: 12, is_own_brand: false, tone: null },
    ],
  },
  {
    kind: 'audits',
    file: 'audits.csv',
    table: 'audits',
    readBack: `select visit_id, criterion, site, ${ts('visited_at')}, score, max_score, weight, touchpoint, attributes->>'auditor' as auditor
from audits order by visit_id, criterion`,
    expected: [
      {
        visit_id: 'v1',
        criterion: 'accueil',
        site: 'Paris',
        visited_at: '2024-03-05 09:00:00',
        score: 4,
        max_score: 5,
        weight: 2,
        touchpoint: 'accueil',
        auditor: 'Marie',
      },
      // weight left empty is 1.
      {
        visit_id: 'v1',
        criterion: 'propreté',
        site: 'Paris',
        visited_at: '2024-03-05 09:00:00',
        score: 3,
        max_score: 5,
        weight: 1,
        touchpoint: 'service',
        auditor: 'Marie',
      },
      {
        visit_id: 'v2',
        criterion: 'accueil',
        site: 'Lyon',
        visited_at: '2024-03-06 00:00:00',
        score: 5,
        max_score: 5,
        weight: 1,
        touchpoint: null,
        auditor: null,
      },
    ],
  },
];

describeEachEngine('importFile', (engine) => {
  const test = workspaceStore(engine);

  const load = (kind: string, file: string, options: Partial<ImportOptions> = {}): Promise<ImportResult> =>
    importFile(test.store, { kind, file: fixture(file), workspaceId: test.workspaceId, ...options });
  const read = (sql: string): Promise<Row[]> => test.read(sql);
  const countOf = async (table: string): Promise<number> => {
    const [row] = await test.store.query<{ n: number }>('count rows', `select count(*) as n from ${table}`);
    return row?.n ?? NaN;
  };

  for (const kindCase of KIND_CASES) {
    it(`imports a valid ${kindCase.kind} file and reads every value back, timestamps in UTC, extra columns as attributes`, async () => {
      const result = await load(kindCase.kind, kindCase.file);
      expect(result).toEqual(cleanImport(kindCase.kind, kindCase.expected.length));
      expect(await countOf(kindCase.table)).toBe(kindCase.expected.length);
      expect(await read(kindCase.readBack)).toEqual(kindCase.expected);
    });

    it(`updates every row when the same ${kindCase.kind} file is imported again, and never duplicates one`, async () => {
      await load(kindCase.kind, kindCase.file);
      const again = await load(kindCase.kind, kindCase.file);
      const n = kindCase.expected.length;
      expect(again).toEqual({ ...cleanImport(kindCase.kind, n), inserted: 0, updated: n });
      expect(await countOf(kindCase.table)).toBe(n);
      expect(await read(kindCase.readBack)).toEqual(kindCase.expected);
    });
  }

  it('records the extra columns of an import as attribute keys of its kind', async () => {
    await load('customers', 'customers.csv');
    await load('orders', 'orders.csv');
    expect(await read('select kind, key from attribute_keys order by kind, key')).toEqual([
      { kind: 'customers', key: 'loyalty_tier' },
      { kind: 'orders', key: 'coupon' },
    ]);
  });

  it('updates the changed row and inserts the new one when a file is imported again with one row changed and one added', async () => {
    await load('customers', 'customers.csv');
    const result = await load('customers', 'customers-changed.csv');
    expect(result).toMatchObject({ rows: 4, inserted: 1, updated: 3, rejectedCount: 0, written: true });
    expect(await countOf('customers')).toBe(4);
    expect(await read(`select customer_id, ${ts('churned_at')}, attributes->>'loyalty_tier' as loyalty_tier from customers order by customer_id`)).toEqual([
      { customer_id: 'c1', churned_at: null, loyalty_tier: 'gold' },
      { customer_id: 'c2', churned_at: '2024-05-01 01:30:00', loyalty_tier: null },
      { customer_id: 'c3', churned_at: '2024-06-30 00:00:00', loyalty_tier: 'platinum' },
      { customer_id: 'c4', churned_at: null, loyalty_tier: null },
    ]);
  });

  it('keeps the rows of each workspace apart: the same ids in another workspace are new rows', async () => {
    await load('customers', 'customers.csv');
    const other = (await findWorkspace(test.store, 'other', { create: true })).id;
    const result = await importFile(test.store, { kind: 'customers', file: fixture('customers.csv'), workspaceId: other });
    expect(result).toEqual(cleanImport('customers', 3));
    expect(await read('select workspace_id, count(*) as n from customers group by workspace_id order by workspace_id')).toEqual([
      { workspace_id: test.workspaceId, n: 3 },
      { workspace_id: other, n: 3 },
    ]);
  });

  it('reads a file that starts with a UTF-8 byte-order mark, the first column name included', async () => {
    const result = await load('customers', 'customers-bom.csv');
    expect(result).toEqual(cleanImport('customers', 2));
    expect(await read(`select customer_id, ${ts('created_at')}, attributes->>'loyalty_tier' as loyalty_tier from customers order by customer_id`)).toEqual([
      { customer_id: 'c1', created_at: '2024-03-05 00:00:00', loyalty_tier: 'gold' },
      { customer_id: 'c2', created_at: '2024-03-06 00:00:00', loyalty_tier: null },
    ]);
  });

  it('detects a semicolon-separated file and keeps semicolons and commas inside quoted fields', async () => {
    const result = await load('orders', 'orders-semicolon.csv');
    expect(result).toEqual(cleanImport('orders', 2));
    expect(await read(`select order_id, customer_id, ${ts('ordered_at')}, amount, channel, attributes->>'note' as note from orders order by order_id`)).toEqual(
      [
        { order_id: 'o1', customer_id: 'c1', ordered_at: '2024-03-10 10:00:00', amount: 49.9, channel: 'web', note: 'gift; wrapped, red' },
        { order_id: 'o2', customer_id: 'c2', ordered_at: '2024-03-11 00:00:00', amount: 7, channel: 'store', note: null },
      ],
    );
  });

  it('numbers a bad row after a quoted multi-line field by its physical line in the file', async () => {
    // Lines: 1 header, 2 c1, 3–5 c2 (a field over three lines), 6 c3, 7 c4.
    const result = await load('customers', 'customers-quoted.csv');
    expect(result).toMatchObject({ rows: 4, inserted: 0, updated: 0, rejectedCount: 1, written: false });
    expect(result.rejected).toEqual([{ line: 7, column: 'created_at', reason: expect.stringContaining('"not a date"') }]);
    expect(await countOf('customers')).toBe(0);
  });

  it('stores quoted fields with commas, doubled quotes and line breaks as written', async () => {
    const result = await load('customers', 'customers-quoted.csv', { skipInvalid: true });
    expect(result).toMatchObject({ rows: 4, inserted: 3, updated: 0, rejectedCount: 1, written: true });
    expect(await read(`select customer_id, attributes->>'note' as note from customers order by customer_id`)).toEqual([
      { customer_id: 'c1', note: 'Dupont, Marie' },
      { customer_id: 'c2', note: 'she said "hi"\nand then\nleft' },
      { customer_id: 'c3', note: 'plain' },
    ]);
  });

  it('counts the lines of a multi-line row the parser refused when numbering the bad rows after it', async () => {
    // Lines: 1 header, 2–3 c1 (one field too many, a field over two lines), 4 c2.
    const result = await load('customers', 'customers-refused-multiline.csv');
    expect(result.rejected).toEqual([
      { line: 2, column: null, reason: 'the row has 4 fields where the header has 3' },
      { line: 4, column: 'created_at', reason: expect.stringContaining('"not a date"') },
    ]);
  });

  it('counts blank lines when numbering the bad rows after them', async () => {
    // Lines: 1 header, 2 c1, 3 blank, 4 c2.
    const result = await load('customers', 'customers-blank-line.csv');
    expect(result.rejected).toEqual([{ line: 4, column: 'created_at', reason: expect.stringContaining('"not a date"') }]);
  });

  it('writes only the valid rows with skipInvalid and lists the others with line, column and reason', async () => {
    const result = await load('customers', 'customers-mixed.csv', { skipInvalid: true });
    expect(result).toEqual({
      kind: 'customers',
      rows: 4,
      inserted: 2,
      updated: 0,
      rejected: [
        { line: 3, column: 'created_at', reason: expect.stringContaining('"yesterday"') },
        { line: 5, column: 'created_at', reason: 'created_at is empty but required' },
      ],
      rejectedCount: 2,
      written: true,
    });
    expect(await read('select customer_id, email from customers order by customer_id')).toEqual([
      { customer_id: 'c1', email: 'a@example.com' },
      { customer_id: 'c3', email: 'c@example.com' },
    ]);
  });

  describe('sessions and visitor days', () => {
    const sessionsSql = `select visitor_id, ${ts('started_at')}, ${ts('ended_at')}, events, pageviews from sessions order by visitor_id, started_at`;
    const visitorDaysSql = `select visitor_id, cast(day as varchar) as day, events, carts, purchases from visitor_days order by visitor_id, day`;

    it('maintains sessions at import: a gap of 31 minutes starts a new session, a gap of exactly 30 does not', async () => {
      expect(await load('events', 'events-sessions.csv')).toEqual(cleanImport('events', 5));
      expect(await read(sessionsSql)).toEqual([
        // v1: 10:00 → 10:30 (30 min, same session) → 11:01 (31 min, new session).
        { visitor_id: 'v1', started_at: '2024-03-05 10:00:00', ended_at: '2024-03-05 10:30:00', events: 2, pageviews: 2 },
        { visitor_id: 'v1', started_at: '2024-03-05 11:01:00', ended_at: '2024-03-05 11:01:00', events: 1, pageviews: 0 },
        // v2: 23:50 → 00:10 the next day, 20 minutes: one session across midnight.
        { visitor_id: 'v2', started_at: '2024-03-05 23:50:00', ended_at: '2024-03-06 00:10:00', events: 2, pageviews: 1 },
      ]);
    });

    it('maintains visitor days at import, one row per visitor and UTC day with its carts and purchases', async () => {
      await load('events', 'events-sessions.csv');
      expect(await read(visitorDaysSql)).toEqual([
        { visitor_id: 'v1', day: '2024-03-05', events: 3, carts: 1, purchases: 0 },
        { visitor_id: 'v2', day: '2024-03-05', events: 1, carts: 0, purchases: 0 },
        { visitor_id: 'v2', day: '2024-03-06', events: 1, carts: 0, purchases: 1 },
      ]);
    });

    it('merges two sessions of a visitor when a later import adds an event between them', async () => {
      await load('events', 'events-sessions.csv');
      expect(await load('events', 'events-between.csv')).toEqual(cleanImport('events', 1));
      expect(await read(sessionsSql)).toEqual([
        // 10:00, 10:30, 10:45, 11:01: no gap above 30 minutes any more.
        { visitor_id: 'v1', started_at: '2024-03-05 10:00:00', ended_at: '2024-03-05 11:01:00', events: 4, pageviews: 3 },
        { visitor_id: 'v2', started_at: '2024-03-05 23:50:00', ended_at: '2024-03-06 00:10:00', events: 2, pageviews: 1 },
      ]);
      expect(await read(visitorDaysSql)).toEqual([
        { visitor_id: 'v1', day: '2024-03-05', events: 4, carts: 1, purchases: 0 },
        { visitor_id: 'v2', day: '2024-03-05', events: 1, carts: 0, purchases: 0 },
        { visitor_id: 'v2', day: '2024-03-06', events: 1, carts: 0, purchases: 1 },
      ]);
    });

    it('splits a session when a re-imported event moves away from it', async () => {
      await load('events', 'events-sessions.csv');
      expect(await load('events', 'events-moved.csv')).toMatchObject({ inserted: 0, updated: 1 });
      expect(await countOf('events')).toBe(5);
      expect(await read(sessionsSql)).toEqual([
        // v1: 10:00, then 11:01 (61 min later), then a2 moved to 12:00 (59 min later).
        { visitor_id: 'v1', started_at: '2024-03-05 10:00:00', ended_at: '2024-03-05 10:00:00', events: 1, pageviews: 1 },
        { visitor_id: 'v1', started_at: '2024-03-05 11:01:00', ended_at: '2024-03-05 11:01:00', events: 1, pageviews: 0 },
        { visitor_id: 'v1', started_at: '2024-03-05 12:00:00', ended_at: '2024-03-05 12:00:00', events: 1, pageviews: 1 },
        { visitor_id: 'v2', started_at: '2024-03-05 23:50:00', ended_at: '2024-03-06 00:10:00', events: 2, pageviews: 1 },
      ]);
    });
  });

  describe('a file with many bad rows', () => {
    let folder: string;
    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'barometre-import-test-'));
    });
    afterAll(() => {
      rmSync(folder, { recursive: true, force: true });
    });

    it('lists the first 100 of 250 bad rows, in file order, and counts all 250', async () => {
      const file = join(folder, 'many-bad.csv');
      const rows = Array.from({ length: 250 }, (_, index) => `c${index},day ${index}`);
      writeFileSync(file, `customer_id,created_at\nc-good,2024-03-05\n${rows.join('\n')}\n`);
      const result = await importFile(test.store, { kind: 'customers', file, workspaceId: test.workspaceId });
      expect(result).toMatchObject({ rows: 251, inserted: 0, updated: 0, rejectedCount: 250, written: false });
      expect(result.rejected).toHaveLength(100);
      // The good row is line 2, so bad row i is on line i + 3.
      expect(result.rejected[0]).toEqual({ line: 3, column: 'created_at', reason: expect.stringContaining('"day 0"') });
      expect(result.rejected[99]).toEqual({ line: 102, column: 'created_at', reason: expect.stringContaining('"day 99"') });
      expect(await countOf('customers')).toBe(0);
    });
  });
});
