import { dayScopedSql } from '../queries/dayScopedSql.js';
import type { Engine } from '../Store.js';

/** The survey questions whose answers `daily_answers` counts per score (docs/scaling.md, "Daily rollups"). */
export const ROLLED_UP_QUESTIONS = ['nps', 'csat', 'ces'] as const;

/** The columns of `daily_web` after workspace_id and day, in the order {@link webRollupRowsSql} gives them. */
export const WEB_ROLLUP_COLUMNS = [
  'sessions',
  'duration_micros',
  'pageviews',
  'bounces',
  'visitors',
  'day_scoped_visitors',
  'cart_days',
  'abandoned_cart_days',
] as const;

/** The columns of `daily_answers`, in the order {@link answerRollupRowsSql} gives them. */
export const ANSWER_ROLLUP_COLUMNS = ['workspace_id', 'day', 'question', 'population', 'score', 'answers'] as const;

/** A session's duration in integer microseconds: exact sums whatever the days are added in. */
export function durationMicrosSql(engine: Engine): string {
  return engine === 'duckdb' ? '(epoch_us(ended_at) - epoch_us(started_at))' : '(extract(epoch from (ended_at - started_at)) * 1000000)::bigint';
}

/**
 * The rows of `daily_web` (workspace_id, day, then WEB_ROLLUP_COLUMNS), one per workspace and
 * UTC day with a session starting or a visitor active, from the maintained `sessions` and
 * `visitor_days`: sessions starting that day (a session belongs to the day of its first event,
 * as the report counts it), their durations in microseconds, pageviews and one-event sessions;
 * the visitors active that day followed across days and the day-scoped ones (the DAU of
 * stickiness); the visitor-days with a cart and those of them without a purchase (cart
 * abandonment). `sessionsWhere` and `daysWhere` are conditions on `sessions` and
 * `visitor_days` (a workspace, some days). Every figure is a count or a sum per day, so a
 * period's figure is the sum of its days' (docs/scaling.md).
 */
export function webRollupRowsSql(engine: Engine, sessionsWhere: string, daysWhere: string): string {
  const dayScoped = dayScopedSql('visitor_id');
  return `select workspace_id, day, sum(sessions) as sessions, sum(duration_micros) as duration_micros, sum(pageviews) as pageviews,
  sum(bounces) as bounces, sum(visitors) as visitors, sum(day_scoped_visitors) as day_scoped_visitors, sum(cart_days) as cart_days,
  sum(abandoned_cart_days) as abandoned_cart_days
from (
  select workspace_id, cast(started_at as date) as day, count(*) as sessions, sum(${durationMicrosSql(engine)}) as duration_micros,
    sum(pageviews) as pageviews, count(*) filter (where events = 1) as bounces, 0 as visitors, 0 as day_scoped_visitors,
    0 as cart_days, 0 as abandoned_cart_days
  from sessions where ${sessionsWhere}
  group by 1, 2
  union all
  select workspace_id, day, 0, 0, 0, 0, count(*) filter (where not ${dayScoped}), count(*) filter (where ${dayScoped}),
    count(*) filter (where carts > 0), count(*) filter (where carts > 0 and purchases = 0)
  from visitor_days where ${daysWhere}
  group by 1, 2
) as parts
group by workspace_id, day`;
}

/**
 * The rows of `daily_answers` (ANSWER_ROLLUP_COLUMNS): per workspace, UTC day of submission,
 * question (nps, csat, ces), population and score, how many responses gave that score — the
 * sufficient statistics of NPS, eNPS, CSAT and CES (docs/indicators.md), additive over days.
 * `where` is a condition on `responses` (a workspace, some days).
 */
export function answerRollupRowsSql(where: string): string {
  const scores = ROLLED_UP_QUESTIONS.map(
    (question) => `select workspace_id, submitted_at, population, '${question}' as question, ${question} as score from responses
  where ${question} is not null and ${where}`,
  );
  return `select workspace_id, cast(submitted_at as date) as day, question, population, score, count(*) as answers
from (
  ${scores.join('\n  union all\n  ')}
) as scored
group by workspace_id, cast(submitted_at as date), question, population, score`;
}
