import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killChildren, lines, requireBuild, runBarometre } from '../test-support/barometreProcess.js';

/** End-to-end: `barometre feedback` and `barometre themes` through the real binary (docs/cli.md, docs/feedback.md). */
const FIXTURES = fileURLToPath(new URL('../services/feedback/fixtures/', import.meta.url));

describe('barometre feedback (end to end)', () => {
  let folder: string;
  let db: string;
  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-feedback-e2e-'));
    db = join(folder, 'store.duckdb');
    for (const name of ['responses.csv', 'mentions.csv']) copyFileSync(join(FIXTURES, name), join(folder, name));
    for (const kind of ['responses', 'mentions']) expect((await runBarometre(['import', kind, `${kind}.csv`, '--db', db], folder)).status).toBe(0);
  }, 60_000);
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints the JSON of docs/feedback.md, with --per-item', async () => {
    const result = await runBarometre(['feedback', '--db', db, '--json', '--per-item'], folder);
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toHaveLength(1);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.items).toBe(13); // the customers' 10 comments and 3 mentions: the one employee's is read apart
    expect(parsed.employeeTextsHidden).toBeUndefined();
    expect(Object.keys(parsed.sentiment).sort()).toEqual(['negative', 'neutral', 'positive']);
    for (const theme of parsed.themes) {
      expect(theme).toEqual(
        expect.objectContaining({
          theme: expect.any(String),
          count: expect.any(Number),
          share: expect.any(Number),
          sentiment: expect.any(Number),
          examples: expect.any(Array),
        }),
      );
      expect('npsImpact' in theme).toBe(true);
    }
    expect(parsed.perItem).toHaveLength(13);
    for (const item of parsed.perItem) {
      expect(['positive', 'neutral', 'negative']).toContain(item.sentiment);
      expect(item.score).toBeGreaterThanOrEqual(-1);
      expect(item.score).toBeLessThanOrEqual(1);
      expect(item.language).toMatch(/^([a-z]{2}|und)$/);
      expect(Array.isArray(item.themes)).toBe(true);
      for (const key of ['text', 'customer_id', 'submitted_at', 'channel', 'nps', 'csat', 'ces', 'band', 'aspects']) expect(key in item, key).toBe(true);
    }
    expect(parsed.perItem.find((item: { id: string }) => item.id === 'r01')).toMatchObject({
      customer_id: 'c1',
      submitted_at: '2025-01-05T10:00:00Z',
      nps: 2,
      band: 'detractor',
      text: 'Livraison très en retard, colis abîmé. Je suis très déçu.',
    });
    expect(parsed.perItem.find((item: { id: string }) => item.id === 'm1')).toMatchObject({ customer_id: null, channel: 'instagram', band: null });
  });

  it('filters by band and by comparisons, repeated equalities on one field meaning any of them, as the report does', async () => {
    const feedback = async (...where: string[]) =>
      JSON.parse((await runBarometre(['feedback', '--db', db, '--json', '--per-item', ...where.flatMap((filter) => ['--where', filter])], folder)).stdout);
    const idsOf = (parsed: { perItem: { id: string }[] }) => parsed.perItem.map((item) => item.id).sort();
    // Customers' detractors with a comment: r01 (2), r02 (3), r05 (5), r10 (0).
    expect(idsOf(await feedback('band=detractor'))).toEqual(['r01', 'r02', 'r05', 'r10']);
    expect(idsOf(await feedback('nps<=6'))).toEqual(['r01', 'r02', 'r05', 'r10']);
    expect(idsOf(await feedback('nps=0', 'nps=2'))).toEqual(['r01', 'r10']);
    expect(idsOf(await feedback('nps>=9', 'store=Lyon'))).toEqual(['r03', 'r09']);
    const report = async (...where: string[]) =>
      JSON.parse((await runBarometre(['report', '--db', db, '--json', ...where.flatMap((filter) => ['--where', filter])], folder)).stdout);
    expect((await report('nps=0', 'nps=2')).indicators.nps.n).toBe(2);
    expect((await report('band=detractor')).indicators.nps.n).toBe(4);
    expect((await report('nps<=6')).indicators.nps.n).toBe(4);
    const refused = await runBarometre(['report', '--db', db, '--where', 'store<3'], folder);
    expect(refused.status).toBe(2);
    expect(lines(refused.stderr)).toEqual([expect.stringMatching(/--where store<3: store holds text/)]);
    const employees = await feedback('population=employee');
    expect(employees.items).toBe(0);
    expect(employees.employeeTextsHidden).toBe(1);
  }, 240_000);

  it('prints a readable summary without --json', async () => {
    const result = await runBarometre(['feedback', '--db', db], folder);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/13 texts analysed/);
    expect(result.stdout).not.toMatch(/employee texts not shown/);
    expect(result.stdout).toMatch(/What moves the NPS, strongest first/);
    expect(result.stdout).toMatch(/too few answers \(n = \d+\)/);
    expect(result.stdout).not.toMatch(/-200 \[/);
    expect(result.stdout).toMatch(/Delivery/i);
  });

  it('drills down to the comments of a band, a theme, a sentiment, a page at a time', async () => {
    const result = await runBarometre(['feedback', '--db', db, '--json', '--band', 'detractor', '--theme', 'delivery', '--limit', '1'], folder);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.total).toBe(2); // r01 and r02: detractors who speak of delivery
    expect(parsed.comments.map((comment: { id: string }) => comment.id)).toEqual(['r02']);
    expect(parsed.comments[0].answer).toEqual({ indicator: 'nps', score: 3, band: 'detractor' });
    const summary = await runBarometre(['feedback', '--db', db, '--band', 'detractor'], folder);
    expect(summary.stdout).toMatch(/Latest texts/);
    expect(summary.stdout).toMatch(/2025-02-07 {2}NPS 0 detractor/);
  });

  it('exits with 2 and one sentence for bad input', async () => {
    for (const args of [
      ['--band', 'low'],
      ['--limit', '0'],
      ['--sentiment', 'happy'],
      ['--source', 'tweets'],
      ['--where', 'nothing=1'],
      ['--where', 'theme=teleportation'],
      ['--where', 'store<3'],
      ['--where', 'nps<=six'],
      ['--where', 'band=happy'],
      ['--where', 'population=employee', '--where', 'population=customer'],
      ['--from', '2025-13-01'],
      ['surplus'],
    ]) {
      const result = await runBarometre(['feedback', '--db', db, ...args], folder);
      expect(result.status, args.join(' ')).toBe(2);
      expect(lines(result.stderr), args.join(' ')).toHaveLength(1);
      expect(result.stdout).toBe('');
    }
  }, 240_000);

  it('adds a theme of the workspace’s own and finds it at the next run', async () => {
    const added = await runBarometre(['themes', 'add', 'advice', 'conseil', '--label', 'Conseil', '--db', db], folder);
    expect(added.status).toBe(0);
    const listed = await runBarometre(['themes', '--db', db, '--json'], folder);
    expect(JSON.parse(listed.stdout).themes.map((theme: { id: string }) => theme.id)).toContain('advice');
    const result = JSON.parse((await runBarometre(['feedback', '--db', db, '--json', '--where', 'theme=advice'], folder)).stdout);
    expect(result.items).toBe(1); // r04, "de très bon conseil"
    expect((await runBarometre(['themes', 'remove', 'advice', '--db', db], folder)).status).toBe(0);
    expect((await runBarometre(['themes', 'remove', 'delivery', '--db', db], folder)).status).toBe(2);
  });
});
