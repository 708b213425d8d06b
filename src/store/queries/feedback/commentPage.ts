import type { SentimentLabel } from '../../../feedback/sentiment/sentimentModel.js';
import type { AnswerIndicator } from '../../../indicators/answerBands.js';
import type { FeedbackSource } from '../../schema/feedbackSources.js';
import type { Session, SqlValue } from '../../Store.js';
import { answerColumnsSql } from './answerFilter.js';
import { analysedRowsSql, type FeedbackContext, feedbackParams } from './FeedbackContext.js';

/** One analysed text with what it answered and who wrote it, as the drill-down lists it. */
export interface CommentRow {
  source: FeedbackSource;
  item_id: string;
  text: string;
  /** When it was answered or published, as the store writes a timestamp in text. */
  written_at: string;
  customer_id: string | null;
  /** The response's channel, or the mention's platform. */
  channel: string | null;
  survey_id: string | null;
  indicator: AnswerIndicator | null;
  answer_score: number | null;
  language: string;
  sentiment: SentimentLabel;
  score: number;
}

/** What each source gives for the columns only responses have. */
const SOURCE_COLUMNS: Readonly<Record<FeedbackSource, (indicator: AnswerIndicator | null) => string>> = {
  response: (indicator) => `t.customer_id, t.channel, t.survey_id, ${answerColumnsSql(indicator)}`,
  mention: () =>
    'cast(null as varchar) as customer_id, t.platform as channel, cast(null as varchar) as survey_id, cast(null as varchar) as indicator, cast(null as integer) as answer_score',
};

/**
 * One page of the analysed texts in scope of every context (one per source, sharing their
 * session, workspace, period and version), newest first (ties by source and id), `offset`
 * texts skipped and at most `limit` read: one query, sorted and cut by the engine. The
 * answer's indicator and score are `indicator`'s when given (answerColumnsSql).
 */
export async function commentPage(
  contexts: readonly FeedbackContext[],
  indicator: AnswerIndicator | null,
  page: { limit: number; offset: number },
): Promise<CommentRow[]> {
  const first = contexts[0];
  if (first === undefined) return [];
  const branches = contexts.map(
    (context) => `select '${context.spec.source}' as source, a.item_id, t.${context.spec.text} as text, t.${context.spec.time} as written_at,
  ${SOURCE_COLUMNS[context.spec.source](indicator)}, a.language, a.sentiment, a.score
${analysedRowsSql(context)}`,
  );
  const params: Record<string, SqlValue> = { limit: page.limit, offset: page.offset };
  for (const context of contexts) Object.assign(params, feedbackParams(context));
  return first.session.query<CommentRow & Record<string, unknown>>(
    'feedback comment page',
    `select source, item_id, text, cast(written_at as varchar) as written_at, customer_id, channel, survey_id, indicator, answer_score, language, sentiment, score
from (
${branches.join('\nunion all\n')}
) comments
order by comments.written_at desc, source, item_id
limit $limit offset $offset`,
    params,
  );
}

/** One theme a listed text mentions, with its aspect score. */
export interface CommentThemeRow {
  source: FeedbackSource;
  item_id: string;
  theme: string;
  score: number;
}

/** Reads the themes (with aspect scores) of the given texts only: the page's, looked up by key. */
export async function commentThemes(
  session: Session,
  workspaceId: number,
  texts: readonly { source: FeedbackSource; item_id: string }[],
): Promise<CommentThemeRow[]> {
  const params: Record<string, SqlValue> = { workspace: workspaceId };
  const bySource = new Map<FeedbackSource, string[]>();
  for (const [index, text] of texts.entries()) {
    params[`item_${index}`] = text.item_id;
    bySource.set(text.source, [...(bySource.get(text.source) ?? []), `$item_${index}`]);
  }
  if (bySource.size === 0) return [];
  const conditions = [...bySource].map(([source, items]) => `(source = '${source}' and item_id in (${items.join(', ')}))`);
  return session.query<CommentThemeRow & Record<string, unknown>>(
    'feedback comment themes',
    `select source, item_id, theme, score from text_themes
where workspace_id = $workspace and (${conditions.join(' or ')})`,
    params,
  );
}
