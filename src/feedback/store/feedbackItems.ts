import type { SentimentLabel } from '../sentiment/sentimentModel.js';
import { analysedRowsSql, type FeedbackContext, feedbackParams } from './FeedbackContext.js';

/** One analysed text, as `--per-item` lists it. */
export interface FeedbackItemRow {
  item_id: string;
  language: string;
  sentiment: SentimentLabel;
  score: number;
  /** The themes it mentions, comma-separated, or null for none. */
  themes: string | null;
}

/** Lists the analysed texts in scope with their language, sentiment, score and themes, oldest first. */
export async function feedbackItems(context: FeedbackContext): Promise<FeedbackItemRow[]> {
  return context.session.query<FeedbackItemRow & Record<string, unknown>>(
    'feedback items',
    `select a.item_id, a.language, a.sentiment, a.score,
  (select string_agg(th.theme, ',' order by th.theme) from text_themes th
   where th.workspace_id = a.workspace_id and th.source = a.source and th.item_id = a.item_id) as themes
${analysedRowsSql(context)}
order by t.${context.spec.time}, a.item_id`,
    feedbackParams(context),
  );
}
