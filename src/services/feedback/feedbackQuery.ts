import { z } from 'zod';
import { fieldError } from '../../errors/errors.js';
import { oneOf, parseQuery, periodFields, refuseBackwardsPeriod, wholeNumberFrom } from '../queryFields.js';
import type { FeedbackQuery } from './buildFeedback.js';
import type { FeedbackSource } from '../../store/schema/feedbackSources.js';
import { ANSWER_BANDS, ANSWER_INDICATORS, type AnswerBand, type AnswerIndicator, bandRange } from '../../indicators/answerBands.js';
import { SENTIMENT_CLASSES, type SentimentLabel } from '../../feedback/sentiment/sentimentModel.js';

/** The values `source` takes, and the source each names. */
const SOURCE_NAMES = ['all', 'responses', 'mentions'] as const;
const SOURCES: Readonly<Record<(typeof SOURCE_NAMES)[number], FeedbackSource | null>> = { all: null, responses: 'response', mentions: 'mention' };

/** The most comments one page lists, and how many it lists when `limit` is not given. */
export const MAX_COMMENTS_PER_PAGE = 500;
export const DEFAULT_COMMENTS_PER_PAGE = 50;
/** The furthest a page may start: past it, narrow the texts with the filters. */
export const MAX_COMMENTS_OFFSET = 1_000_000_000;

/** The indicator a band of the NPS categories reads when `indicator` is not given. */
const DEFAULT_BAND_INDICATOR: AnswerIndicator = 'nps';

/** A value of `values` or, absent, null. */
const optionalOneOf = <const Values extends readonly [string, ...string[]]>(values: Values) =>
  oneOf(values, (value) => `${value} is not one of ${values.join(', ')}.`)
    .optional()
    .transform((value) => value ?? null);

/** A yes or no: a command line's switch gives a boolean, a URL text: true or 1, false, 0 or nothing (no). */
const flag = z.union(
  [
    z.boolean(),
    z
      .string()
      .pipe(z.enum(['true', '1', 'false', '0', '']))
      .transform((text) => text === 'true' || text === '1'),
  ],
  {
    error: (issue) => `${JSON.stringify(issue.input)} is not true or false.`,
  },
);

const feedbackQuerySchema = z.object({
  ...periodFields,
  source: oneOf(SOURCE_NAMES, (value) => `${value} is not one of ${SOURCE_NAMES.join(', ')}.`)
    .default('all')
    .transform((name) => SOURCES[name]),
  perItem: flag.default(false),
  // The comments page does not show candidate phrases: it asks without them (candidates=false); absent means yes.
  candidates: flag.optional(),
  band: optionalOneOf(ANSWER_BANDS),
  indicator: optionalOneOf(ANSWER_INDICATORS),
  theme: z
    .string()
    .trim()
    .min(1, { error: () => 'needs a theme id.' })
    .optional()
    .transform((theme) => theme ?? null),
  sentiment: optionalOneOf(SENTIMENT_CLASSES as readonly SentimentLabel[] as readonly [SentimentLabel, ...SentimentLabel[]]),
  limit: wholeNumberFrom(1, MAX_COMMENTS_PER_PAGE, DEFAULT_COMMENTS_PER_PAGE),
  offset: wholeNumberFrom(0, MAX_COMMENTS_OFFSET, 0),
});

/** The fields of a feedback query, by their neutral names (the URL parameters of GET /api/feedback). */
export const FEEDBACK_QUERY_FIELDS: readonly string[] = Object.keys(feedbackQuerySchema.shape);

/** The raw parts of a feedback query, as flags or URL parameters carry them. */
export type FeedbackQueryInput = z.input<typeof feedbackQuerySchema>;

/**
 * Checks and shapes a feedback query: dates and filters as `parseReportQuery` checks them,
 * `source` one of all (default), responses or mentions, `perItem` (default false) and `candidates` (absent:
 * yes) each a flag or the text true, 1, false, 0 or nothing; the drill-down's `band` (of `indicator`, which defaults to
 * nps for detractor, passive and promoter, and must be csat or ces for low and high),
 * `theme` (checked against the workspace's themes later), `sentiment`, and the page of
 * comments: `limit` 1–500 (default 50), `offset` (default 0).
 *
 * @throws UsageError about the field at fault, worded for the CLI or the API by `wordedFor`.
 * @example parseFeedbackQuery({ where: ['theme=delivery'], source: 'responses', band: 'detractor' })
 *   // { from: null, to: null, where: [{ field: 'theme', value: 'delivery' }], source: 'response', perItem: false,
 *   //   band: 'detractor', indicator: 'nps', theme: null, sentiment: null, limit: 50, offset: 0 }
 */
export function parseFeedbackQuery(input: FeedbackQueryInput): FeedbackQuery {
  const query = parseQuery(feedbackQuerySchema, input);
  refuseBackwardsPeriod(query);
  return { ...query, indicator: bandIndicator(query.band, query.indicator) };
}

/**
 * The indicator a band is read on: the one given, or NPS for its categories.
 *
 * @throws UsageError naming `band` when the band is not one of the indicator's, or is low or high without an indicator.
 */
function bandIndicator(band: AnswerBand | null, indicator: AnswerIndicator | null): AnswerIndicator | null {
  if (band === null) return indicator;
  const chosen = indicator ?? (bandRange(DEFAULT_BAND_INDICATOR, band) === null ? null : DEFAULT_BAND_INDICATOR);
  if (chosen !== null && bandRange(chosen, band) !== null) return chosen;
  const owners = ANSWER_INDICATORS.filter((candidate) => bandRange(candidate, band) !== null);
  throw fieldError('band', {
    en: (name) => `${name('band')} ${band} is a band of ${owners.join(' or ')}: give ${name('indicator')} ${owners.join(' or ')}.`,
    fr: (name) => `${name('band')} ${band} est une tranche de ${owners.join(' ou ')} : donnez ${name('indicator')} ${owners.join(' ou ')}.`,
  });
}
