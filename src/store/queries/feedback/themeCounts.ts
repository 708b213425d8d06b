import { analysedRowsSql, type FeedbackContext, feedbackParams, npsCountsSql, THEMES_JOIN } from './FeedbackContext.js';

/** One theme's mentions in scope: texts, summed aspect scores, and the NPS answers of their authors. */
export interface ThemeCountRow {
  theme: string;
  items: number;
  score_sum: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** Counts the analysed texts in scope that mention each theme, with the sum of their aspect scores and their authors' NPS answers. */
export async function themeCounts(context: FeedbackContext): Promise<ThemeCountRow[]> {
  return context.session.query<ThemeCountRow & Record<string, unknown>>(
    'feedback theme counts',
    `select th.theme, count(*) as items, sum(th.score) as score_sum, ${npsCountsSql(context)}
${analysedRowsSql(context, THEMES_JOIN)}
group by 1`,
    feedbackParams(context),
  );
}
