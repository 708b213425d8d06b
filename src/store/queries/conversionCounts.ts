import type { ConversionStatistics } from '../../indicators/statistics.js';
import { dayScopedSql } from './dayScopedSql.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { visitorRelations } from './visitorRelations.js';
import { rowKeySql } from './seriesBuckets.js';

/**
 * Counts the sessions that start in the period and those with a `purchase` event, and the
 * visitors followed across days (not day-scoped) with such a session and those with a
 * converted one: the sufficient statistics of the conversion rate (docs/indicators.md). Each
 * session counts its `purchase` events (maintained in `sessions` at import, or computed with
 * the session from filtered events), so one scan of the period's sessions gives them all.
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
    `select ${rowKeySql(context, 'group_key', 'started_at')} as group_key, count(*) as sessions, count(*) filter (where purchases > 0) as converted,
  count(distinct visitor_id) filter (where not ${dayScopedSql('visitor_id')}) as visitors,
  count(distinct visitor_id) filter (where purchases > 0 and not ${dayScopedSql('visitor_id')}) as converted_visitors
from ${relations.sessions} as s
where started_at >= $start::timestamp and started_at < $end::timestamp
group by 1`,
    queryParams(context),
  );
  return byGroup(rows, (row) => ({
    sessions: row.sessions,
    converted: row.converted,
    visitors: row.visitors,
    convertedVisitors: row.converted_visitors,
  }));
}
