import { monthSql } from '../dialect.js';
import type { BrandMentionStatistics, BrandMonthStatistics } from '../../../feedback/social/brandListening.js';
import { analysedRowsSql, type FeedbackContext, feedbackParams } from './FeedbackContext.js';

/**
 * Counts the mentions in scope per brand — all of them, and those with an analysed text by
 * sentiment with their summed score — and the same per brand and calendar month: the
 * sufficient statistics of social listening (src/feedback/social/brandListening.ts).
 * `context.spec` must be the mentions source.
 */
export async function brandStatistics(context: FeedbackContext): Promise<{ brands: BrandMentionStatistics[]; months: BrandMonthStatistics[] }> {
  const rows = analysedRowsSql(context, '', true);
  const params = feedbackParams(context);
  const brands = await context.session.query<{
    brand: string;
    own: boolean;
    mentions: number;
    analysed: number;
    positive: number;
    neutral: number;
    negative: number;
    score_sum: number | null;
  }>(
    'brand mention statistics',
    `select t.brand, bool_or(t.is_own_brand) as own, count(*) as mentions, count(a.item_id) as analysed,
  count(*) filter (where a.sentiment = 'positive') as positive,
  count(*) filter (where a.sentiment = 'neutral') as neutral,
  count(*) filter (where a.sentiment = 'negative') as negative,
  sum(a.score) as score_sum
${rows}
group by 1`,
    params,
  );
  const months = await context.session.query<{ brand: string; month: string; mentions: number; analysed: number; score_sum: number | null }>(
    'brand month statistics',
    `select t.brand, ${monthSql(context.session.engine, `t.${context.spec.time}`)} as month, count(*) as mentions, count(a.item_id) as analysed, sum(a.score) as score_sum
${rows}
group by 1, 2`,
    params,
  );
  return {
    brands: brands.map((row) => ({
      brand: row.brand,
      own: row.own,
      mentions: row.mentions,
      analysed: row.analysed,
      positive: row.positive,
      neutral: row.neutral,
      negative: row.negative,
      scoreSum: row.score_sum ?? 0,
    })),
    months: months.map((row) => ({ brand: row.brand, month: row.month, mentions: row.mentions, analysed: row.analysed, scoreSum: row.score_sum ?? 0 })),
  };
}
