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
 * The excerpts that show each theme best, each text once (the same excerpt written by several
 * people, whatever its case, counts once, with its most strongly felt score): per theme,
 * EXAMPLES_PER_THEME of the negative ones and EXAMPLES_PER_THEME of the others, the most
 * strongly felt (largest |aspect score|) first, the newest first among equals. The caller
 * picks among them (negative ones only for a theme that lowers the NPS).
 */
export async function themeExamples(context: FeedbackContext): Promise<ThemeExampleRow[]> {
  return context.session.query<ThemeExampleRow & Record<string, unknown>>(
    'feedback theme examples',
    `select theme, excerpt, score from (
  select theme, excerpt, score,
    row_number() over (partition by workspace_id, theme, score < 0 order by abs(score) desc, written_at desc, excerpt) as rank
  from (
    select t.workspace_id, th.theme, th.excerpt, th.score, t.${context.spec.time} as written_at,
      row_number() over (partition by t.workspace_id, th.theme, lower(th.excerpt) order by abs(th.score) desc, t.${context.spec.time} desc, th.item_id) as copy
    ${analysedRowsSql(context, THEMES_JOIN)}
  ) distinct_excerpts
  where copy = 1
) ranked
where rank <= ${EXAMPLES_PER_THEME}`,
    feedbackParams(context),
  );
}
