import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { previewExport } from './previewExport.js';
import { adapterStore, fixture, ts } from '../../test-support/adapterFixtures.js';

/** Invented exports written from the description of SurveyMonkey's CSV (two header rows). */

describe('SurveyMonkey export → responses', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-surveymonkey-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads two header rows, Respondent ID as id and End Date month first with a 12-hour clock', async () => {
    const preview = await previewExport('surveymonkey', 'responses', {
      path: fixture('surveymonkey.csv'),
      shownAs: 'store-visit.csv',
      map: { store: 'Which store did you visit?', customer_id: 'Custom Data 1' },
    });
    expect(preview.rows).toEqual([
      {
        line: 3,
        row: {
          response_id: '114211223344',
          survey_id: 'store-visit',
          submitted_at: '2026-04-11T12:33:18Z',
          customer_id: 'cus_A',
          channel: null,
          population: null,
          nps: '10',
          csat: null,
          ces: '6',
          comment: 'Great advice in store',
          language: null,
          collector_id: '405123456',
          store: 'Lyon',
        },
      },
      {
        line: 4,
        row: {
          response_id: '114211223399',
          survey_id: 'store-visit',
          submitted_at: '2026-04-25T09:02:11Z',
          customer_id: null,
          channel: null,
          population: null,
          nps: '7',
          csat: null,
          ces: '3',
          comment: 'Could not find\nthe refills',
          language: null,
          collector_id: '405123456',
          store: 'Other (please specify)',
        },
      },
      {
        // 12:01:30 AM is just after midnight.
        line: 6,
        row: {
          response_id: '114211223400',
          survey_id: 'store-visit',
          submitted_at: '2026-05-03T00:01:30Z',
          customer_id: 'cus_C',
          channel: null,
          population: null,
          nps: '2',
          csat: null,
          ces: null,
          comment: 'Too expensive',
          language: null,
          collector_id: '405123999',
          store: 'Paris',
        },
      },
    ]);
    expect(preview.report.notes).toContain('Dates read month first, as "04/25/2026 09:02:11 AM" shows.');
    expect(preview.report.notes).toContain('ces ← "How easy was it to find what you were looking for?" (recognised by its wording).');
  });

  it('names a sub-column by its question and its second-row label, for --map', async () => {
    const preview = await previewExport('surveymonkey', 'responses', {
      path: fixture('surveymonkey.csv'),
      map: { other_store: 'Which store did you visit? - Other' },
    });
    expect(preview.rows.map(({ row }) => row.other_store)).toEqual([null, 'Marché de Noël', null]);
  });

  it('reads dates month first, as SurveyMonkey writes them, when they fit both orders, and says so', async () => {
    const file = join(folder, 'ambiguous.csv');
    writeFileSync(
      file,
      'Respondent ID,Collector ID,Start Date,End Date,How likely is it that you would recommend us?\n,,,,Response\n1,2,04/11/2026 10:00:00 AM,04/11/2026 10:05:00 AM,9\n',
    );
    const preview = await previewExport('surveymonkey', 'responses', { path: file });
    expect(preview.rows[0]?.row.submitted_at).toBe('2026-04-11T10:05:00Z');
    expect(preview.report.notes).toContain('Dates read month first, as SurveyMonkey writes them (--date-format DMY if yours are day first).');
  });

  it('refuses an export without End Date with one sentence naming it', async () => {
    const file = join(folder, 'no-end.csv');
    writeFileSync(file, 'Respondent ID,Collector ID,How likely is it that you would recommend us?\n,,Response\n1,2,9\n');
    await expect(previewExport('surveymonkey', 'responses', { path: file, shownAs: 'no-end.csv' })).rejects.toThrow(
      'The file no-end.csv is not a SurveyMonkey responses export as Baromètre reads it: it lacks the column "End Date" (columns are matched by name; see docs/imports.md for the layouts read).',
    );
  });
});

describeEachEngine('import --from surveymonkey', (engine) => {
  const store = adapterStore(engine, 'surveymonkey');
  const load = (file: string) => store.load('responses', file);
  const { read } = store;

  it('imports the answers and updates them on a second import', async () => {
    expect(await load('surveymonkey.csv')).toMatchObject({ kind: 'responses', rows: 3, inserted: 3, updated: 0, written: true });
    expect(await load('surveymonkey.csv')).toMatchObject({ rows: 3, inserted: 0, updated: 3 });
    expect(await read(`select response_id, ${ts('submitted_at')}, nps, ces from responses order by response_id`)).toEqual([
      { response_id: '114211223344', submitted_at: '2026-04-11 12:33:18', nps: 10, ces: 6 },
      { response_id: '114211223399', submitted_at: '2026-04-25 09:02:11', nps: 7, ces: 3 },
      { response_id: '114211223400', submitted_at: '2026-05-03 00:01:30', nps: 2, ces: null },
    ]);
  });

  it('reports a CES of 9 at its line of the export, under the question', async () => {
    // Lines: 1–2 headers, 3 first answer, 4–5 second answer (a comment over two lines).
    const result = await load('surveymonkey-bad.csv');
    expect(result).toMatchObject({ rows: 2, inserted: 0, rejectedCount: 1, written: false });
    expect(result.rejected).toEqual([{ line: 4, column: 'How easy was it to find what you were looking for?', reason: 'ces 9 is outside its range 1 to 7' }]);
  });
});
