import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { killChildren, lines, requireBuild, runBarometre } from '../../test-support/barometreProcess.js';

/**
 * End-to-end: `barometre import --from <tool>` in a child process, one test per family of
 * flags (docs/cli.md). Needs the build (`npm run build`; `npm test` runs it first).
 */
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe.concurrent('barometre import --from (end to end)', () => {
  let folder: string;
  let dbNumber = 0;
  const freshDb = (): string => join(folder, `store-${dbNumber++}.duckdb`);

  beforeAll(() => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-from-tool-e2e-'));
    const copies: Record<string, string> = {
      'shopify-orders-79.csv': 'orders.csv',
      'shopify-orders-bad.csv': 'bad-orders.csv',
      'surveymonkey.csv': 'visits.csv',
      'google-forms-ambiguous.csv': 'answers.csv',
    };
    for (const [from, to] of Object.entries(copies)) copyFileSync(join(FIXTURES, from), join(folder, to));
  });
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it("--from with --json prints one JSON object: the contract's keys plus what the adapter did", async ({ expect }) => {
    const result = await runBarometre(['import', '--from', 'shopify', 'orders', 'orders.csv', '--db', freshDb(), '--json'], folder);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(lines(result.stdout)).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual({
      kind: 'orders',
      rows: 5,
      inserted: 5,
      updated: 0,
      rejected: [],
      rejectedCount: 0,
      adapter: {
        tool: 'shopify',
        rowsRead: 10,
        recordsMade: 5,
        skipped: [
          { line: 10, reason: expect.stringContaining('#1004 was cancelled') },
          { line: 11, reason: expect.stringContaining('#1005 was refunded in full') },
        ],
        skippedCount: 2,
        notes: expect.arrayContaining([expect.stringContaining('10 line-item rows grouped into 7 orders')]),
      },
    });
  });

  it('--from without --json says what the adapter did, one fact per line, then what was imported', async ({ expect }) => {
    const result = await runBarometre(['import', '--from', 'shopify', 'orders', 'orders.csv', '--db', freshDb()], folder);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(lines(result.stdout)).toEqual([
      'orders.csv (shopify export): 10 rows read, 5 records made, 2 rows skipped.',
      "  10 line-item rows grouped into 7 orders by Id (else Name); each order's Total is read from its first row, never summed.",
      '  1 order partly refunded: amount is Total minus Refunded Amount.',
      '  line 10 skipped: order #1004 was cancelled (Cancelled at 2021-05-16 10:00:00 +0200): not counted as an order.',
      '  line 11 skipped: order #1005 was refunded in full (Financial Status refunded): not counted as an order.',
      'orders.csv: 5 records to import, 5 orders added, 0 updated.',
    ]);
  });

  it('--from reports a bad row as export:line:column on stderr, exits with 2, and writes nothing', async ({ expect }) => {
    const db = freshDb();
    const result = await runBarometre(['import', '--from', 'shopify', 'orders', 'bad-orders.csv', '--db', db], folder);
    expect(result.status).toBe(2);
    expect(lines(result.stderr).filter((line) => line.startsWith('bad-orders.csv:'))).toEqual([
      expect.stringMatching(/^bad-orders\.csv:6:Created at: .*"13\/05\/2021 9:30"/),
    ]);
    const json = await runBarometre(['import', '--from', 'shopify', 'orders', 'bad-orders.csv', '--db', db, '--json'], folder);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ rows: 2, inserted: 0, rejected: [{ line: 6, column: 'Created at' }], adapter: { rowsRead: 3 } });
  });

  it('--map names a question by its text and an attribute of our own; a text that fits no column is one sentence and exit 2', async ({ expect }) => {
    const result = await runBarometre(
      [
        'import',
        '--from',
        'surveymonkey',
        'responses',
        'visits.csv',
        '--map',
        'store=Which store did you visit?',
        '--map',
        'survey_id=visites-2026',
        '--db',
        freshDb(),
        '--json',
      ],
      folder,
    );
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout) as { inserted: number; adapter: { notes: string[] } };
    expect(parsed.inserted).toBe(3);
    expect(parsed.adapter.notes).toEqual(
      expect.arrayContaining([
        'store ← "Which store did you visit?" (--map).',
        'survey_id = "visites-2026" for every response (--map; no column has that name).',
      ]),
    );
    const wrong = await runBarometre(
      ['import', '--from', 'surveymonkey', 'responses', 'visits.csv', '--map', 'csat=How satisfied were you?', '--db', freshDb()],
      folder,
    );
    expect(wrong).toMatchObject({ status: 2, stdout: '' });
    expect(lines(wrong.stderr)).toEqual([
      expect.stringMatching(/^--map csat="How satisfied were you\?" names no column of visits\.csv; its columns are "Respondent ID", /),
    ]);
  });

  it('--date-format and --timezone read dates that fit both orders; without them the import stops with one sentence', async ({ expect }) => {
    const db = freshDb();
    const refused = await runBarometre(['import', '--from', 'google-forms', 'responses', 'answers.csv', '--db', db], folder);
    expect(refused).toMatchObject({ status: 2, stdout: '' });
    expect(lines(refused.stderr)).toEqual([expect.stringContaining('pass --date-format MDY or DMY')]);
    const read = await runBarometre(
      ['import', '--from', 'google-forms', 'responses', 'answers.csv', '--date-format', 'DD/MM/YYYY', '--timezone', 'Europe/Paris', '--db', db, '--json'],
      folder,
    );
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout)).toMatchObject({
      inserted: 2,
      adapter: { notes: expect.arrayContaining(['Timestamps read in Europe/Paris (--timezone).']) },
    });
    // Day first: 4/11 is 4 November and 5/3 is 5 March.
    const report = await runBarometre(['report', '--db', db, '--json'], folder);
    expect((JSON.parse(report.stdout) as { period: unknown }).period).toEqual({ from: '2026-03-05', to: '2026-11-04' });
  });

  it('refuses tool flags without --from, an unknown tool and an unknown time zone, each in one sentence with exit 2', async ({ expect }) => {
    for (const args of [
      ['import', 'responses', 'answers.csv', '--map', 'nps=x'],
      ['import', '--from', 'woocommerce', 'orders', 'orders.csv'],
      ['import', '--from', 'google-forms', 'responses', 'answers.csv', '--timezone', 'Mars/Olympus'],
    ]) {
      const result = await runBarometre([...args, '--db', freshDb()], folder);
      expect(result, args.join(' ')).toMatchObject({ status: 2, stdout: '' });
      expect(lines(result.stderr), args.join(' ')).toHaveLength(1);
    }
  });
});
