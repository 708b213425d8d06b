import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, requireBuild, runBarometre } from '../test-support/barometreProcess.js';

/** End-to-end: `barometre report --html FILE` through the real binary (docs/cli.md, issue 14). */
const FIXTURES = fileURLToPath(new URL('../services/feedback/fixtures/', import.meta.url));

describe('barometre report --html (end to end)', () => {
  let folder: string;
  let db: string;
  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-report-html-e2e-'));
    db = join(folder, 'store.duckdb');
    copyFileSync(join(FIXTURES, 'responses.csv'), join(folder, 'responses.csv'));
    expect((await runBarometre(['import', 'responses', 'responses.csv', '--db', db], folder)).status).toBe(0);
  }, 60_000);
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes the report to share into FILE, relative to the working folder, and says where', async () => {
    const result = await runBarometre(['report', '--db', db, '--html', 'out.html'], folder);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(`Wrote ${join(folder, 'out.html')}.`);
    const document = readFileSync(join(folder, 'out.html'), 'utf8');
    expect(document).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(document).toContain('<h1>Baromètre report — default</h1>');
    expect(document).toMatch(/<h3>NPS \(customers\)<\/h3>.*<span class="value">-?\d+<\/span>/s);
    expect(document).toContain('aria-label="NPS (customers) by month"'); // series by month when --interval is not given
    expect(document).toContain('<h2>The words behind the figures</h2>');
    // The one employee's comment stays out: the section reads the customers, as barometre feedback does by default.
    expect(document).toContain('employees’ comments are read apart');
    expect(document).not.toContain('aucune reconnaissance');
    expect(document).not.toMatch(/<script/i);
  });

  it('follows LANG: French under fr_FR.UTF-8', async () => {
    const result = await runBarometre(['report', '--db', db, '--html', 'rapport.html', '--interval', 'week'], folder, undefined, 'fr_FR.UTF-8');
    expect(result.status).toBe(0);
    const document = readFileSync(join(folder, 'rapport.html'), 'utf8');
    expect(document).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(document).toContain('<h2>Les mots derrière les chiffres</h2>');
    expect(document).toContain('aria-label="NPS (clients) par semaine"');
  });

  it('refuses --html beside another output, and bad parameters, with exit 2 and no file', async () => {
    const both = await runBarometre(['report', '--db', db, '--html', 'a.html', '--csv'], folder);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('Give --html FILE alone');
    const bad = await runBarometre(['report', '--db', db, '--html', 'b.html', '--interval', 'year'], folder);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--interval');
    expect(existsSync(join(folder, 'a.html')) || existsSync(join(folder, 'b.html'))).toBe(false);
  });
});
