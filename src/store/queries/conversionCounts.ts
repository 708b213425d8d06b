import type { ConversionStatistics } from '../../indicators/statistics.js';
import { dayScopedSql } from './dayScopedSql.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { visitorRelations } from './visitorRelations.js';

/**
 * Counts the sessions that start in the period and those with a `purchase` event, and the
 * visitors followed across days (not day-scoped) with such a session and those with a
 * converted one: the sufficient statistics of the conversion rate (docs/indicators.md). A
 * visitor's sessions never overlap (they are split by gaps of more than 30 minutes), so a
 * purchase belongs to the session of its visitor (and group) whose first and last events
 * frame it. Only the few purchase events are joined to sessions; the totals are counted apart.
 */
export async function conversionCounts(context: QueryContext): Promise<Grouped<ConversionStatistics>> {
  const relations = visitorRelations(context);
  const rows = await context.session.query<{
    group_key: string | null;
    sessions: number;
    converted: number;
    visitors: number;
    converted_visitors: number;
  }>(
    'conversion counts',
    `with in_period as materialized (
  select group_key, visitor_id, started_at, ended_at from ${relations.sessions} as s
  where started_at >= $start::timestamp and started_at < $end::timestamp
),
converted as (
  select distinct s.group_key, s.visitor_id, s.started_at
  from in_period s
  join ${relations.events} as p on p.visitor_id = s.visitor_id and p.group_key is not distinct from s.group_key
    and p.type = 'purchase' and p.occurred_at >= s.started_at and p.occurred_at <= s.ended_at
),
totals as (
  select group_key, count(*) as sessions, count(distinct visitor_id) filter (where not ${dayScopedSql('visitor_id')}) as visitors
  from in_period group by 1
),
conversions as (
  select group_key, count(*) as converted, count(distinct visitor_id) filter (where not ${dayScopedSql('visitor_id')}) as converted_visitors
  from converted group by 1
)
select t.group_key, t.sessions, coalesce(c.converted, 0) as converted, t.visitors, coalesce(c.converted_visitors, 0) as converted_visitors
from totals t left join conversions c on c.group_key is not distinct from t.group_key`,
    queryParams(context),
  );
  return byGroup(rows, (row) => ({
    sessions: row.sessions,
    converted: row.converted,
    visitors: row.visitors,
    convertedVisitors: row.converted_visitors,
  }));
}
