import { fieldError, UsageError } from '../../errors/errors.js';
import type { FieldFilter } from '../report/reportQuery.js';
import type { FieldCatalog } from '../../store/queries/fieldCatalog.js';
import { ANALYSIS_FIELDS, BAND_FIELD, rowScope } from '../../store/queries/rowScope.js';
import type { SqlValue } from '../../store/Store.js';
import type { FeedbackSourceSpec } from '../../store/schema/feedbackSources.js';
import { SENTIMENT_CLASSES } from '../../feedback/sentiment/sentimentModel.js';
import { type AnswerSelection, answerFilterSql, answerPopulation } from '../../store/queries/feedback/answerFilter.js';

/**
 * The fields --where can name on a text's analysis: those the report knows too (sentiment,
 * theme) and the language the text is written in.
 */
export const FEEDBACK_ANALYSIS_FIELDS = [...ANALYSIS_FIELDS, 'language'] as const;

/** The fields read straight off the joined analysis (alias a) rather than through the report's subqueries. */
const ANALYSED_COLUMNS: Readonly<Record<string, string>> = { language: 'a.language', sentiment: 'a.sentiment' };

/**
 * The population whose responses are read when neither --where nor the drill-down's
 * indicator names one: customers; employees' answers are read apart (`--where population=employee`).
 */
export const DEFAULT_POPULATION = 'customer';

/** How one source's rows are narrowed: the customer join, the conditions and their bound values. */
export interface FeedbackScope {
  joins: string;
  filter: string;
  params: Record<string, SqlValue>;
  population: string;
}

/**
 * Turns --where filters into one source's scope: `theme` filters the stored analysis as the
 * report does (rowScope), `sentiment` and `language` the joined analysis's label and language
 * (the language the text is written in, not the row's declared one), `band` the band of the
 * NPS answer; any other field is a column or attribute of the row or of its customer, compared
 * as rowScope compares (equalities on one field: any of the values; the rest: all hold).
 * Returns null when a field belongs to neither (the source is left out). Responses are those
 * of one population, never both: the drill-down indicator's (eNPS: `employee`, NPS:
 * `customer`), else the --where population, else `customer`; mentions have none and are left
 * out by a --where population. `answers` (a drill-down by indicator and band) keeps the
 * responses that answer it and leaves mentions out.
 *
 * @throws UsageError for a sentiment that is not a label or a theme that is not defined.
 */
export function feedbackScope(
  spec: FeedbackSourceSpec,
  where: readonly FieldFilter[],
  catalog: FieldCatalog,
  themeIds: readonly string[],
  answers: AnswerSelection | null = null,
): FeedbackScope | null {
  if (answers !== null && spec.source !== 'response') return null;
  for (const { field, value } of where) {
    if (field === 'sentiment' && !(SENTIMENT_CLASSES as readonly string[]).includes(value))
      throw fieldError('where', (name) => `${name('where')} sentiment=${value}: the sentiment is one of ${SENTIMENT_CLASSES.join(', ')}.`);
    if (field === 'theme' && !themeIds.includes(value))
      throw fieldError('where', (name) => `${name('where')} theme=${value}: there is no such theme; the themes are ${themeIds.join(', ')}.`);
  }
  const named = where.filter((candidate) => candidate.field === 'population');
  if (new Set(named.map((candidate) => candidate.value)).size > 1 || named.some((candidate) => (candidate.operator ?? '=') !== '='))
    throw fieldError('where', {
      en: (name) => `${name('where')} population names one population, customer or employee: their answers are analysed apart, never together.`,
      fr: (name) => `${name('where')} population nomme une seule population, customer ou employee : leurs réponses sont analysées à part, jamais ensemble.`,
    });
  const population = (answers === null ? null : answerPopulation(answers.indicator)) ?? named[0]?.value ?? DEFAULT_POPULATION;
  const rows = spec.source === 'response' && named.length === 0 ? [...where, { field: 'population', value: population }] : where;
  const scope = rowScope(spec.kind, { where: rows, by: null }, catalog, ANALYSED_COLUMNS);
  if (scope === null) return null;
  const filter = answers === null ? scope.filter : `${scope.filter}${answerFilterSql(answers)}`;
  return { joins: scope.joins, filter, params: scope.params, population };
}

/**
 * Checks that every --where field is an analysis field, or a column or attribute of texts'
 * rows or of customers in this workspace.
 *
 * @throws UsageError naming the first field that is none of these.
 */
export function checkFeedbackFields(where: readonly FieldFilter[], catalog: FieldCatalog, specs: readonly FeedbackSourceSpec[]): void {
  for (const { field } of where) {
    if ((FEEDBACK_ANALYSIS_FIELDS as readonly string[]).includes(field) || field === BAND_FIELD) continue;
    const kinds = [...specs.map((spec) => spec.kind), 'customers' as const];
    if (kinds.some((kind) => catalog.columns(kind).has(field) || catalog.attributes(kind).has(field))) continue;
    throw new UsageError(
      `The field ${JSON.stringify(field)} is neither a column nor an imported attribute of responses, mentions or customers in this workspace, nor sentiment, theme, language or band.`,
    );
  }
}
