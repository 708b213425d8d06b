import type { SentimentLabel } from '../../../feedback/sentiment/sentimentModel.js';
import { analysedRowsSql, type FeedbackContext, feedbackParams } from './FeedbackContext.js';

/** One analysed text, as `--per-item` lists it. */
export interface FeedbackItemRow {
  item_id: string;
  language: string;
  sentiment: SentimentLabel;
  score: number;
}

/** Lists the analysed texts in scope with their language, sentiment and score, oldest first (their themes: itemAspects). */
export async function feedbackItems(context: FeedbackContext): Promise<FeedbackItemRow[]> {
  return context.session.query<FeedbackItemRow & Record<string, unknown>>(
    'feedback items',
    `select a.item_id, a.language, a.sentiment, a.score
${analysedRowsSql(context)}
order by t.${context.spec.time}, a.item_id`,
    feedbackParams(context),
  );
}
