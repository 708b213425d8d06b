import { analysedRowsSql, type FeedbackContext, feedbackParams, THEMES_JOIN } from './FeedbackContext.js';

/** One theme one text mentions, with its aspect-level sentiment. */
export interface ItemAspectRow {
  item_id: string;
  theme: string;
  score: number;
}

/** Lists, for every analysed text in scope, the themes it mentions with their aspect scores. */
export async function itemAspects(context: FeedbackContext): Promise<ItemAspectRow[]> {
  return context.session.query<ItemAspectRow & Record<string, unknown>>(
    'feedback item aspects',
    `select a.item_id, th.theme, th.score
${analysedRowsSql(context, THEMES_JOIN)}`,
    feedbackParams(context),
  );
}
