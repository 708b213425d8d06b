import type { SentimentLabel } from '../../../feedback/sentiment/sentimentModel.js';
import type { FeedbackSource } from '../../schema/feedbackSources.js';
import { analysedRowsSql, type FeedbackContext, feedbackParams } from './FeedbackContext.js';

/** One analysed text with its words, author, date, channel and answers, as `--per-item` lists it. */
export interface FeedbackItemRow {
  item_id: string;
  language: string;
  sentiment: SentimentLabel;
  score: number;
  text: string;
  customer_id: string | null;
  /** When it was answered or published, as the store writes a timestamp in text. */
  written_at: string;
  /** The response's channel, or the mention's platform. */
  channel: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
}

/** What each source gives for the author, channel and answers: a mention has no customer and no answer, its platform is its channel. */
const SOURCE_COLUMNS: Readonly<Record<FeedbackSource, string>> = {
  response: 't.customer_id, t.channel, t.nps, t.csat, t.ces',
  mention:
    'cast(null as varchar) as customer_id, t.platform as channel, cast(null as integer) as nps, cast(null as integer) as csat, cast(null as integer) as ces',
};

/** Lists the analysed texts in scope with their language, sentiment and score, words, author, date, channel and answers, oldest first (their themes: itemAspects). */
export async function feedbackItems(context: FeedbackContext): Promise<FeedbackItemRow[]> {
  const { spec } = context;
  return context.session.query<FeedbackItemRow & Record<string, unknown>>(
    'feedback items',
    `select a.item_id, a.language, a.sentiment, a.score, t.${spec.text} as text, cast(t.${spec.time} as varchar) as written_at, ${SOURCE_COLUMNS[spec.source]}
${analysedRowsSql(context)}
order by t.${spec.time}, a.item_id`,
    feedbackParams(context),
  );
}
