import { analysedRowsSql, type FeedbackContext, feedbackParams } from './FeedbackContext.js';

/** The most texts read to look for candidate themes: the newest, enough for recurring phrases. */
export const CANDIDATE_SAMPLE_SIZE = 20_000;

/** Reads the newest analysed texts in scope that mention no theme (where candidate themes hide), with their language. */
export async function unthemedTexts(context: FeedbackContext): Promise<{ text: string; language: string }[]> {
  return context.session.query<{ text: string; language: string }>(
    'unthemed texts',
    `select t.${context.spec.text} as text, a.language
${analysedRowsSql(context)}
  and not exists (select 1 from text_themes th where th.workspace_id = a.workspace_id and th.source = a.source and th.item_id = a.item_id)
order by t.${context.spec.time} desc, a.item_id
limit ${CANDIDATE_SAMPLE_SIZE}`,
    feedbackParams(context),
  );
}
