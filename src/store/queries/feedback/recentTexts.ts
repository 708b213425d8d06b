import { analysedRowsSql, type FeedbackContext, feedbackParams } from './FeedbackContext.js';

/** The most texts read to look for candidate themes: the newest, enough for recurring phrases. */
export const CANDIDATE_SAMPLE_SIZE = 20_000;

/** A text as candidate-theme discovery reads it. */
export interface RecentText {
  text: string;
  language: string;
  /** True when the text mentions at least one theme. */
  themed: boolean;
}

/**
 * Reads the newest analysed texts in scope (at most CANDIDATE_SAMPLE_SIZE) with their
 * language and whether any theme matched them: candidate themes hide in the unmatched ones,
 * and the matched ones are the baseline their phrases are compared with.
 */
export async function recentTexts(context: FeedbackContext): Promise<RecentText[]> {
  return context.session.query<RecentText & Record<string, unknown>>(
    'recent texts',
    `select t.${context.spec.text} as text, a.language,
  exists (select 1 from text_themes th where th.workspace_id = a.workspace_id and th.source = a.source and th.item_id = a.item_id) as themed
${analysedRowsSql(context)}
order by t.${context.spec.time} desc, a.item_id
limit ${CANDIDATE_SAMPLE_SIZE}`,
    feedbackParams(context),
  );
}
