import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, requireBuild, runBarometre } from '../test-support/barometreProcess.js';

const FIXTURES = join(import.meta.dirname, '..', 'importing', 'fixtures');

/** End-to-end: a store backed up and restored answers every report as before (docs/cli.md#backup-and-restore). */
describe('barometre backup and restore (end to end)', () => {
  let folder: string;
  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-backup-e2e-'));
    for (const [kind, file] of [
      ['customers', 'customers.csv'],
      ['orders', 'orders.csv'],
      ['responses', 'responses.csv'],
      ['events', 'events-sessions.csv'],
    ]) {
      const imported = await runBarometre(['import', kind as string, join(FIXTURES, file as string), '--db', 'original.duckdb'], folder);
      expect(imported.status, imported.stderr).toBe(0);
    }
  });
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers report, customers and feedback exactly as the original store did', async () => {
    expect(await runBarometre(['backup', 'saved', '--db', 'original.duckdb'], folder)).toMatchObject({ status: 0, stderr: '' });
    expect(await runBarometre(['restore', 'saved', '--db', 'restored.duckdb'], folder)).toMatchObject({ status: 0, stderr: '' });
    for (const command of [
      ['report', '--json'],
      ['report', '--by', 'channel', '--json'],
      ['customers', '--json'],
      ['feedback', '--json'],
    ]) {
      const before = await runBarometre([...command, '--db', 'original.duckdb'], folder);
      const after = await runBarometre([...command, '--db', 'restored.duckdb'], folder);
      expect(after, command.join(' ')).toEqual(before);
    }
  });

  it('refuses to restore over an existing store, in one sentence with exit status 2', async () => {
    const again = await runBarometre(['restore', 'saved', '--db', 'original.duckdb'], folder);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/original\.duckdb already exists: restore into a new database file, so nothing is overwritten\.\n$/);
  });
});
