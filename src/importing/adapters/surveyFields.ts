import { DataError } from '../../errors/errors.js';
import { normalizeName } from './locateColumns.js';
import { readScore, type ScoreField } from './readScore.js';

/** One column of a survey export, as --map and the detection see it. */
export interface SurveyColumn {
  index: number;
  /** The column as the user knows it (the question text, or the header), for messages and bad-row reports. */
  label: string;
  /** Other texts that name it: the raw header, an export tag such as Qualtrics' `Q5`. */
  keys: readonly string[];
  /** A question (looked at by the detection), rather than metadata such as an id or a date. */
  question: boolean;
}

/** The fields found by their wording when --map does not name them, in the order they are looked for. */
const DETECTED = ['nps', 'ces', 'csat', 'comment'] as const;
type DetectedField = (typeof DETECTED)[number];

/** Fields --map may set to a constant when its text names no column (e.g. `--map population=employee`). */
const CONSTANT_FIELDS = new Set(['survey_id', 'population', 'channel', 'language']);

/**
 * The wordings of each question, on text reduced by {@link looseText} (lower case, no
 * accents or punctuation), English and French.
 */
const WORDING: Readonly<Record<DetectedField, readonly RegExp[]>> = {
  nps: [
    /\b(likely|likelihood|probability|chance|chances)\b.*\brecommend/,
    /\b(probabilite|probable|susceptible|chance|chances)\b.*\brecommand/,
    /\brecommanderiez\b|\brecommanderais\b|\brecommanderez\b/,
    /\bnet promoter\b/,
  ],
  ces: [/\b(easy|easily|ease|effort|effortless|facile|facilement|facilite)\b/],
  csat: [/\bsatisf/],
  comment: [
    /\b(comment|comments|commentaire|commentaires|why|pourquoi|reason|raison|feedback|remarque|remarques|suggestion|suggestions|improve|ameliorer|better|mieux|explain|expliquez|precisez)\b/,
    /\banything else\b|\bautre chose\b|\btell us\b|\bdites nous\b/,
  ],
};

/** A question asking why, or for more words, is a comment even when it names the score it follows. */
const ASKS_FOR_WORDS =
  /^(why|pourquoi|what is the (main |primary )?reason|quelle est la (principale )?raison|quelles sont les raisons|please explain|expliquez|precisez|any other|autres? commentaires?)\b/;

/** Question texts quoted in a message are cut to this many characters. */
const QUOTED_LABEL_CHARS = 80;
/** At most this many columns are listed in a message. */
const LISTED_COLUMNS = 12;

/**
 * The columns of a survey export with one header row, the question texts: each known by its
 * header, labelled with it on one line.
 */
export function headerColumns(header: readonly string[], isQuestion: (name: string, index: number) => boolean): SurveyColumn[] {
  return header.map((name, index) => ({ index, label: oneLine(name), keys: [name], question: isQuestion(name, index) }));
}

/** A header or question text on one line: line breaks and runs of spaces as one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Which column (or constant) holds each field of the responses. */
export interface SurveyFields {
  columns: Map<string, SurveyColumn>;
  constants: Map<string, string>;
  /** What was decided and how (detected, --map, constant), for the report. */
  notes: string[];
}

/**
 * Decides which column holds each response field: `--map` first (by question text, export
 * tag or header, exactly, else by its start, else by a part of it, and only when one column
 * fits), then the NPS, CES, CSAT and comment questions by their wording and answers. A
 * field left out on purpose is `--map comment=` (empty).
 *
 * @param answers the data records, to check that a candidate score question's answers are scores
 * @throws DataError in one sentence listing the candidates: for a --map text that fits no
 *   column or several, for a question two columns could be, or for a survey with no NPS,
 *   CSAT or CES question recognised.
 */
