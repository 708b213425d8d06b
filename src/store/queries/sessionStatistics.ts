import type { SessionStatistics } from '../../indicators/statistics.js';
import { rawEventsKeptFrom } from '../rollups/rawEventsKept.js';
import { toNumberOrNull } from '../toNumber.js';
import { medianSql, secondsBetweenSql } from './dialect.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { readsRollups } from './readsRollups.js';
import { rowKeySql } from './seriesBuckets.js';
import { visitorRelations } from './visitorRelations.js';

/**
 * Sums over the sessions that start in the period (a session belongs to the day of its
 * first event and counts whole even if it runs past the end): count, total and median
 * duration in seconds, pageviews, and one-event sessions (bounces) — docs/indicators.md.
 * Without --where or --by, the count, total duration, pageviews and bounces come from the daily
 * web rollups and only the median from the sessions (a median does not add up over days); a
 * period or series point starting before the retention's first kept day has no median then
 * (null: its sessions are deleted, docs/privacy.md).
 */
export async function sessionStatistics(context: QueryContext): Promise<Grouped<SessionStatistics>> {
  if (!readsRollups(context.scope)) return sessionStatisticsFromRows(context);
  const sums = await context.session.query<{ group_key: string | null; sessions: number; total_seconds: number; pageviews: number; bounces: number }>(
    'session rollups',
    `select ${rowKeySql(context, 'null', 'day')} as group_key, sum(sessions) as sessions, sum(duration_micros) / 1000000.0 as total_seconds,
  sum(pageviews) as pageviews, sum(bounces) as bounces
from daily_web
where workspace_id = $workspace and sessions > 0 and day >= $start_day::date and day <= $end_day::date
group by 1`,
    queryParams(context),
  );
  const medians = await context.session.query<{ group_key: string | null; median_seconds: number | null }>(
    'session medians',
    `select group_key, ${medianSql(context.session.engine, 'seconds')} as median_seconds
from ${sessionsInPeriod(context)} as in_period
group by 1`,
    queryParams(context),
  );
  const keptFrom = await rawEventsKeptFrom(context.session, context.workspaceId);
  const medianOf = new Map(medians.map((row) => [row.group_key, toNumberOrNull(row.median_seconds, 'median_seconds')]));
  return byGroup(sums, (row) => ({
    count: row.sessions,
    totalDurationSeconds: Number(row.total_seconds),
    medianDurationSeconds: keptFrom !== null && (row.group_key ?? context.period.firstDay) < keptFrom ? null : (medianOf.get(row.group_key) ?? null),
    pageviews: row.pageviews,
    bounces: row.bounces,
  }));
}

/** The statistics of the sessions --where keeps, split by --by, computed from the sessions themselves. */
async function sessionStatisticsFromRows(context: QueryContext): Promise<Grouped<SessionStatistics>> {
  const rows = await context.session.query<{
    group_key: string | null;
    sessions: number;
    total_seconds: number;
    median_seconds: number | null;
    pageviews: number;
    bounces: number;
  }>(
    'session statistics',
    `select group_key, count(*) as sessions, sum(seconds) as total_seconds, ${medianSql(context.session.engine, 'seconds')} as median_seconds,
  sum(pageviews) as pageviews, count(*) filter (where events = 1) as bounces
from ${sessionsInPeriod(context)} as in_period
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

/** The sessions starting in the period, each with its key, duration in seconds, pageviews and events. */
function sessionsInPeriod(context: QueryContext): string {
  return `(
  select ${rowKeySql(context, 'group_key', 'started_at')} as group_key, ${secondsBetweenSql(context.session.engine, 'started_at', 'ended_at')} as seconds, pageviews, events
  from ${visitorRelations(context).sessions} as s
  where started_at >= $start::timestamp and started_at < $end::timestamp
)`;
}
