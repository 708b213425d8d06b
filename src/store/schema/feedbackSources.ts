import type { ImportKind } from './kinds.js';

/** Where an analysed text comes from: a survey response's comment or a social mention's text. */
export type FeedbackSource = 'response' | 'mention';

/** The table, id, text, date and language columns of one source of texts. */
export interface FeedbackSourceSpec {
  source: FeedbackSource;
  kind: ImportKind;
  table: string;
  id: string;
  text: string;
  time: string;
  /** The column holding a language the row declares, or null when the kind has none. */
  language: string | null;
  /** The column saying who wrote the text (`customer` or `employee`: their theme sets differ), or null when the kind has none (customers' words). */
  population: string | null;
}

/** The two sources of texts (docs/formats.md: responses' `comment`, mentions' `text`). */
export const FEEDBACK_SOURCES: readonly FeedbackSourceSpec[] = [
  {
    source: 'response',
    kind: 'responses',
    table: 'responses',
    id: 'response_id',
    text: 'comment',
    time: 'submitted_at',
    language: 'language',
    population: 'population',
  },
  { source: 'mention', kind: 'mentions', table: 'mentions', id: 'mention_id', text: 'text', time: 'published_at', language: null, population: null },
];

/**
 * The SQL of a text's hash as stored beside its analysis , for the row aliased
 * `t`: the md5 of the text, and for an employee's text the md5 of `employee:` and the text —
 * so that a response whose population changes is analysed again, with the other theme set.
 */
export function textHashSql(spec: FeedbackSourceSpec): string {
  const text = `t.${spec.text}`;
  return spec.population === null ? `md5(${text})` : `md5(case when t.${spec.population} = 'employee' then 'employee:' else '' end || ${text})`;
}
