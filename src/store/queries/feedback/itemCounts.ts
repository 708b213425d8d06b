import type { SentimentLabel } from '../../../feedback/sentiment/sentimentModel.js';
import { analysedRowsSql, type FeedbackContext, feedbackParams, npsCountsSql } from './FeedbackContext.js';

/** Analysed texts of one sentiment and language, with their authors' NPS answers. */
export interface ItemCountRow {
  sentiment: SentimentLabel;
  language: string;
  items: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** Counts the analysed texts in scope by sentiment and language, with the NPS answers of those who wrote them. */
export async function itemCounts(context: FeedbackContext): Promise<ItemCountRow[]> {
  return context.session.query<ItemCountRow & Record<string, unknown>>(
    'feedback item counts',
    `select a.sentiment, a.language, count(*) as items, ${npsCountsSql(context)}
${analysedRowsSql(context)}
group by 1, 2`,
    feedbackParams(context),
  );
}
