import type { Adapter } from './Adapter.js';
import { chooseTimeZone, zoneInHeader } from './chooseTimeZone.js';
import { cell, normalizeName } from './locateColumns.js';
import { allRows } from './openCsvTable.js';
import { parseTimestamp } from './parseTimestamp.js';
import { readCsvExport } from './readCsvExport.js';
import { headerColumns } from './surveyFields.js';
import { writeSurveyResponses } from './writeSurveyResponses.js';

const COLUMNS = {
  token: { name: '#', aliases: ['Token', 'Response ID', 'response_id'], required: true },
  submitDate: { name: 'Submit Date (UTC)', aliases: ['Submit Date', 'Submitted At (UTC)', 'Submitted At'], zoned: true, required: true },
  responseType: { name: 'Response Type', aliases: ['Response type'] },
} as const;

/** Columns Typeform adds around the questions and hidden fields. */
const METADATA = new Set(
  ['#', 'Token', 'Start Date (UTC)', 'Submit Date (UTC)', 'Stage Date (UTC)', 'Network ID', 'Response Type', 'Tags', 'Ending', 'Start Date', 'Submit Date'].map(
    normalizeName,
  ),
);

/**
 * `import --from typeform responses`: a Typeform results download (Results → Responses →
 * Download all responses → CSV). Headers are the question texts, which may hold recall
 * tokens (`{{field:…}}`) and line breaks; `#` is the response token; `Submit Date (UTC)` is in
 * UTC. Newer exports have a `Response Type`: partial responses (never submitted) are skipped.
 */
export const typeformResponses: Adapter = {
  tool: 'typeform',
  kind: 'responses',
  async convert(input, sink, reporter) {
    await readCsvExport(input, reporter, { what: 'a Typeform responses export', columns: COLUMNS }, async (table, at) => {
      const submitAt = at.submitDate as { index: number; header: string };
      const zone = chooseTimeZone(input, reporter, zoneInHeader(submitAt.header));
      const columns = headerColumns(table.header, (header) => !METADATA.has(normalizeName(header)));
      const answers = [];
      for (const { fields, line } of await allRows(table)) {
        const type = cell(fields, at.responseType).toLowerCase();
        if (type !== '' && type !== 'completed') {
          reporter.skip(line, `a ${type} response (Response Type), never submitted`);
          continue;
        }
        const submitted = cell(fields, submitAt);
        answers.push({
          line,
          fields,
          responseId: cell(fields, at.token),
          submittedAt: parseTimestamp(submitted, { order: 'YMD', timeZone: zone }) ?? submitted,
        });
      }
      await writeSurveyResponses(
        { columns, answers, sourceColumns: { response_id: at.token?.header ?? '#', submitted_at: submitAt.header } },
        input,
        sink,
        reporter,
      );
    });
  },
};
