import { UsageError } from '../../errors/errors.js';
import { parseReportQuery } from '../report/reportQuery.js';
import type { FeedbackQuery } from './buildFeedback.js';
import type { FeedbackSource } from '../../store/schema/feedbackSources.js';

/** The values --source takes, and the source each names. */
const SOURCES: Record<string, FeedbackSource | null> = { all: null, responses: 'response', mentions: 'mention' };

/** The raw parts of a feedback query, as flags or URL parameters carry them. */
export interface FeedbackQueryInput {
  from?: string | undefined;
  to?: string | undefined;
  where?: readonly string[] | undefined;
  source?: string | undefined;
  perItem?: boolean;
}

/**
 * Checks and shapes a feedback query: dates and filters as `parseReportQuery` checks them,
 * `source` one of all (default), responses or mentions.
 *
 * @throws UsageError naming the bad value.
 * @example parseFeedbackQuery({ where: ['theme=delivery'], source: 'responses' })
 *   // { from: null, to: null, where: [{ field: 'theme', value: 'delivery' }], source: 'response', perItem: false }
 */
export function parseFeedbackQuery(input: FeedbackQueryInput): FeedbackQuery {
  const { from, to, where } = parseReportQuery({ from: input.from, to: input.to, where: input.where });
  const sourceName = input.source ?? 'all';
  if (!(sourceName in SOURCES)) throw new UsageError(`--source ${JSON.stringify(sourceName)} is not one of ${Object.keys(SOURCES).join(', ')}.`);
  return { from, to, where, source: SOURCES[sourceName]!, perItem: input.perItem === true };
}
