import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { previewExport } from './previewExport.js';
import { adapterStore, fixture, ts } from '../../test-support/adapterFixtures.js';

/** Invented sheets written from the description of a Google Forms responses sheet saved as CSV. */
const NPS = 'How likely are you to recommend Maison Lumière to a friend or colleague?';

describe('Google Forms responses sheet → responses', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-forms-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the answers with a stable synthetic id, day-first dates detected, questions recognised despite stray spaces', async () => {
    const preview = await previewExport('google-forms', 'responses', { path: fixture('google-forms.csv'), shownAs: 'relation.csv' });
    expect(preview.rows.map(({ line, row }) => ({ line, ...row }))).toEqual([
      {
        line: 2,
        response_id: expect.stringMatching(/^gf_[0-9a-f]{16}$/),
        survey_id: 'relation',
        submitted_at: '2026-04-11T12:33:18Z',
        customer_id: null,
        channel: null,
        population: null,
        nps: '9',
        csat: '5',
        ces: null,
        comment: 'Lovely scent.\nFast delivery too!',
        language: null,
      },
      // Line 3 is the second line of the answer above.
      {
        line: 4,
        response_id: expect.stringMatching(/^gf_/),
        survey_id: 'relation',
        submitted_at: '2026-04-25T09:02:11Z',
        customer_id: null,
        channel: null,
        population: null,
        nps: '6',
        csat: '3',
        ces: null,
        comment: null,
        language: null,
      },
      {
        line: 5,
        response_id: expect.stringMatching(/^gf_/),
        survey_id: 'relation',
        submitted_at: '2026-05-03T18:00:00Z',
        customer_id: null,
        channel: null,
        population: null,
        nps: '10',
        csat: '4',
        ces: null,
        comment: 'Perfect',
        language: null,
      },
    ]);
    expect(preview.report.notes).toEqual([
      'Dates read day first, as "25/04/2026 09:02:11" shows.',
      "Timestamps carry no time zone and were read as UTC; pass --timezone (the sheet's time zone, under File → Settings) if they are in another zone.",
      'Google Forms gives no response id: each gets a stable one from its Timestamp and answers, so re-importing a later download updates instead of duplicating.',
      `nps ← "${NPS}" (recognised by its wording).`,
      'csat ← "How satisfied were you with your delivery?" (recognised by its wording).',
      'comment ← "Anything else you would like to tell us?" (recognised by its wording).',
      'survey_id = "relation", the file\'s name (--map survey_id="…" to choose another).',
    ]);
  });

  it('gives the same ids to the same answers in a later download with a question added', async () => {
    const first = await previewExport('google-forms', 'responses', { path: fixture('google-forms.csv') });
    const later = join(folder, 'later.csv');
    writeFileSync(
      later,
      `Timestamp,"  ${NPS}  ",How satisfied were you with your delivery? ,New question,Which products did you buy?,Anything else you would like to tell us?,Email Address\n` +
        '11/04/2026 12:33:18,9,5,,"Candles, Diffusers","Lovely scent.\nFast delivery too!",ana@example.com\n',
    );
    const second = await previewExport('google-forms', 'responses', { path: later, dateOrder: 'DMY' });
    expect(second.rows[0]?.row.response_id).toBe(first.rows[0]?.row.response_id);
  });

  it('reads the timestamps in --timezone, and takes customer_id from the email column with --map, lower-cased', async () => {
    const preview = await previewExport('google-forms', 'responses', {
      path: fixture('google-forms.csv'),
      timeZone: 'Europe/Paris',
      map: { customer_id: 'Email Address' },
    });
    expect(preview.rows.map(({ row }) => [row.submitted_at, row.customer_id])).toEqual([
      ['2026-04-11T10:33:18Z', 'ana@example.com'],
      ['2026-04-25T07:02:11Z', 'bob@example.com'],
      ['2026-05-03T16:00:00Z', null],
    ]);
  });

  it('keeps checkbox answers joined with ", " as one value when mapped to an attribute', async () => {
    const preview = await previewExport('google-forms', 'responses', { path: fixture('google-forms.csv'), map: { products: 'Which products did you buy?' } });
    expect(preview.rows.map(({ row }) => row.products)).toEqual(['Candles, Diffusers', 'Candles', 'Refills, Candles, Diffusers']);
  });

  it('takes submitted_at and response_id from survey columns with --map, the dates read in the order they show', async () => {
    const file = join(folder, 'visits.csv');
    // One locale writes every date of a sheet: day first here, as 25/03 and 28/04 show.
    writeFileSync(file, `Timestamp,Ticket number,Date of your visit,${NPS}\n28/04/2026 12:33:18,T-17,25/03/2026,9\n28/04/2026 08:00:00,T-18,02/04/2026,7\n`);
    const preview = await previewExport('google-forms', 'responses', { path: file, map: { submitted_at: 'Date of your visit', response_id: 'Ticket number' } });
    expect(preview.rows.map(({ row }) => [row.response_id, row.submitted_at])).toEqual([
      ['T-17', '2026-03-25T00:00:00Z'],
      ['T-18', '2026-04-02T00:00:00Z'],
    ]);
  });

  it('asks for --date-format when every date fits both orders, and reads them with it', async () => {
    await expect(previewExport('google-forms', 'responses', { path: fixture('google-forms-ambiguous.csv'), shownAs: 'sheet.csv' })).rejects.toThrow(
      'The timestamps of sheet.csv fit both date orders ("4/11/2026 12:33:18" could be month/day or day/month); pass --date-format MDY or DMY, as the sheet\'s locale writes dates.',
    );
    const dayFirst = await previewExport('google-forms', 'responses', { path: fixture('google-forms-ambiguous.csv'), dateOrder: 'DMY' });
    expect(dayFirst.rows.map(({ row }) => row.submitted_at)).toEqual(['2026-11-04T12:33:18Z', '2026-03-05T09:02:11Z']);
  });

  it('refuses a sheet without a timestamp column with one sentence naming it', async () => {
    const file = join(folder, 'no-timestamp.csv');
    writeFileSync(file, 'Name,Score out of 10\nAna,9\n');
    await expect(previewExport('google-forms', 'responses', { path: file, shownAs: 'no-timestamp.csv' })).rejects.toThrow(
      'The file no-timestamp.csv is not a Google Forms responses sheet as Baromètre reads it: it lacks the column "Timestamp" (columns are matched by name; see docs/imports.md for the layouts read).',
    );
  });
});

