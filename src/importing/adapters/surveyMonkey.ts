import { DataError } from '../../errors/errors.js';
import type { Adapter, DateOrder } from './Adapter.js';
import { chooseTimeZone } from './chooseTimeZone.js';
import { cell, normalizeName } from './locateColumns.js';
import { allRows } from './openCsvTable.js';
import { dateOrderOf, parseTimestamp } from './parseTimestamp.js';
import { type CsvExportLayout, readCsvExport } from './readCsvExport.js';
import { oneLine, type SurveyColumn } from './surveyFields.js';
import { writeSurveyResponses } from './writeSurveyResponses.js';

const COLUMNS = {
  respondentId: { name: 'Respondent ID', aliases: ['RespondentID', 'ID du répondant'], required: true },
  collectorId: { name: 'Collector ID', aliases: ['CollectorID', 'ID du collecteur'] },
  endDate: { name: 'End Date', aliases: ['EndDate', 'Date de fin'], required: true },
} as const;
/** Header rows: the questions, then (usually) the answers' labels. */
const LAYOUT: CsvExportLayout<keyof typeof COLUMNS> = {
  what: 'a SurveyMonkey responses export',
  columns: COLUMNS,
  moreHeaderRows: (fields, index, header) => index === 0 && isLabelRow(fields, header),
};

/** Columns SurveyMonkey adds before the questions. */
const METADATA = new Set(
  [
    'Respondent ID',
    'Collector ID',
    'Start Date',
    'End Date',
    'IP Address',
    'Email Address',
    'First Name',
    'Last Name',
    'Custom Data 1',
    'Custom Data',
    'ID du répondant',
    'ID du collecteur',
    'Date de début',
    'Date de fin',
    'Adresse IP',
    'Adresse e-mail',
    'Prénom',
    'Nom',
  ].map(normalizeName),
);

/** Second-row labels that only say "the answer", adding nothing to the question's text. */
const PLAIN_ANSWER_LABELS = new Set(['response', 'open-ended response', 'reponse', 'reponse ouverte', 'reponse libre']);

/**
 * `import --from surveymonkey responses`: a SurveyMonkey "All individual responses" CSV.
 * Two header rows: a question spans several columns (row 1 has its text over the first of
 * them), whose own labels are in row 2 ("Response", "Open-Ended Response", or a choice). A
 * column is known by the question and its label together, e.g. `Which store? - Other (please specify)`.
 * Dates are written month first (`04/11/2026 12:33:18 PM`) in the account's time zone.
 */
export const surveyMonkeyResponses: Adapter = {
  tool: 'surveymonkey',
  kind: 'responses',
  async convert(input, sink, reporter) {
    await readCsvExport(input, reporter, LAYOUT, async (table, at) => {
      const labels = table.headerRows[1];
      if (!labels) reporter.note('The export has one header row (no row of answer labels under the questions).');
      const columns: SurveyColumn[] = [];
      let question = '';
      table.header.forEach((header, index) => {
        const text = oneLine(header);
        if (text !== '') question = text;
        const label = oneLine(labels?.[index] ?? '');
        const metadata = text !== '' && METADATA.has(normalizeName(text));
        const full = label === '' || PLAIN_ANSWER_LABELS.has(normalizeName(label)) ? question : `${question} - ${label}`;
        columns.push({ index, label: metadata ? text : full, keys: [header, label], question: !metadata });
      });
      const records = await allRows(table);
      const endAt = at.endDate as { index: number; header: string };
      const order = dateOrder(
        records.map((record) => cell(record.fields, endAt)),
        input.dateOrder,
        input.shownAs,
        (text) => reporter.note(text),
      );
      const zone = chooseTimeZone(input, reporter, null, "the time zone of the SurveyMonkey account's settings");
      await writeSurveyResponses(
        {
          columns,
          answers: records.map(({ fields, line }) => {
            const ended = cell(fields, endAt);
            return {
              line,
              fields,
              responseId: cell(fields, at.respondentId),
              submittedAt: parseTimestamp(ended, { order, timeZone: zone }) ?? ended,
              attributes: { collector_id: cell(fields, at.collectorId) },
            };
          }),
          sourceColumns: { response_id: at.respondentId?.header ?? COLUMNS.respondentId.name, submitted_at: endAt.header },
          attributeNames: ['collector_id'],
        },
        input,
        sink,
        reporter,
      );
    });
  },
};

/** Row 2 of an export holds labels, not answers: nothing under Respondent ID. */
function isLabelRow(fields: readonly string[], header: readonly string[]): boolean {
  const respondent = header.findIndex(
    (name) =>
      normalizeName(name) === normalizeName(COLUMNS.respondentId.name) ||
      COLUMNS.respondentId.aliases.some((alias) => normalizeName(alias) === normalizeName(name)),
  );
  return respondent >= 0 && (fields[respondent] ?? '').trim() === '';
}

/**
 * SurveyMonkey writes dates month first; the dates themselves can show otherwise (a first
 * number above 12), and --date-format decides for good.
 */
function dateOrder(stamps: readonly string[], given: DateOrder | undefined, shownAs: string, note: (text: string) => void): DateOrder {
  if (given !== undefined) return given;
  const evidence = dateOrderOf(stamps);
  if (evidence.order === 'mixed') {
    throw new DataError(
      `The dates of ${shownAs} are in both orders (${JSON.stringify(evidence.dayFirst)} is day first, ${JSON.stringify(evidence.monthFirst)} month first); pass --date-format MDY or DMY.`,
      shownAs,
    );
  }
  if (evidence.order === 'DMY' || evidence.order === 'MDY') {
    note(`Dates read ${evidence.order === 'DMY' ? 'day' : 'month'} first, as ${JSON.stringify(evidence.example)} shows.`);
    return evidence.order;
  }
  if (evidence.order === 'ambiguous' && evidence.example !== null)
    note('Dates read month first, as SurveyMonkey writes them (--date-format DMY if yours are day first).');
  return evidence.order === 'YMD' ? 'YMD' : 'MDY';
}
