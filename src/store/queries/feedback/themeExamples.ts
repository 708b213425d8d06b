import { analysedRowsSql, type FeedbackContext, feedbackParams, THEMES_JOIN } from './FeedbackContext.js';

/** How many excerpts each theme shows. */
export const EXAMPLES_PER_THEME = 3;

/** One excerpt that shows a theme, with its aspect score. */
export interface ThemeExampleRow {
  theme: string;
  excerpt: string;
  score: number;
}

/**
 * The excerpts that show each theme best: the most strongly felt (largest |aspect score|),
 * the newest first among equals, EXAMPLES_PER_THEME per theme.
 */
export async function themeExamples(context: FeedbackContext): Promise<ThemeExampleRow[]> {
  return context.session.query<ThemeExampleRow & Record<string, unknown>>(
    'feedback theme examples',
    `select theme, excerpt, score from (
  select th.theme, th.excerpt, th.score,
    row_number() over (partition by th.workspace_id, th.theme order by abs(th.score) desc, t.${context.spec.time} desc, th.item_id) as rank
  ${analysedRowsSql(context, THEMES_JOIN)}
) ranked
where rank <= ${EXAMPLES_PER_THEME}`,
    feedbackParams(context),
  );
}