describeEachEngine('import --from google-forms', (engine) => {
  const store = adapterStore(engine, 'google-forms');
  const load = (file: string) => store.load('responses', file);
  const { read } = store;

  it('imports the answers, and updates them when the same sheet is imported again', async () => {
    expect(await load('google-forms.csv')).toMatchObject({ kind: 'responses', rows: 3, inserted: 3, updated: 0, written: true });
    expect(await load('google-forms.csv')).toMatchObject({ rows: 3, inserted: 0, updated: 3 });
    expect(await read(`select ${ts('submitted_at')}, nps, csat, comment from responses order by submitted_at`)).toEqual([
      { submitted_at: '2026-04-11 12:33:18', nps: 9, csat: 5, comment: 'Lovely scent.\nFast delivery too!' },
      { submitted_at: '2026-04-25 09:02:11', nps: 6, csat: 3, comment: null },
      { submitted_at: '2026-05-03 18:00:00', nps: 10, csat: 4, comment: 'Perfect' },
    ]);
  });

  it('reports an answer that is no score at its line in the sheet, under the question, in a French sheet', async () => {
    // Lines: 1 header, 2–3 first answer (a comment over two lines), 4 second answer.
    const result = await load('google-forms-fr-bad.csv');
    expect(result).toMatchObject({ rows: 2, inserted: 0, rejectedCount: 1, written: false });
    expect(result.rejected).toEqual([
      { line: 4, column: 'Quelle est la probabilité que vous recommandiez Maison Lumière à un proche ?', reason: expect.stringContaining('"dix"') },
    ]);
  });
});
