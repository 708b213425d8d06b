import { DataError } from '../../errors/errors.js';
import type { Adapter } from './Adapter.js';
import { chooseTimeZone } from './chooseTimeZone.js';
import { cell } from './locateColumns.js';
import { allRows } from './openCsvTable.js';
import { parseTimestamp } from './parseTimestamp.js';
import { type CsvExportLayout, readCsvExport } from './readCsvExport.js';
import { oneLine, type SurveyColumn } from './surveyFields.js';
import { writeSurveyResponses } from './writeSurveyResponses.js';

const COLUMNS = {
  responseId: { name: 'ResponseId', aliases: ['ResponseID', 'Response ID', '_recordId'], required: true },
  recordedDate: { name: 'RecordedDate', aliases: ['Recorded Date', 'recordedDate'], required: true },
  status: { name: 'Status', aliases: ['Response Type'], required: true },
  finished: { name: 'Finished' },
  language: { name: 'UserLanguage', aliases: ['User Language', 'Q_Language'] },
  channel: { name: 'DistributionChannel', aliases: ['Distribution Channel'] },
  externalReference: { name: 'ExternalReference', aliases: ['ExternalDataReference', 'External Data Reference', 'External Reference'] },
} as const;
const WHAT = 'a Qualtrics responses export (CSV with its three header rows)';
/** Header rows: the export tags, then the question texts and the row of ImportIds. */
const LAYOUT: CsvExportLayout<keyof typeof COLUMNS> = {
  what: WHAT,
  columns: COLUMNS,
  moreHeaderRows: (fields, index) => index === 0 || (index === 1 && isImportIdRow(fields)),
};

/**
 * Statuses that are not respondents' answers (Qualtrics' codes, or their labels in a
 * "choice text" export): left out, with the reason.
 */
const NOT_ANSWERS: Readonly<Record<string, string>> = {
  '1': 'a survey preview (Status 1)',
  'survey preview': 'a survey preview (Status 1)',
  '2': 'a test response (Status 2)',
  'survey test': 'a test response (Status 2)',
};

/** A third-row cell: Qualtrics' `{"ImportId":"QID1","timeZone":"…"}`. */
interface ImportId {
  ImportId?: string;
  timeZone?: string;
}

/**
 * `import --from qualtrics responses`: a Qualtrics CSV export (Data & Analysis → Export &
 * Import → Export data → CSV). Three header rows: export tags, the question texts, and a
 * JSON ImportId per column (which also states the dates' time zone). Questions are the
 * columns whose ImportId is a QID (the computed `_NPS_GROUP` column left aside); previews
 * and test responses are skipped; unfinished responses are kept with `finished` false,
 * since Qualtrics records what they answered.
 */
export const qualtricsResponses: Adapter = {
  tool: 'qualtrics',
  kind: 'responses',
  async convert(input, sink, reporter) {
    await readCsvExport(input, reporter, LAYOUT, async (table, at) => {
      const [, texts, importRow] = table.headerRows;
      if (!importRow || !isImportIdRow(importRow)) {
        throw new DataError(
          `The file ${input.shownAs} is not ${WHAT}: its third row is not the row of {"ImportId":…} cells (export again as CSV without "legacy export format").`,
          input.shownAs,
          [{ line: 3, column: null, reason: 'the ImportId header row is missing' }],
        );
      }
      const importIds = importRow.map(readImportId);
      const recorded = at.recordedDate as { index: number; header: string };
      const stated = importIds[recorded.index]?.timeZone ?? null;
      const zone = chooseTimeZone(input, reporter, stated, "the zone set in the export's options");
      const columns: SurveyColumn[] = table.header.map((tag, index) => {
        const importId = importIds[index]?.ImportId ?? '';
        const text = oneLine(texts?.[index] ?? '');
        return { index, label: text || tag, keys: [tag, importId], question: /^QID\d+/.test(importId) && !/_NPS_GROUP$/i.test(importId) };
      });
      const records = await allRows(table);
      const answers = [];
      let unfinished = 0;
      for (const { fields, line } of records) {
        const status = cell(fields, at.status).toLowerCase();
        const notAnswer = NOT_ANSWERS[status];
        if (notAnswer !== undefined) {
          reporter.skip(line, `${notAnswer}, not a respondent's answer`);
          continue;
        }
        const finished = readFinished(cell(fields, at.finished));
        if (finished === 'false') unfinished++;
        const recordedAt = cell(fields, recorded);
        answers.push({
          line,
          fields,
          responseId: cell(fields, at.responseId),
          submittedAt: parseTimestamp(recordedAt, { order: 'YMD', timeZone: zone }) ?? recordedAt,
          customerId: cell(fields, at.externalReference),
          language: languageCode(cell(fields, at.language)),
          channel: cell(fields, at.channel),
          attributes: { finished },
        });
      }
      if (unfinished > 0)
        reporter.note(`${unfinished} unfinished response${unfinished > 1 ? 's' : ''} kept with finished = false (Qualtrics recorded their answers).`);
      await writeSurveyResponses(
        {
          columns,
          answers,
          sourceColumns: {
            response_id: at.responseId?.header ?? COLUMNS.responseId.name,
            submitted_at: recorded.header,
            ...(at.externalReference ? { customer_id: at.externalReference.header } : {}),
            ...(at.language ? { language: at.language.header } : {}),
            ...(at.channel ? { channel: at.channel.header } : {}),
          },
          attributeNames: ['finished'],
          customerIdFrom: at.externalReference?.header,
        },
        input,
        sink,
        reporter,
      );
    });
  },
};

function isImportIdRow(fields: readonly string[]): boolean {
  return fields.length > 0 && fields.every((field) => field.trim() === '' || /^\{\s*"ImportId"\s*:/.test(field.trim()));
}

function readImportId(field: string): ImportId {
  try {
    const parsed: unknown = JSON.parse(field);
    return typeof parsed === 'object' && parsed !== null ? (parsed as ImportId) : {};
  } catch {
    return {};
  }
}

/** Finished as `1`/`0` or `True`/`False`, written true or false; '' when the export has none. */
function readFinished(text: string): string {
  const lower = text.toLowerCase();
  if (lower === '1' || lower === 'true') return 'true';
  if (lower === '0' || lower === 'false') return 'false';
  return text;
}

/** Qualtrics' `EN`, `FR-CA`, `PT-BR` as ISO 639-1 (`en`, `fr`, `pt`). */
function languageCode(text: string): string {
  const code = /^[A-Za-z]{2}/.exec(text)?.[0];
  return code === undefined ? text : code.toLowerCase();
}
