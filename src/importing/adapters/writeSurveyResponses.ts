import { basename, extname } from 'node:path';
import { DataError } from '../../errors/errors.js';
import { KINDS } from '../../store/schema/kinds.js';
import type { AdapterInput, CanonicalSink } from './Adapter.js';
import type { AdapterReporter } from './AdapterReporter.js';
import { chooseTimeZone } from './chooseTimeZone.js';
import { dateOrderOf, parseTimestamp } from './parseTimestamp.js';
import { normalizeName } from './locateColumns.js';
import { readScore, type ScoreField } from './readScore.js';
import { assignSurveyFields, type SurveyColumn } from './surveyFields.js';

/** One answer set of a survey export, with what the tool's own columns already say. */
export interface SurveyAnswer {
  /** The export line the record starts on. */
  line: number;
  /** The record's fields, indexed like the columns. */
  fields: readonly string[];
  responseId: string;
  /** ISO 8601 UTC, or the export's text when it could not be read (the import then reports the row). */
  submittedAt: string;
  customerId?: string;
  language?: string;
  channel?: string;
  /** Attributes the adapter adds itself (e.g. Qualtrics `finished`). */
  attributes?: Readonly<Record<string, string>>;
}

/** A survey export, read by its tool's adapter into columns and answer sets. */
export interface SurveyExport {
  columns: readonly SurveyColumn[];
  answers: readonly SurveyAnswer[];
  /** The export's columns behind the fixed fields, for bad-row messages. */
  sourceColumns: Readonly<Record<string, string>>;
  /** Names of the attributes the adapter adds to every answer. */
  attributeNames?: readonly string[];
  /** Which column gives customer_id when --map does not say, e.g. Qualtrics' ExternalReference; noted when used. */
  customerIdFrom?: string;
}

const RESPONSE_COLUMNS = KINDS.responses.columns.map((column) => column.name);
const SCORE_FIELDS: readonly ScoreField[] = ['nps', 'csat', 'ces'];
/** A column named like this holds the user's own customer id (a Typeform hidden field, Qualtrics embedded data). */
const CUSTOMER_ID_NAMES = new Set(['customer_id', 'customer id', 'customerid', 'client_id', 'id client', 'id_client']);

/**
 * Writes the responses of a survey export (docs/formats.md, kind responses), shared by the four
 * survey tools: decides the columns of the NPS, CSAT, CES and comment questions (--map, else
 * their wording; surveyFields.ts), reads scores from numbers or choice labels, takes
 * customer_id from --map, else a column named customer_id, else the tool's own column, and
 * survey_id from --map, else the file's name. Fields --map names that the contract does not
 * know become attributes (`--map store="Quel magasin ?"`).
 *
 * An email address given as customer_id is lower-cased, as Shopify customers are keyed, so
 * answers and orders of the same person meet.
 */
export async function writeSurveyResponses(survey: SurveyExport, input: AdapterInput, sink: CanonicalSink, reporter: AdapterReporter): Promise<void> {
  const fields = assignSurveyFields(
    survey.columns,
    survey.answers.map((answer) => answer.fields),
    input.map,
    input.shownAs,
  );
  for (const note of fields.notes) reporter.note(note);
  if (!fields.columns.has('customer_id') && !fields.constants.has('customer_id')) {
    const named = survey.columns.find((column) => CUSTOMER_ID_NAMES.has(normalizeName(column.label)));
    if (named) {
      fields.columns.set('customer_id', named);
      reporter.note(`customer_id ← "${named.label}" (its name).`);
    } else if (survey.customerIdFrom && survey.answers.some((answer) => answer.customerId)) {
      reporter.note(`customer_id ← ${survey.customerIdFrom}.`);
    }
  }
  let surveyId = fields.constants.get('survey_id');
  if (surveyId === undefined && !fields.columns.has('survey_id')) {
    surveyId = basename(input.shownAs, extname(input.shownAs));
    reporter.note(`survey_id = ${JSON.stringify(surveyId)}, the file's name (--map survey_id="…" to choose another).`);
  }
  const submittedAt = mappedTimestamps(fields.columns.get('submitted_at'), survey.answers, input, reporter);
  const extras = [...fields.columns.keys(), ...fields.constants.keys()].filter((field) => !RESPONSE_COLUMNS.includes(field));
  const attributeNames = [...(survey.attributeNames ?? []), ...extras.filter((field) => !(survey.attributeNames ?? []).includes(field))];
  const sourceColumns: Record<string, string> = { ...survey.sourceColumns };
  for (const [field, column] of fields.columns) sourceColumns[field] = column.label;
  await sink.start({ columns: [...RESPONSE_COLUMNS, ...attributeNames], sourceColumns });

  for (const answer of survey.answers) {
    const value = (field: string): string | undefined => {
      const constant = fields.constants.get(field);
      if (constant !== undefined) return constant;
      const column = fields.columns.get(field);
      return column === undefined ? undefined : (answer.fields[column.index] ?? '');
    };
    const row: Record<string, string | undefined> = {
      ...answer.attributes,
      response_id: value('response_id') ?? answer.responseId,
      survey_id: value('survey_id') ?? surveyId,
      submitted_at: submittedAt?.(value('submitted_at') ?? '') ?? answer.submittedAt,
      customer_id: customerKey(value('customer_id') ?? answer.customerId),
      channel: value('channel') ?? answer.channel,
      language: value('language') ?? answer.language,
      population: value('population'),
      comment: value('comment'),
    };
    for (const score of SCORE_FIELDS) {
      const text = value(score);
      row[score] = text === undefined ? undefined : readScore(score, text);
    }
    for (const extra of extras) row[extra] = value(extra);
    await sink.write(row, answer.line);
    reporter.made();
  }
}

/** A customer id as the store keys it: trimmed, and an email address in lower case. */
export function customerKey(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed?.includes('@') ? trimmed.toLowerCase() : trimmed;
}

/**
 * For `--map submitted_at=…` (a date question of the survey instead of the tool's own
 * timestamp): how that column's texts are read — in --date-format's order, else the order
 * its dates show, and in --timezone, else UTC.
 *
 * @throws DataError when the dates fit both orders and --date-format is not given.
 */
function mappedTimestamps(
  column: SurveyColumn | undefined,
  answers: readonly SurveyAnswer[],
  input: AdapterInput,
  reporter: AdapterReporter,
): ((text: string) => string) | null {
  if (column === undefined) return null;
  let order = input.dateOrder;
  if (order === undefined) {
    const evidence = dateOrderOf(answers.map((answer) => (answer.fields[column.index] ?? '').trim()));
    if (evidence.order === 'mixed' || (evidence.order === 'ambiguous' && evidence.example !== null)) {
      throw new DataError(
        `The dates of ${JSON.stringify(column.label)} in ${input.shownAs} do not show their order; pass --date-format MDY or DMY.`,
        input.shownAs,
      );
    }
    order = evidence.order === 'ambiguous' ? 'MDY' : evidence.order;
  }
  const zone = chooseTimeZone(input, reporter, null);
  const dateOrder = order;
  return (text) => parseTimestamp(text, { order: dateOrder, timeZone: zone }) ?? text;
}
