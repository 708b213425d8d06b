import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { previewExport } from './previewExport.js';
import { adapterStore, fixture } from '../../test-support/adapterFixtures.js';

/** Invented exports written from the description of Typeform's CSV download. */

describe('Typeform export → responses', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-typeform-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads a header with a recall token and a line break, # as id, Submit Date (UTC), and skips partial responses', async () => {
    const preview = await previewExport('typeform', 'responses', { path: fixture('typeform.csv'), shownAs: 'typeform.csv' });
    expect(preview.rows).toEqual([
      {
        // Lines 1–2 are the header (a question over two lines), 3–4 this answer.
        line: 3,
        row: {
          response_id: 'a1b2c3d4e5f6g7h8',
          survey_id: 'typeform',
          submitted_at: '2026-04-11T12:33:18Z',
          customer_id: 'cus_A',
          channel: null,
          population: null,
          nps: '9',
          csat: null,
          ces: null,
          comment: 'Faster delivery\nplease',
          language: null,
        },
      },
      {
        line: 6,
        row: {
          response_id: 'q1r2s3t4u5v6w7x8',
          survey_id: 'typeform',
          submitted_at: '2026-04-13T20:01:45Z',
          customer_id: 'cus_B',
          channel: null,
          population: null,
          nps: '10',
          csat: null,
          ces: null,
          comment: 'Nothing, all perfect',
          language: null,
        },
      },
    ]);
    expect(preview.report).toMatchObject({
      rowsRead: 3,
      recordsMade: 2,
      skipped: [{ line: 5, reason: 'a partial response (Response Type), never submitted' }],
    });
    expect(preview.report.notes).toContain('customer_id ← "customer_id" (its name).');
  });

  it('takes --map with the words of a question around its recall token, or with the token itself', async () => {
    const preview = await previewExport('typeform', 'responses', {
      path: fixture('typeform.csv'),
      map: { nps: 'how likely are you to recommend Maison Lumière…' },
    });
    expect(preview.rows.map(({ row }) => row.nps)).toEqual(['9', '10']);
    const withToken = await previewExport('typeform', 'responses', {
      path: fixture('typeform.csv'),
      map: { nps: '{{hidden:first_name}}, how likely are you to recommend' },
    });
    expect(withToken.rows.map(({ row }) => row.nps)).toEqual(['9', '10']);
  });

  it('takes --map for an answer that is not a score as a bad row, not a skipped question', async () => {
    const preview = await previewExport('typeform', 'responses', { path: fixture('typeform.csv'), map: { nps: 'Which candles do you like?', comment: '' } });
    expect(preview.rows.map(({ row }) => row.nps)).toEqual(['Ambre, Figue', 'Cèdre']);
  });

  it('refuses an export without the # column with one sentence naming it', async () => {
    const file = join(folder, 'no-token.csv');
    writeFileSync(file, 'How likely are you to recommend us?,Submit Date (UTC)\n9,2026-04-11 12:33:18\n');
    await expect(previewExport('typeform', 'responses', { path: file, shownAs: 'no-token.csv' })).rejects.toThrow(
      'The file no-token.csv is not a Typeform responses export as Baromètre reads it: it lacks the column "#" (columns are matched by name; see docs/imports.md for the layouts read).',
    );
  });
});

describeEachEngine('import --from typeform', (engine) => {
  const store = adapterStore(engine, 'typeform');
  const load = (file: string) => store.load('responses', file);
  const { read } = store;

  it('imports the submitted answers and updates them on a second import', async () => {
    expect(await load('typeform.csv')).toMatchObject({ kind: 'responses', rows: 2, inserted: 2, updated: 0, written: true, adapter: { skippedCount: 1 } });
    expect(await load('typeform.csv')).toMatchObject({ rows: 2, inserted: 0, updated: 2 });
    expect(await read('select response_id, customer_id, nps from responses order by response_id')).toEqual([
      { response_id: 'a1b2c3d4e5f6g7h8', customer_id: 'cus_A', nps: 9 },
      { response_id: 'q1r2s3t4u5v6w7x8', customer_id: 'cus_B', nps: 10 },
    ]);
  });

  it('reports a submit date that is no date at its line of an older export (no Response Type)', async () => {
    // Lines: 1–2 header, 3–4 first answer, 5 second answer.
    const result = await load('typeform-old-bad.csv');
    expect(result).toMatchObject({ rows: 2, inserted: 0, rejectedCount: 1, written: false });
    expect(result.rejected).toEqual([{ line: 5, column: 'Submit Date (UTC)', reason: expect.stringContaining('"yesterday"') }]);
  });
});
