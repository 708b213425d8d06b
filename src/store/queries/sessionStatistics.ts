import type { SessionStatistics } from '../../indicators/statistics.js';
import { toNumberOrNull } from '../toNumber.js';
import { medianSql, secondsBetweenSql } from './dialect.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { visitorRelations } from './visitorRelations.js';
import { rowKeySql } from './seriesBuckets.js';

/**
 * Sums over the sessions that start in the period (a session belongs to the day of its
 * first event and counts whole even if it runs past the end): count, total and median
 * duration in seconds, pageviews, and one-event sessions (bounces) — docs/indicators.md.
 */
export async function sessionStatistics(context: QueryContext): Promise<Grouped<SessionStatistics>> {
  const engine = context.session.engine;
  const rows = await context.session.query<{
    group_key: string | null;
    sessions: number;
    total_seconds: number;
    median_seconds: number | null;
    pageviews: number;
    bounces: number;
  }>(
    'session statistics',
    `select group_key, count(*) as sessions, sum(seconds) as total_seconds, ${medianSql(engine, 'seconds')} as median_seconds,
  sum(pageviews) as pageviews, count(*) filter (where events = 1) as bounces
from (
  select ${rowKeySql(context, 'group_key', 'started_at')} as group_key, ${secondsBetweenSql(engine, 'started_at', 'ended_at')} as seconds, pageviews, events
  from ${visitorRelations(context).sessions} as s
  where started_at >= $start::timestamp and started_at < $end::timestamp
) as in_period
group by 1`,
    queryParams(context),
  );
  return byGroup(rows, (row) => ({
    count: row.sessions,
    totalDurationSeconds: row.total_seconds,
    medianDurationSeconds: toNumberOrNull(row.median_seconds, 'median_seconds'),
    pageviews: row.pageviews,
    bounces: row.bounces,
  }));
}