export function assignSurveyFields(
  columns: readonly SurveyColumn[],
  answers: readonly (readonly string[])[],
  map: Readonly<Record<string, string>>,
  shownAs: string,
): SurveyFields {
  const fields: SurveyFields = { columns: new Map(), constants: new Map(), notes: [] };
  const leftOut = new Set<string>();
  for (const [field, text] of Object.entries(map)) {
    if (text.trim() === '') {
      leftOut.add(field);
      fields.notes.push(`${field}: left out (--map ${field}=).`);
      continue;
    }
    const found = columnsNamed(columns, text);
    if (found.length === 1) {
      fields.columns.set(field, found[0] as SurveyColumn);
      fields.notes.push(`${field} ← ${quoteLabel((found[0] as SurveyColumn).label)} (--map).`);
    } else if (found.length > 1) {
      throw new DataError(
        `--map ${field}=${JSON.stringify(text)} fits ${found.length} columns of ${shownAs}: ${listLabels(found)}; give more of the question's text.`,
        shownAs,
      );
    } else if (CONSTANT_FIELDS.has(field)) {
      fields.constants.set(field, text.trim());
      fields.notes.push(`${field} = ${JSON.stringify(text.trim())} for every response (--map; no column has that name).`);
    } else {
      throw new DataError(`--map ${field}=${JSON.stringify(text)} names no column of ${shownAs}; its columns are ${listLabels(columns)}.`, shownAs);
    }
  }
  const taken = new Set([...fields.columns.values()].map((column) => column.index));
  for (const field of DETECTED) {
    if (fields.columns.has(field) || leftOut.has(field)) continue;
    const candidates = columns.filter((column) => column.question && !taken.has(column.index) && fitsWording(field, column, answers));
    if (candidates.length > 1) {
      throw new DataError(
        `${shownAs} has ${candidates.length} columns that could be the ${describe(field)}: ${listLabels(candidates)}; choose one with --map ${field}="…"${field === 'comment' ? ' (or none with --map comment=)' : ''}.`,
        shownAs,
      );
    }
    const [only] = candidates;
    if (only) {
      fields.columns.set(field, only);
      taken.add(only.index);
      fields.notes.push(`${field} ← ${quoteLabel(only.label)} (recognised by its wording).`);
    }
  }
  if (!['nps', 'csat', 'ces'].some((field) => fields.columns.has(field))) {
    const questions = columns.filter((column) => column.question);
    throw new DataError(
      `${shownAs} has no question recognisable as NPS, CSAT or CES; name it with --map nps="question text" (or csat, ces)${questions.length > 0 ? `; its questions are ${listLabels(questions)}` : ''}.`,
      shownAs,
    );
  }
  return fields;
}

/** The columns a --map text names: exact match first, then the columns it starts, then those containing it. */
export function columnsNamed(columns: readonly SurveyColumn[], text: string): SurveyColumn[] {
  const wanted = looseText(text);
  if (wanted === '') return [];
  const texts = (column: SurveyColumn) => [column.label, ...column.keys].map(looseText);
  for (const fits of [(name: string) => name === wanted, (name: string) => name.startsWith(wanted), (name: string) => name.includes(wanted)]) {
    const found = columns.filter((column) => texts(column).some(fits));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Text reduced for comparing question wordings: {@link normalizeName}, without punctuation,
 * and without a trailing ellipsis (people paste the start of a long question and add "…").
 */
export function looseText(text: string): string {
  return normalizeName(text.replace(/(\.\.\.|…)\s*$/, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function fitsWording(field: DetectedField, column: SurveyColumn, answers: readonly (readonly string[])[]): boolean {
  const text = looseText(column.label);
  if (!WORDING[field].some((pattern) => pattern.test(text))) return false;
  if (field === 'comment') return true;
  if (ASKS_FOR_WORDS.test(text)) return false;
  // A score question's answers read as whole numbers, at least most of them: a yes/no
  // "would you recommend us?" has none. The odd answer that is no score (or out of range)
  // is left for the import to report as a bad row, never a reason to pass the question over.
  let scores = 0;
  let others = 0;
  for (const fields of answers) {
    const answer = (fields[column.index] ?? '').trim();
    if (answer === '') continue;
    if (/^\d+$/.test(readScore(field as ScoreField, answer))) scores++;
    else others++;
  }
  return scores >= others;
}

function describe(field: DetectedField): string {
  return field === 'nps'
    ? 'NPS question (0–10, likely to recommend)'
    : field === 'csat'
      ? 'CSAT question (1–5, satisfaction)'
      : field === 'ces'
        ? 'CES question (1–7, ease)'
        : 'comment';
}

function quoteLabel(label: string): string {
  const flat = oneLine(label);
  return JSON.stringify(flat.length > QUOTED_LABEL_CHARS ? `${flat.slice(0, QUOTED_LABEL_CHARS - 1)}…` : flat);
}

function listLabels(columns: readonly SurveyColumn[]): string {
  const shown = columns.slice(0, LISTED_COLUMNS).map((column) => quoteLabel(column.label));
  const more = columns.length > LISTED_COLUMNS ? ` and ${columns.length - LISTED_COLUMNS} more` : '';
  return `${shown.join(', ')}${more}`;
}
