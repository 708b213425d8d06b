import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DataError, UsageError } from '../errors/errors.js';
import type { Store } from '../store/Store.js';
import { describeEachEngine } from '../test-support/engines.js';
import { workspaceStore } from '../test-support/workspaceStore.js';
import { importFile, type ImportResult } from './importFile.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Every table of the schema: a refused import must leave each one's row count as it was. */
const TABLES = [
  'schema_migrations',
  'workspaces',
  'customers',
  'orders',
  'responses',
  'events',
  'posts',
  'mentions',
  'audits',
  'attribute_keys',
  'sessions',
  'visitor_days',
  'daily_web',
  'daily_answers',
  'api_keys',
] as const;

async function tableCounts(store: Store): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await store.query<{ n: number }>(`count ${table}`, `select count(*) as n from ${table}`);
    counts[table] = row?.n ?? NaN;
  }
  return counts;
}

/** The result of an atomic import refused for `problems`: nothing written. */
const refused = (kind: string, rows: number, problems: ImportResult['rejected']): ImportResult => ({
  kind,
  rows,
  inserted: 0,
  updated: 0,
  rejected: problems,
  rejectedCount: problems.length,
  written: false,
});

describeEachEngine('importFile with bad input', (engine) => {
  let folder: string;
  let before: Record<string, number>;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-bad-input-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  // Each test starts from a store holding customers, events and their sessions, so "unchanged" means something.
  const test = workspaceStore(engine, {
    fill: async (store, workspaceId) => {
      await importFile(store, { kind: 'customers', file: join(FIXTURES, 'customers.csv'), workspaceId });
      await importFile(store, { kind: 'events', file: join(FIXTURES, 'events-sessions.csv'), workspaceId });
      before = await tableCounts(store);
    },
  });

  let fileNumber = 0;
  /** Writes `content` (text, or exact bytes) to a new file of the test folder and returns its path. */
  const file = (content: string | Buffer): string => {
    const path = join(folder, `input-${fileNumber++}.csv`);
    writeFileSync(path, content);
    return path;
  };
  const attempt = (kind: string, path: string, skipInvalid = false): Promise<ImportResult> =>
    importFile(test.store, { kind, file: path, workspaceId: test.workspaceId, skipInvalid });
  const expectStoreUnchanged = async (): Promise<void> => {
    expect(await tableCounts(test.store)).toEqual(before);
  };
  /** Expects the import to throw `type` with a message matching `message`, and the store to be unchanged. */
  const expectThrows = async (run: Promise<unknown>, type: typeof DataError | typeof UsageError, message: RegExp): Promise<Error> => {
    const error = await run.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(message);
    await expectStoreUnchanged();
    return error as Error;
  };

  it('refuses an unknown kind with a UsageError naming it and the kinds there are', async () => {
    const path = file('customer_id,created_at\nc9,2024-03-05\n');
    await expectThrows(attempt('customer', path), UsageError, /"customer".*customers, orders/);
  });

  it('refuses a file without a required column with a DataError naming the column', async () => {
    const path = file('customer_id,email\nc9,x@example.com\n');
    const error = (await expectThrows(attempt('customers', path), DataError, /created_at/)) as DataError;
    expect(error.problems).toEqual([{ line: 1, column: 'created_at', reason: 'required column missing' }]);
  });

  it('refuses an amount that is not a number, naming the value', async () => {
    const path = file('order_id,customer_id,ordered_at,amount\no1,c1,2024-03-05,12\no2,c1,2024-03-05,abc\n');
    expect(await attempt('orders', path)).toEqual(refused('orders', 2, [{ line: 3, column: 'amount', reason: expect.stringContaining('"abc"') }]));
    await expectStoreUnchanged();
  });

  it('refuses an nps that is not a whole number, naming the value', async () => {
    const path = file('response_id,survey_id,submitted_at,nps\nr1,s1,2024-03-05,9.5\n');
    expect(await attempt('responses', path)).toEqual(refused('responses', 1, [{ line: 2, column: 'nps', reason: expect.stringContaining('9.5') }]));
    await expectStoreUnchanged();
  });

  it('refuses scores out of their range (nps 11, csat 0, ces 8), never clamping them', async () => {
    const path = file(
      'response_id,survey_id,submitted_at,nps,csat,ces\nr1,s1,2024-03-05,11,,\nr2,s1,2024-03-05,,0,\nr3,s1,2024-03-05,,,8\nr4,s1,2024-03-05,10,5,7\n',
    );
    expect(await attempt('responses', path)).toEqual(
      refused('responses', 4, [
        { line: 2, column: 'nps', reason: expect.stringMatching(/\b11\b.*0 to 10/) },
        { line: 3, column: 'csat', reason: expect.stringMatching(/\b0\b.*1 to 5/) },
        { line: 4, column: 'ces', reason: expect.stringMatching(/\b8\b.*1 to 7/) },
      ]),
    );
    await expectStoreUnchanged();
  });

  it('refuses a negative amount, naming the value', async () => {
    const path = file('order_id,customer_id,ordered_at,amount\no1,c1,2024-03-05,-5\n');
    expect(await attempt('orders', path)).toEqual(refused('orders', 1, [{ line: 2, column: 'amount', reason: expect.stringContaining('-5') }]));
    await expectStoreUnchanged();
  });

  it('refuses a score above max_score, naming both values', async () => {
    const path = file('visit_id,site,visited_at,criterion,score,max_score\nv1,Paris,2024-03-05,accueil,6,5\n');
    const result = await attempt('audits', path);
    expect(result).toEqual(refused('audits', 1, [{ line: 2, column: 'score', reason: expect.any(String) }]));
    expect(result.rejected[0]?.reason).toMatch(/\b6\b/);
    expect(result.rejected[0]?.reason).toMatch(/\b5\b/);
    await expectStoreUnchanged();
  });

  it('refuses a churned_at before created_at, naming both dates', async () => {
    const path = file('customer_id,created_at,churned_at\nc9,2024-03-05,2024-01-31\n');
    const result = await attempt('customers', path);
    expect(result).toEqual(refused('customers', 1, [{ line: 2, column: 'churned_at', reason: expect.any(String) }]));
    expect(result.rejected[0]?.reason).toContain('2024-01-31');
    expect(result.rejected[0]?.reason).toContain('2024-03-05');
    await expectStoreUnchanged();
  });

  it('refuses a date that is not a calendar day, naming the value', async () => {
    const path = file('customer_id,created_at\nc9,2024-02-30\n');
    expect(await attempt('customers', path)).toEqual(
      refused('customers', 1, [{ line: 2, column: 'created_at', reason: expect.stringContaining('"2024-02-30"') }]),
    );
    await expectStoreUnchanged();
  });

  it('refuses dates before 1900-01-01T00:00Z or after 2200-12-31T23:59:59Z, and takes the bounds themselves', async () => {
    const path = file(
      'order_id,customer_id,ordered_at,amount\n' +
        'o1,c1,1900-01-01,1\no2,c1,2200-12-31T23:59:59.999Z,1\no3,c1,1899-12-31T23:59:59Z,1\no4,c1,9999-12-31,1\no5,c1,2201-01-01T00:00:00Z,1\no6,c1,1900-01-01T00:30:00+01:00,1\n',
    );
    const outside = (line: number, value: string) => ({
      line,
      column: 'ordered_at',
      reason: `ordered_at "${value}" is outside the dates accepted, 1900-01-01T00:00:00Z to 2200-12-31T23:59:59Z`,
    });
    expect(await attempt('orders', path)).toEqual(
      refused('orders', 6, [
        outside(4, '1899-12-31T23:59:59Z'),
        outside(5, '9999-12-31'),
        outside(6, '2201-01-01T00:00:00Z'),
        outside(7, '1900-01-01T00:30:00+01:00'),
      ]),
    );
    await expectStoreUnchanged();
  });

  it('refuses offsets past ±14:00 or with minutes of 60 or more, and takes the real ones', async () => {
    const path = file(
      'order_id,customer_id,ordered_at,amount\n' +
        'o1,c1,2024-03-05T10:00:00+14:00,1\no2,c1,2024-03-05T10:00:00-09:30,1\no3,c1,2024-03-05T10:00:00+0530,1\no4,c1,2024-03-05T10:00:00+99:99,1\no5,c1,2024-03-05T10:00:00+2400,1\no6,c1,2024-03-05T10:00:00+14:30,1\no7,c1,2024-03-05T10:00:00+05:60,1\n',
    );
    const notIso = (line: number, value: string) => ({
      line,
      column: 'ordered_at',
      reason: `ordered_at "${value}" is not an ISO 8601 date or date-time (like 2024-03-05T14:02:11Z)`,
    });
    expect(await attempt('orders', path)).toEqual(
      refused('orders', 7, [
        notIso(5, '2024-03-05T10:00:00+99:99'),
        notIso(6, '2024-03-05T10:00:00+2400'),
        notIso(7, '2024-03-05T10:00:00+14:30'),
        notIso(8, '2024-03-05T10:00:00+05:60'),
      ]),
    );
    await expectStoreUnchanged();
  });

  it('refuses an empty required field, and one holding only spaces', async () => {
    const path = file('customer_id,created_at\nc9,\nc10,   \n');
    expect(await attempt('customers', path)).toEqual(
      refused('customers', 2, [
        { line: 2, column: 'created_at', reason: 'created_at is empty but required' },
        { line: 3, column: 'created_at', reason: 'created_at is empty but required' },
      ]),
    );
    await expectStoreUnchanged();
  });

  it('refuses an id repeated within the file, naming the line of its first occurrence', async () => {
    const path = file('customer_id,created_at\nc9,2024-03-05\nc10,2024-03-05\nc9,2024-03-06\n');
    expect(await attempt('customers', path)).toEqual(refused('customers', 3, [{ line: 4, column: 'customer_id', reason: expect.stringContaining('line 2') }]));
    await expectStoreUnchanged();
  });

  it('refuses a repeated visit and criterion pair of audits, naming the line of its first occurrence', async () => {
    const path = file(
      'visit_id,site,visited_at,criterion,score,max_score\nv1,Paris,2024-03-05,accueil,4,5\nv1,Paris,2024-03-05,service,4,5\nv1,Paris,2024-03-05,accueil,3,5\n',
    );
    expect(await attempt('audits', path)).toEqual(refused('audits', 3, [{ line: 4, column: 'visit_id', reason: expect.stringContaining('line 2') }]));
    await expectStoreUnchanged();
  });

  it('refuses an empty file (0 bytes) with one sentence saying so', async () => {
    await expectThrows(attempt('customers', file('')), DataError, /input-\d+\.csv is empty/);
  });

  it('refuses a file with a header and no data rows', async () => {
    await expectThrows(attempt('customers', file('customer_id,created_at\n')), DataError, /header but no data rows/);
  });

  it('refuses a binary file', async () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe, 0x0a, 0x00, 0x2c, 0x9c]);
    await expectThrows(attempt('customers', file(bytes)), DataError, /binary/);
  });

  it('names UTF-16 text, with or without its byte-order mark, and says to export UTF-8', async () => {
    const text = 'customer_id,created_at\nc1,2024-03-05\n';
    const withMark = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await expectThrows(attempt('customers', file(withMark)), DataError, /is UTF-16 text; export it as UTF-8/);
    const bigEndian = Buffer.from(text, 'utf16le').swap16();
    await expectThrows(attempt('customers', file(bigEndian)), DataError, /is UTF-16 text; export it as UTF-8/);
  });

  it('quotes at most 100 characters of a huge bad value', async () => {
    const huge = `2024-${'x'.repeat(1_000_000)}`;
    const result = await attempt('customers', file(`customer_id,created_at\nc1,${huge}\n`));
    const reason = result.rejected[0]?.reason ?? '';
    expect(reason).toMatch(/^created_at "2024-x+…" is not an ISO 8601 date/);
    expect(reason.length).toBeLessThan(200);
    await expectStoreUnchanged();
  });

  it('refuses a file that is not UTF-8 (Latin-1 bytes)', async () => {
    const latin1 = Buffer.concat([Buffer.from('customer_id,created_at,city\nc9,2024-03-05,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    await expectThrows(attempt('customers', file(latin1)), DataError, /not UTF-8/);
  });

  it('refuses a row with Latin-1 bytes beyond the part of the file read up front, naming its line', async () => {
    // More than the 64 KiB sniffed up front, so the engine's parser meets the bad byte; it sits in
    // an optional column (email) that has no check of its own.
    const goodRows = Array.from({ length: 3000 }, (_, index) => `n${index},2024-03-05,someone${index}@example.com`);
    const bytes = Buffer.concat([
      Buffer.from(`customer_id,created_at,email\n${goodRows.join('\n')}\nc-latin,2024-03-05,caf`),
      Buffer.from([0xe9]),
      Buffer.from('@example.com\n'),
    ]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const result = await attempt('customers', file(bytes));
    expect(result).toMatchObject({ rows: 3001, inserted: 0, updated: 0, rejectedCount: 1, written: false });
    expect(result.rejected).toEqual([{ line: 3002, column: null, reason: expect.stringContaining('UTF-8') }]);
    await expectStoreUnchanged();
  });

  it('refuses a row with a NUL byte beyond the part of the file read up front, naming its line and column, on both engines alike', async () => {
    const goodRows = Array.from({ length: 3000 }, (_, index) => `n${index},2024-03-05,someone${index}@example.com,gold`);
    const text = `customer_id,created_at,email,tier\n${goodRows.join('\n')}\nc-nul,2024-03-05,a@example.com,go\u0000ld\nc-nul2,2024-03-05,b\u0000@example.com,gold\n`;
    expect(text.indexOf('\u0000')).toBeGreaterThan(64 * 1024);
    const result = await attempt('customers', file(text));
    expect(result).toMatchObject({ rows: 3002, inserted: 0, rejectedCount: 2, written: false });
    expect(result.rejected).toEqual([
      { line: 3002, column: 'tier', reason: 'tier holds a NUL byte, which text cannot hold' },
      { line: 3003, column: 'email', reason: 'email holds a NUL byte, which text cannot hold' },
    ]);
    await expectStoreUnchanged();
  });

  it('refuses a stray double quote inside an unquoted field, naming its line and column, and --skip-invalid leaves it out, on both engines alike', async () => {
    const text = [
      'customer_id,created_at,email,tier',
      'q1,2024-03-05,q1@example.com,"gold ""plus"""',
      'q2,2024-03-05,q2@example.com,"two',
      'lines"',
      'q3,2024-03-05,q3@example.com,12" screen',
      'q4,2024-03-05,"q4@example.com"x,gold',
      'q5,2024-03-05,q5@example.com, "silver"',
      'q6,2024-03-05,q6@exa"mple.com,gold',
      '',
    ].join('\n');
    const path = file(text);
    const result = await attempt('customers', path);
    expect(result).toMatchObject({ rows: 6, inserted: 0, rejectedCount: 3, written: false });
    expect(result.rejected).toEqual([
      { line: 5, column: 'tier', reason: expect.stringMatching(/^tier holds a double quote but does not begin with one/) },
      { line: 6, column: null, reason: expect.stringContaining('quote') },
      { line: 8, column: 'email', reason: expect.stringMatching(/^email holds a double quote/) },
    ]);
    await expectStoreUnchanged();
    expect(await attempt('customers', path, true)).toMatchObject({ rows: 6, inserted: 3, rejectedCount: 3, written: true });
    const kept = await test.store.query<{ customer_id: string; tier: string }>(
      'kept customers',
      "select customer_id, attributes->>'tier' as tier from customers where workspace_id = $workspace and customer_id like 'q%' order by customer_id",
      { workspace: test.workspaceId },
    );
    expect(kept).toEqual([
      { customer_id: 'q1', tier: 'gold "plus"' },
      { customer_id: 'q2', tier: 'two\nlines' },
      { customer_id: 'q5', tier: 'silver' },
    ]);
  });

  it('imports a file of 1,200 columns, the extra ones as attributes (no engine depth limit met)', async () => {
    const extra = Array.from({ length: 1196 }, (_, index) => `x${index}`);
    const path = file(`order_id,customer_id,ordered_at,amount,${extra.join(',')}\no-wide,c1,2024-03-05,12,${extra.map((_, index) => index).join(',')}\n`);
    expect(await attempt('orders', path)).toMatchObject({ rows: 1, inserted: 1, rejectedCount: 0, written: true });
    const [row] = await test.store.query<{ n: number }>(
      'wide attribute keys',
      "select count(*) as n from attribute_keys where kind = 'orders' and key like 'x%'",
    );
    expect(row?.n).toBe(1196);
  });

  it('refuses a file that does not exist, naming it', async () => {
    await expectThrows(attempt('customers', join(folder, 'no-such-file.csv')), DataError, /no-such-file\.csv does not exist/);
  });

  it('refuses a header that names a column twice', async () => {
    const error = (await expectThrows(
      attempt('customers', file('customer_id,created_at,customer_id\nc9,2024-03-05,c9\n')),
      DataError,
      /customer_id twice/,
    )) as DataError;
    expect(error.problems).toEqual([{ line: 1, column: 'customer_id', reason: 'repeated column' }]);
  });

  it('refuses rows with too many or too few fields, saying how many each has', async () => {
    const path = file('customer_id,created_at\nc9,2024-03-05,surplus\nc10\nc11,2024-03-05\n');
    expect(await attempt('customers', path)).toEqual(
      refused('customers', 3, [
        { line: 2, column: null, reason: 'the row has 3 fields where the header has 2' },
        { line: 3, column: 'created_at', reason: 'the row has 1 field where the header has 2' },
      ]),
    );
    await expectStoreUnchanged();
  });

  it('refuses a quoted field that is never closed', async () => {
    const path = file('customer_id,created_at,note\nc9,2024-03-05,"open\nc10,2024-03-05,x\n');
    const result = await attempt('customers', path);
    expect(result).toMatchObject({ inserted: 0, updated: 0, rejectedCount: 1, written: false });
    expect(result.rejected).toEqual([{ line: 2, column: null, reason: expect.stringContaining('quoted field') }]);
    await expectStoreUnchanged();
  });

  it('refuses values outside a fixed list or not a boolean (population, is_own_brand, followers 0)', async () => {
    const responses = file('response_id,survey_id,submitted_at,population\nr1,s1,2024-03-05,staff\n');
    expect(await attempt('responses', responses)).toEqual(
      refused('responses', 1, [{ line: 2, column: 'population', reason: expect.stringContaining('"staff"') }]),
    );
    const mentions = file('mention_id,brand,published_at,is_own_brand\nm9,Us,2024-03-05,oui\n');
    expect(await attempt('mentions', mentions)).toEqual(
      refused('mentions', 1, [{ line: 2, column: 'is_own_brand', reason: expect.stringContaining('"oui"') }]),
    );
    const posts = file('post_id,platform,published_at,followers\np9,x,2024-03-05,0\n');
    expect(await attempt('posts', posts)).toEqual(refused('posts', 1, [{ line: 2, column: 'followers', reason: expect.stringContaining('0') }]));
    await expectStoreUnchanged();
  });

  it('writes nothing when one row of an otherwise valid file is bad, not even the valid update of an existing row', async () => {
    // c1 exists (created 2024-03-05 12:02:11 UTC): its new created_at must not be written.
    const path = file('customer_id,created_at,email\nc1,2020-01-01,changed@example.com\nc9,2024-03-05,new@example.com\nc10,soon,x@example.com\n');
    expect(await attempt('customers', path)).toEqual(refused('customers', 3, [{ line: 4, column: 'created_at', reason: expect.stringContaining('"soon"') }]));
    await expectStoreUnchanged();
    expect(await test.store.query('read c1', `select cast(created_at as varchar) as created_at, email from customers where customer_id = 'c1'`)).toEqual([
      { created_at: '2024-03-05 12:02:11', email: 'ana@example.com' },
    ]);
  });

  it('writes no event, session or visitor day when one event of the file is bad', async () => {
    const path = file('event_id,visitor_id,occurred_at,type\nz1,v1,2024-03-05T10:45:00Z,pageview\nz2,v3,2024-03-05T10:00:00Z,\n');
    expect(await attempt('events', path)).toEqual(refused('events', 2, [{ line: 3, column: 'type', reason: 'type is empty but required' }]));
    await expectStoreUnchanged();
  });
});
