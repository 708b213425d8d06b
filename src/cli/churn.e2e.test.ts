import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { killChildren, lines, requireBuild, runBarometre } from '../test-support/barometreProcess.js';

/**
 * End-to-end: `barometre report` on a shop (orders, no contract end) measures churn by
 * inactivity, takes --churn-window and --cohorts month, and refuses a bad window with exit 2.
 */
describe('barometre report: churn of a shop (end to end)', () => {
  let folder: string;
  let db: string;

  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-churn-e2e-'));
    db = join(folder, 'shop.duckdb');
    // Three customers in January; only a comes back (February, twice: the data runs to 02-28, so a report to then is not cut short).
    writeFileSync(
      join(folder, 'orders.csv'),
      'order_id,customer_id,ordered_at,amount\no1,a,2026-01-05,10\no2,b,2026-01-10,10\no3,c,2026-01-15,10\no4,a,2026-02-10,10\no5,a,2026-02-28,10\n',
    );
    const imported = await runBarometre(['import', 'orders', 'orders.csv', '--db', db], folder);
    if (imported.status !== 0) throw new Error(imported.stderr);
  });
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('counts the two customers who never came back as churn, with the window given, and says so in the text', async ({ expect }) => {
    const args = ['report', '--db', db, '--from', '2026-02-01', '--to', '2026-02-28', '--churn-window', '30'];
    const json = await runBarometre([...args, '--json'], folder);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { indicators: { churnRate: Record<string, unknown> } };
    expect(report.indicators.churnRate).toMatchObject({ atStart: 3, lost: 2, definition: 'inactivity', windowDays: 30, windowSource: 'flag' });
    const text = await runBarometre(args, folder);
    expect(text.stdout).toMatch(/Churn rate +66\.7 %.*\n {2}churn by inactivity, window 30 days \(given with --churn-window\)\n/);
  });

  it('prints the cohort triangle with --cohorts month', async ({ expect }) => {
    const result = await runBarometre(['report', '--db', db, '--from', '2026-01-01', '--to', '2026-02-28', '--cohorts', 'month', '--json'], folder);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { cohorts: { cohort: string; customers: number; returned: number[] }[] };
    expect(report.cohorts.map(({ cohort, customers, returned }) => ({ cohort, customers, returned }))).toEqual([
      { cohort: '2026-01', customers: 3, returned: [3, 1] },
    ]);
  });

  it('judges churn by the BG/NBD model with --churn-model, says so, and refuses it beside --churn-window', async ({ expect }) => {
    // Up to 01-31 nobody has bought twice: the model cannot be fitted there, and the report says why instead of a value.
    const args = ['report', '--db', db, '--from', '2026-02-01', '--to', '2026-02-28', '--churn-model'];
    const json = await runBarometre([...args, '--json'], folder);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { indicators: { churnRate: Record<string, unknown> } };
    expect(report.indicators.churnRate).toMatchObject({
      value: null,
      definition: 'model',
      model: 'bgnbd',
      threshold: 0.5,
      reason: expect.stringContaining('BG/NBD'),
    });
    const text = await runBarometre(args, folder);
    expect(text.stdout).toMatch(/\n {2}churn by the BG\/NBD model: lost when P\(alive\) < 0\.5 \(model not fitted: BG\/NBD needs/);
    const both = await runBarometre([...args, '--churn-window', '30'], folder);
    expect(both).toMatchObject({ status: 2, stdout: '' });
    expect(lines(both.stderr)).toEqual([
      '--churn-model and --churn-window cannot be given together: churn is judged either by the model or by an inactivity window.',
    ]);
  });

  it.for(['0', '3651', '7.5', 'week'])('exits with 2 and one sentence for --churn-window %s', async (days, { expect }) => {
    const result = await runBarometre(['report', '--db', db, '--churn-window', days], folder);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([`--churn-window "${days}" must be a whole number of days from 1 to 3650.`]);
  });
});
