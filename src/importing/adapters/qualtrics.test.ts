import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { previewExport } from './previewExport.js';
import { adapterStore, fixture, ts } from '../../test-support/adapterFixtures.js';

/** Invented exports written from the description of a Qualtrics CSV export (three header rows). */
const NPS = 'Quelle est la probabilité que vous recommandiez Maison Lumière à un ami ou un collègue ?';

describe('Qualtrics export → responses', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-qualtrics-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('skips previews, keeps unfinished answers, reads NPS and CSAT choice labels, dates in the zone the ImportId row states', async () => {
    const preview = await previewExport('qualtrics', 'responses', { path: fixture('qualtrics.csv'), shownAs: 'nps-2026.csv' });
    expect(preview.rows).toEqual([
      {
        // 14:02:11 in Paris in March (UTC+1); "10 - Extrêmement probable" is 10, "Très satisfait" 5; ExternalReference is the customer.
        line: 4,
        row: {
          response_id: 'R_1a2B3c',
          survey_id: 'nps-2026',
          submitted_at: '2026-03-05T13:02:11Z',
          customer_id: 'cus_A',
          channel: 'email',
          population: null,
          nps: '10',
          csat: '5',
          ces: null,
          comment: 'Les bougies sentent bon.',
          language: 'fr',
          finished: 'true',
        },
      },
      {
        line: 6,
        row: {
          response_id: 'R_4d5E6f',
          survey_id: 'nps-2026',
          submitted_at: '2026-03-13T08:05:02Z',
          customer_id: null,
          channel: 'anonymous',
          population: null,
          nps: '3',
          csat: null,
          ces: null,
          comment: null,
          language: 'fr',
          finished: 'false',
        },
      },
      {
        // July: Paris is UTC+2.
        line: 8,
        row: {
          response_id: 'R_7g8H9i',
          survey_id: 'nps-2026',
          submitted_at: '2026-07-01T16:04:09Z',
          customer_id: 'cus_B',
          channel: 'email',
          population: null,
          nps: '0',
          csat: '2',
          ces: null,
          comment: 'Livraison en retard,\nemballage abîmé.',
          language: 'en',
          finished: 'true',
        },
      },
    ]);
    expect(preview.report).toMatchObject({
      rowsRead: 5,
      recordsMade: 3,
      skipped: [
        { line: 5, reason: "a survey preview (Status 1), not a respondent's answer" },
        { line: 7, reason: "a survey preview (Status 1), not a respondent's answer" },
      ],
    });
    // The NPS_GROUP column repeats the question's text: it is not a second NPS candidate.
    expect(preview.report.notes).toContain(`nps ← "${NPS.slice(0, 79)}…" (recognised by its wording).`);
    expect(preview.report.notes).toContain('1 unfinished response kept with finished = false (Qualtrics recorded their answers).');
  });

  it('takes --map by export tag and embedded data as an attribute', async () => {
    const preview = await previewExport('qualtrics', 'responses', { path: fixture('qualtrics.csv'), map: { csat: 'Q3', tier: 'customer_tier', comment: '' } });
    expect(preview.rows.map(({ row }) => [row.csat, row.tier, row.comment])).toEqual([
      ['5', 'gold', null],
      [null, null, null],
      ['2', null, null],
    ]);
  });

  it('refuses an export without its ImportId row, saying how to export', async () => {
    const file = join(folder, 'two-rows.csv');
    writeFileSync(
      file,
      readFileSync(fixture('qualtrics.csv'), 'utf8')
        .split('\n')
        .filter((_, index) => index !== 2)
        .join('\n'),
    );
    await expect(previewExport('qualtrics', 'responses', { path: file, shownAs: 'two-rows.csv' })).rejects.toThrow(
      'The file two-rows.csv is not a Qualtrics responses export (CSV with its three header rows): its third row is not the row of {"ImportId":…} cells (export again as CSV without "legacy export format").',
    );
  });

  it('refuses an export without RecordedDate with one sentence naming it', async () => {
    const file = join(folder, 'no-date.csv');
    writeFileSync(
      file,
      'ResponseId,Status,Q1\nResponse ID,Response Type,How likely are you to recommend us?\n"{""ImportId"":""_recordId""}","{""ImportId"":""status""}","{""ImportId"":""QID1""}"\nR_1,0,9\n',
    );
    await expect(previewExport('qualtrics', 'responses', { path: file, shownAs: 'no-date.csv' })).rejects.toThrow(
      /^The file no-date\.csv is not a Qualtrics responses export .*: it lacks the column "RecordedDate" /,
    );
  });
});

describeEachEngine('import --from qualtrics', (engine) => {
  const store = adapterStore(engine, 'qualtrics');
  const load = (file: string) => store.load('responses', file);
  const { read } = store;

  it('imports the answers without the previews, and updates them on a second import', async () => {
    expect(await load('qualtrics.csv')).toMatchObject({
      kind: 'responses',
      rows: 3,
      inserted: 3,
      updated: 0,
      written: true,
      adapter: { rowsRead: 5, skippedCount: 2 },
    });
    expect(await load('qualtrics.csv')).toMatchObject({ rows: 3, inserted: 0, updated: 3 });
    expect(
      await read(`select response_id, ${ts('submitted_at')}, nps, csat, language, attributes->>'finished' as finished from responses order by response_id`),
    ).toEqual([
      { response_id: 'R_1a2B3c', submitted_at: '2026-03-05 13:02:11', nps: 10, csat: 5, language: 'fr', finished: 'true' },
      { response_id: 'R_4d5E6f', submitted_at: '2026-03-13 08:05:02', nps: 3, csat: null, language: 'fr', finished: 'false' },
      { response_id: 'R_7g8H9i', submitted_at: '2026-07-01 16:04:09', nps: 0, csat: 2, language: 'en', finished: 'true' },
    ]);
  });

  it('reports an NPS of 11 (a recode gone wrong) at its line of the export, under the question', async () => {
    // Lines: 1–3 headers, 4–5 R_1a2B3c (a comment over two lines), 6 a preview, 7 R_4d5E6f.
    const result = await load('qualtrics-numeric-bad.csv');
    expect(result).toMatchObject({ rows: 2, inserted: 0, rejectedCount: 1, written: false });
    expect(result.rejected).toEqual([{ line: 7, column: NPS, reason: expect.stringContaining('11') }]);
  });
});
