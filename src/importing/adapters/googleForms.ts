import { DataError } from '../../errors/errors.js';
import type { Adapter, DateOrder } from './Adapter.js';
import { chooseTimeZone } from './chooseTimeZone.js';
import { cell, normalizeName } from './locateColumns.js';
import { allRows } from './openCsvTable.js';
import { dateOrderOf, parseTimestamp } from './parseTimestamp.js';
import { readCsvExport } from './readCsvExport.js';
import { headerColumns } from './surveyFields.js';
import { DistinctIds, syntheticId } from './syntheticId.js';
import { writeSurveyResponses } from './writeSurveyResponses.js';

/** The timestamp column, named in the language of the form owner's Google account. */
const TIMESTAMP = {
  name: 'Timestamp',
  aliases: ['Horodateur', 'Horodatage', 'Marca temporal', 'Zeitstempel', 'Carimbo de data/hora', 'Informazioni cronologiche', 'Tijdstempel'],
  required: true,
};
/** Columns Google adds that are not questions: the respondent's address, a quiz's score. */
const METADATA = new Set(
  [
    'Email Address',
    'Email address',
    'Adresse e-mail',
    'Adresse électronique',
    'Adresse email',
    'E-Mail-Adresse',
    'Dirección de correo electrónico',
    'Score',
    'Note',
    'Punkte',
    'Puntuación',
  ].map(normalizeName),
);

/**
 * `import --from google-forms responses`: the responses sheet of a Google Form, downloaded
 * as CSV. Headers are the question texts (stray spaces allowed); there is no response id, so
 * each answer set gets a stable synthetic one; the Timestamp is in the sheet's locale and
 * time zone, with no offset.
 */
export const googleFormsResponses: Adapter = {
  tool: 'google-forms',
  kind: 'responses',
  async convert(input, sink, reporter) {
    await readCsvExport(input, reporter, { what: 'a Google Forms responses sheet', columns: { timestamp: TIMESTAMP } }, async (table, at) => {
      const records = await allRows(table);
      const timestampAt = at.timestamp as { index: number; header: string };
      const order = dateOrder(
        records.map((record) => cell(record.fields, timestampAt)),
        input.dateOrder,
        input.shownAs,
        (text) => reporter.note(text),
      );
      const zone = chooseTimeZone(input, reporter, null, "the sheet's time zone, under File → Settings");
      const columns = headerColumns(table.header, (header, index) => index !== timestampAt.index && !METADATA.has(normalizeName(header)));
      const ids = new DistinctIds();
      reporter.note(
        'Google Forms gives no response id: each gets a stable one from its Timestamp and answers, so re-importing a later download updates instead of duplicating.',
      );
      await writeSurveyResponses(
        {
          columns,
          answers: records.map(({ fields, line }) => {
            const stamp = cell(fields, timestampAt);
            const answers = fields
              .filter((_, index) => index !== timestampAt.index)
              .map((field) => field.trim())
              .filter((field) => field !== '');
            return {
              line,
              fields,
              responseId: ids.next(syntheticId('gf', [stamp, ...answers])),
              submittedAt: parseTimestamp(stamp, { order, timeZone: zone }) ?? stamp,
            };
          }),
          sourceColumns: { submitted_at: timestampAt.header },
        },
        input,
        sink,
        reporter,
      );
    });
  },
};

/**
 * The order of the sheet's dates: --date-format when given, else what the dates show (a
 * number above 12 can only be a day). Dates that fit both orders need --date-format.
 */
function dateOrder(stamps: readonly string[], given: DateOrder | undefined, shownAs: string, note: (text: string) => void): DateOrder {
  if (given !== undefined) return given;
  const evidence = dateOrderOf(stamps);
  switch (evidence.order) {
    case 'mixed':
      throw new DataError(
        `The timestamps of ${shownAs} are in both orders (${JSON.stringify(evidence.dayFirst)} is day first, ${JSON.stringify(evidence.monthFirst)} month first); pass --date-format DMY or MDY.`,
        shownAs,
      );
    case 'ambiguous':
      if (evidence.example === null) return 'MDY';
      throw new DataError(
        `The timestamps of ${shownAs} fit both date orders (${JSON.stringify(evidence.example)} could be month/day or day/month); pass --date-format MDY or DMY, as the sheet's locale writes dates.`,
        shownAs,
      );
    case 'YMD':
      return 'YMD';
    default:
      note(`Dates read ${evidence.order === 'DMY' ? 'day' : 'month'} first, as ${JSON.stringify(evidence.example)} shows.`);
      return evidence.order;
  }
}
