import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { killChildren, lines, requireBuild, runBarometre } from '../test-support/barometreProcess.js';

/** End-to-end: `barometre plan` as a person and a script call it (docs/cli.md); it needs no store. */
describe.concurrent('barometre plan (end to end)', () => {
  let folder: string;
  beforeAll(() => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-plan-e2e-'));
  });
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives the answers an NPS margin needs at the expected split (MeasuringU: ±5 at 45/25 needs 1,012)', async ({ expect }) => {
    const result = await runBarometre(['plan', '--indicator', 'nps', '--margin', '5', '--expected', 'promoters=0.45,detractors=0.25', '--json'], folder);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({
      indicator: 'nps',
      margin: 5,
      answers: 1012,
      expected: { promoters: 0.45, detractors: 0.25 },
      worstCase: false,
      confidence: 0.95,
      method: 'adjusted-wald',
      asked: 'answers',
    });
    const unnamed = await runBarometre(['plan', '--indicator', 'nps', '--margin', '5', '--expected', '0.45,0.25', '--json'], folder);
    expect(JSON.parse(unnamed.stdout)).toMatchObject({ answers: 1012 });
  });

  it('gives the margin N answers give, and says in words when it assumes the worst case', async ({ expect }) => {
    const english = await runBarometre(['plan', '--indicator', 'nps', '--answers', '400'], folder);
    expect(english.status).toBe(0);
    expect(lines(english.stdout)).toEqual([
      'NPS: 400 answers give a 95 % margin of ±9.76 NPS points at the worst case, 50 % promoters and 50 % detractors (the widest margin; --expected narrows it); adjusted-Wald interval of the NPS.',
    ]);
    // Wilson at p = 0.8, by hand: 245 answers give 1.96·√(.16/245 + 3.8415/(4·245²)) / (1 + 3.8415/245) = 4.991 points, 244 give 5.002.
    const french = await runBarometre(['plan', '--indicator', 'csat', '--margin', '5', '--expected', 'satisfied=0.8'], folder, undefined, 'fr_FR.UTF-8');
    expect(french.stdout).toContain(
      'CSAT\u00a0: 245 réponses nécessaires pour une marge à 95\u00a0% de ±5 points de pourcentage, en attendant 80\u00a0% de satisfaits',
    );
  });

  it('plans a CES mean at the 1–7 worst-case spread of 3, or at the spread expected', async ({ expect }) => {
    const worst = JSON.parse((await runBarometre(['plan', '--indicator', 'ces', '--margin', '0.2', '--json'], folder)).stdout);
    expect(worst).toMatchObject({ answers: 867, expected: { sd: 3 }, worstCase: true, method: 'student-t' });
    const given = JSON.parse((await runBarometre(['plan', '--indicator', 'ces', '--answers', '100', '--expected', 'sd=1.5', '--json'], folder)).stdout);
    expect(given).toMatchObject({ margin: 0.3, answers: 100, asked: 'margin' });
  });

  it.for<[string[], RegExp]>([
    [['--indicator', 'nps', '--margin', '0'], /--margin 0 must be above 0/],
    [['--indicator', 'nps', '--margin', '5', '--answers', '100'], /either --margin .* or --answers/],
    [['--indicator', 'nps'], /either --margin .* or --answers/],
    [['--indicator', 'nps', '--margin', '5', '--expected', '0.7,0.4'], /--expected "0.7,0.4" needs shares from 0 to 1/],
    [['--indicator', 'csat', '--margin', '5', '--expected', '1.2'], /needs shares from 0 to 1/],
    [['--indicator', 'ces', '--margin', '0.2', '--expected', 'sd=4'], /at most 3/],
    [['--indicator', 'ces', '--answers', '1'], /--answers 1 must be a whole number from 2/],
    [['--indicator', 'nnps', '--margin', '5'], /--indicator "nnps" is not one of nps, csat, ces/],
  ])('refuses %j with exit 2 and one sentence', async ([args, message], { expect }) => {
    const result = await runBarometre(['plan', ...args], folder);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([expect.stringMatching(message)]);
  });
});
