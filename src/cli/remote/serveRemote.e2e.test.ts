import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_TIMEOUT_MS, killChildren, lines, requireBuild, runBarometre, startServer, stopServer } from '../../test-support/barometreProcess.js';

/**
 * End-to-end: the README's tour run by another process while `barometre serve` holds the
 * database file (README, Command line). Needs the build.
 */
const FIXTURES = fileURLToPath(new URL('../../importing/fixtures/', import.meta.url));
const BAD_ORDERS = 'order_id,customer_id,ordered_at,amount\no1,c1,2024-03-05,12\no2,c1,2024-03-05,abc\no3,c1,not a date,5\n';

/**
 * A JSON text with its numbers to 9 significant digits: DuckDB's parallel sums of doubles
 * may differ in the last bits from one run to the next, wherever the run happens.
 */
const roundedJson = (text: string): unknown => JSON.parse(text, (_key, value: unknown) => (typeof value === 'number' ? Number(value.toPrecision(9)) : value));

describe('barometre commands while barometre serve runs (end to end)', () => {
  let folder: string;
  beforeAll(() => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-serve-e2e-'));
    copyFileSync(join(FIXTURES, 'orders.csv'), join(folder, 'orders.csv'));
    writeFileSync(join(folder, 'bad-orders.csv'), BAD_ORDERS);
  });
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it(
    'runs the README tour through the server, then works alone again once the server stops',
    async () => {
      // What a direct run prints for a bad file, to compare with the forwarded one.
      const directBad = await runBarometre(['import', 'orders', 'bad-orders.csv', '--db', 'direct.duckdb'], folder);
      expect(directBad.status).toBe(2);

      const db = ['--db', 'b.duckdb'];
      const { server } = await startServer(['--port', '0', ...db], folder);
      const socket = join(folder, 'b.duckdb.sock');
      expect(statSync(socket).mode & 0o777).toBe(0o600);

      // The demo's 18 months of data take seconds alone, longer on a machine busy with the whole suite.
      const demo = await runBarometre(['demo', ...db], folder, 4 * COMMAND_TIMEOUT_MS);
      expect(demo).toMatchObject({ status: 0, stderr: '' });
      expect(demo.stdout).toMatch(/^Demo data loaded into workspace default\./m);

      const quarter = await runBarometre(['report', '--from', '2026-01-01', '--to', '2026-03-31', ...db], folder);
      expect(quarter).toMatchObject({ status: 0, stderr: '' });
      expect(quarter.stdout).toMatch(/^Period: 2026-01-01 → 2026-03-31$/m);
      expect(quarter.stdout).toMatch(/^NPS \(customers\)/m);

      const byTier = await runBarometre(['report', '--by', 'loyalty_tier', '--json', ...db], folder);
      expect(byTier).toMatchObject({ status: 0, stderr: '' });
      expect(lines(byTier.stdout)).toHaveLength(1);
      expect(JSON.parse(byTier.stdout)).toMatchObject({
        period: { from: expect.any(String), to: expect.any(String) },
        indicators: { nps: expect.any(Object) },
      });

      const imported = await runBarometre(['import', 'orders', 'orders.csv', ...db], folder);
      expect(imported).toMatchObject({ status: 0, stderr: '' });
      expect(lines(imported.stdout)).toEqual(['orders.csv: 3 rows read, 3 orders added, 0 updated.']);

      const feedback = await runBarometre(['feedback', ...db], folder);
      expect(feedback).toMatchObject({ status: 0, stderr: '' });
      expect(feedback.stdout).not.toBe('');

      const delivery = await runBarometre(['report', '--where', 'theme=delivery', ...db], folder);
      expect(delivery).toMatchObject({ status: 0, stderr: '' });
      expect(delivery.stdout).toMatch(/^NPS \(customers\)/m);

      const key = await runBarometre(['keys', 'create', ...db], folder);
      expect(key).toMatchObject({ status: 0, stderr: '' });
      expect(lines(key.stdout)[1]).toMatch(/^Key [0-9a-f]{12}: a read key \(reads reports, sends nothing\) for workspace default\./);

      const bad = await runBarometre(['import', 'orders', 'bad-orders.csv', ...db], folder);
      expect(bad).toEqual(directBad);
      expect(lines(bad.stderr).filter((line) => line.startsWith('bad-orders.csv:'))).toHaveLength(2);

      const served = await runBarometre(['report', '--json', ...db], folder);
      expect(await stopServer(server)).toBe(0);
      expect(existsSync(socket)).toBe(false);
      const alone = await runBarometre(['report', '--json', ...db], folder);
      expect(alone).toMatchObject({ status: 0, stderr: '' });
      expect(roundedJson(alone.stdout)).toEqual(roundedJson(served.stdout));
    },
    10 * COMMAND_TIMEOUT_MS,
  );
});
