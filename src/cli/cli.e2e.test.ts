import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { killChildren, lines, requireBuild, runBarometre } from '../test-support/barometreProcess.js';
import { readXlsx } from '../test-support/readXlsx.js';

/**
 * End-to-end: the real `barometre` binary in a child process, as scripts and people call it
 * (docs/cli.md). Needs the build (`npm run build`; `npm test` runs it first).
 */
const FIXTURES = fileURLToPath(new URL('../importing/fixtures/', import.meta.url));

describe.concurrent('barometre command line (end to end)', () => {
  let folder: string;
  let dbNumber = 0;
  /** A database file of its own for each test, in the temp folder. */
  const freshDb = (): string => join(folder, `store-${dbNumber++}.duckdb`);

  beforeAll(() => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-cli-e2e-'));
    for (const name of ['customers.csv', 'orders.csv', 'responses.csv']) copyFileSync(join(FIXTURES, name), join(folder, name));
    writeFileSync(join(folder, 'bad-orders.csv'), 'order_id,customer_id,ordered_at,amount\no1,c1,2024-03-05,12\no2,c1,2024-03-05,abc\no3,c1,not a date,5\n');
  });
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('imports a file with exit status 0 and a summary on stdout', async ({ expect }) => {
    const result = await runBarometre(['import', 'customers', 'customers.csv', '--db', freshDb()], folder);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(lines(result.stdout)).toEqual([expect.stringMatching(/customers\.csv: 3 rows read, 3 customers added, 0 updated/)]);
  });

  it('writes the report as a workbook with --xlsx FILE, and refuses --csv with it', async ({ expect }) => {
    const db = freshDb();
    await runBarometre(['import', 'responses', 'responses.csv', '--db', db], folder);
    const file = join(folder, `report-${dbNumber}.xlsx`);
    const result = await runBarometre(['report', '--db', db, '--by', 'channel', '--xlsx', file], folder);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/sheets: indicators, groups/);
    const workbook = await readXlsx(readFileSync(file));
    const sheet = workbook.getWorksheet('indicators')!;
    const columns = sheet.getRow(1).values as unknown[];
    const nps = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(columns.indexOf('indicator')).value === 'nps')!;
    expect(nps.getCell(columns.indexOf('n')).value).toBe(1); // the fixture's one customer NPS answer (r1; r2 is an employee's, r3 has none)
    const both = await runBarometre(['report', '--db', db, '--csv', '--xlsx', file], folder);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/--csv or --xlsx FILE, not both/);
  }, 120_000);

  it('prints exactly one JSON object on stdout with --json', async ({ expect }) => {
    const db = freshDb();
    await runBarometre(['import', 'customers', 'customers.csv', '--db', db], folder);
    const result = await runBarometre(['import', 'customers', 'customers.csv', '--db', db, '--json'], folder);
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toHaveLength(1);
    const parsed = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(parsed).toMatchObject({ kind: 'customers', rows: 3, inserted: 0, updated: 3, rejected: [] });
  });

  it('exits with 2 for a bad file and lists each bad row as file:line:column: reason on stderr', async ({ expect }) => {
    const db = freshDb();
    const result = await runBarometre(['import', 'orders', 'bad-orders.csv', '--db', db], folder);
    expect(result.status).toBe(2);
    const problems = lines(result.stderr).filter((line) => line.startsWith('bad-orders.csv:'));
    expect(problems).toEqual([
      expect.stringMatching(/^bad-orders\.csv:3:amount: .*"abc"/),
      expect.stringMatching(/^bad-orders\.csv:4:ordered_at: .*"not a date"/),
    ]);
    // Atomic: the valid first row was not written either.
    const after = await runBarometre(['import', 'orders', 'orders.csv', '--db', db, '--json'], folder);
    expect(JSON.parse(after.stdout)).toMatchObject({ inserted: 3, updated: 0 });
  });

  it('answers a bad file with --json by one JSON object listing the bad rows, and exit status 2', async ({ expect }) => {
    const result = await runBarometre(['import', 'orders', 'bad-orders.csv', '--db', freshDb(), '--json'], folder);
    expect(result.status).toBe(2);
    expect(lines(result.stdout)).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      kind: 'orders',
      rows: 3,
      inserted: 0,
      updated: 0,
      rejected: [
        { line: 3, column: 'amount', reason: expect.stringContaining('"abc"') },
        { line: 4, column: 'ordered_at', reason: expect.stringContaining('"not a date"') },
      ],
    });
  });

  it('exits with 2 and one sentence for a file that does not exist', async ({ expect }) => {
    const result = await runBarometre(['import', 'customers', 'nowhere.csv', '--db', freshDb()], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/nowhere\.csv does not exist/)]);
  });

  it('exits with 2 for an unknown import kind, naming it', async ({ expect }) => {
    const result = await runBarometre(['import', 'customer', 'customers.csv', '--db', freshDb()], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringContaining('"customer"')]);
  });

  it('exits with 2 for an unknown command and suggests the nearest one', async ({ expect }) => {
    const result = await runBarometre(['imprt', 'customers', 'customers.csv'], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringMatching(/"imprt".*did you mean import\?/)]);
  });

  it('exits with 2 for an unknown flag, naming it', async ({ expect }) => {
    const result = await runBarometre(['import', 'customers', 'customers.csv', '--db', freshDb(), '--skip-invalide'], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringContaining('--skip-invalide')]);
  });

  it('answers a file refused as a whole with --json by one JSON object whose one problem is the reason', async ({ expect }) => {
    const result = await runBarometre(['import', 'orders', 'no-such-file.csv', '--db', freshDb(), '--json'], folder);
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      kind: 'orders',
      rows: 0,
      inserted: 0,
      updated: 0,
      rejected: [{ line: null, column: null, reason: 'The file no-such-file.csv does not exist.' }],
      rejectedCount: 1,
    });
  });

  it('reports with --json: exit status 0 and one JSON object with period and indicators', async ({ expect }) => {
    const db = freshDb();
    expect((await runBarometre(['import', 'responses', 'responses.csv', '--db', db], folder)).status).toBe(0);
    const result = await runBarometre(['report', '--db', db, '--json'], folder);
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toHaveLength(1);
    const report = JSON.parse(result.stdout) as { period: unknown; indicators: Record<string, unknown> };
    expect(report.period).toEqual({ from: '2024-03-05', to: '2024-03-06' });
    // responses.csv: r1 (customer, nps 9) and r2 (employee, nps 3): one customer answer, a promoter.
    expect(report.indicators.nps).toMatchObject({ value: 100, n: 1, promoters: 1 });
  });

  it('exits with 2 and one sentence for report --from 2025-02-30', async ({ expect }) => {
    const db = freshDb();
    await runBarometre(['import', 'customers', 'customers.csv', '--db', db], folder);
    const result = await runBarometre(['report', '--db', db, '--from', '2025-02-30'], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringContaining('2025-02-30')]);
  });

  it('reports a series by day and a comparison with the previous days; refuses --interval fortnight with exit 2', async ({ expect }) => {
    const db = freshDb();
    expect((await runBarometre(['import', 'responses', 'responses.csv', '--db', db], folder)).status).toBe(0);
    const result = await runBarometre(
      ['report', '--db', db, '--from', '2024-03-06', '--to', '2024-03-06', '--interval', 'day', '--compare', 'previous', '--json'],
      folder,
    );
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { comparedWith: unknown; series: { from: string; to: string }[] };
    expect(report.comparedWith).toEqual({ from: '2024-03-05', to: '2024-03-05' });
    expect(report.series.map((point) => [point.from, point.to])).toEqual([['2024-03-06', '2024-03-06']]);
    const refused = await runBarometre(['report', '--db', db, '--interval', 'fortnight'], folder);
    expect(refused).toMatchObject({ status: 2, stdout: '' });
    expect(lines(refused.stderr)).toEqual(['--interval "fortnight" must be day, week or month.']);
  });

  it('exits with 2 and one sentence for report --by an unknown field', async ({ expect }) => {
    const db = freshDb();
    await runBarometre(['import', 'customers', 'customers.csv', '--db', db], folder);
    const result = await runBarometre(['report', '--db', db, '--by', 'nosuchfield', '--json'], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([expect.stringContaining('nosuchfield')]);
  });
});
