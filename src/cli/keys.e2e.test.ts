import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, lines, requireBuild, runBarometre } from '../test-support/barometreProcess.js';

/** End-to-end: `barometre keys create|list|revoke` as an administrator runs them (docs/cli.md). */
describe('barometre keys (end to end)', () => {
  let folder: string;
  let db: string;
  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-keys-e2e-'));
    db = join(folder, 'store.duckdb');
    await runBarometre(['import', 'customers', join(import.meta.dirname, '..', 'importing', 'fixtures', 'customers.csv'), '--db', db], folder);
  });
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates a site and a read key, lists both, revokes one, and prints {"id","kind","key"} with --json', async () => {
    const site = await runBarometre(['keys', 'create', '--kind', 'site', '--json', '--db', db], folder);
    expect(site).toMatchObject({ status: 0, stderr: '' });
    const created = JSON.parse(site.stdout) as { id: string; kind: string; key: string };
    expect(Object.keys(created)).toEqual(['id', 'kind', 'key']);
    expect(created.kind).toBe('site');
    expect(created.key).toMatch(/^brm_site_[0-9a-f]{12}_/);

    const read = await runBarometre(['keys', 'create', '--kind', 'read', '--db', db], folder);
    expect(read.status).toBe(0);
    expect(lines(read.stdout)[0]).toMatch(/^brm_read_[0-9a-f]{12}_/);

    const listed = await runBarometre(['keys', 'list', '--json', '--db', db], folder);
    const keys = JSON.parse(listed.stdout) as { id: string; kind: string; revokedAt: string | null }[];
    expect(keys.map((key) => key.kind).sort()).toEqual(['read', 'site']);
    expect(listed.stdout).not.toContain(created.key);

    expect(await runBarometre(['keys', 'revoke', created.id, '--db', db], folder)).toMatchObject({ status: 0, stdout: `Key ${created.id} is revoked.\n` });
    const again = await runBarometre(['keys', 'revoke', created.id, '--db', db], folder);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/has no valid key/);
    const text = await runBarometre(['keys', 'list', '--db', db], folder);
    expect(text.stdout).toMatch(new RegExp(`${created.id} +site key .* revoked \\d{4}-`));
  });

  it('makes a read key without --kind, as before keys had kinds, and refuses an unknown kind with exit status 2, in French too', async () => {
    const plain = await runBarometre(['keys', 'create', '--json', '--db', db], folder);
    expect(JSON.parse(plain.stdout)).toMatchObject({ kind: 'read' });
    const wrong = await runBarometre(['keys', 'create', '--kind', 'write', '--db', db], folder);
    expect(wrong).toMatchObject({ status: 2, stdout: '' });
    expect(lines(wrong.stderr)).toEqual([
      '--kind write is not a kind of key: use --kind site (a web site sends events) or --kind read (a program reads reports).',
    ]);
    const unknown = await runBarometre(['keys', 'create', '--kind', 'write', '--db', db], folder, undefined, 'fr_FR.UTF-8');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^--kind write n’est pas un type de clé/);
  });
});
