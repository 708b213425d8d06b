import { z } from 'zod';
import { oneOf, parseQuery, periodFields, refuseBackwardsPeriod } from '../queryFields.js';
import type { FeedbackQuery } from './buildFeedback.js';
import type { FeedbackSource } from '../../store/schema/feedbackSources.js';

/** The values `source` takes, and the source each names. */
const SOURCE_NAMES = ['all', 'responses', 'mentions'] as const;
const SOURCES: Readonly<Record<(typeof SOURCE_NAMES)[number], FeedbackSource | null>> = { all: null, responses: 'response', mentions: 'mention' };

const feedbackQuerySchema = z.object({
  ...periodFields,
  source: oneOf(SOURCE_NAMES, (value) => `${value} is not one of ${SOURCE_NAMES.join(', ')}.`)
    .default('all')
    .transform((name) => SOURCES[name]),
  // The command line's --per-item is a switch; a URL gives text: true or 1, false, 0 or nothing.
  perItem: z
    .union(
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
    )
    .default(false),
});

/** The fields of a feedback query, by their neutral names (the URL parameters of GET /api/feedback). */
export const FEEDBACK_QUERY_FIELDS: readonly string[] = Object.keys(feedbackQuerySchema.shape);

/** The raw parts of a feedback query, as flags or URL parameters carry them. */
export type FeedbackQueryInput = z.input<typeof feedbackQuerySchema>;

/**
 * Checks and shapes a feedback query: dates and filters as `parseReportQuery` checks them,
 * `source` one of all (default), responses or mentions, `perItem` a flag or the text
 * true, 1, false, 0 or nothing.
 *
 * @throws UsageError about the field at fault, worded for the CLI or the API by `wordedFor`.
 * @example parseFeedbackQuery({ where: ['theme=delivery'], source: 'responses' })
 *   // { from: null, to: null, where: [{ field: 'theme', value: 'delivery' }], source: 'response', perItem: false }
 */
export function parseFeedbackQuery(input: FeedbackQueryInput): FeedbackQuery {
  const query = parseQuery(feedbackQuerySchema, input);
  refuseBackwardsPeriod(query);
  return query;
}
