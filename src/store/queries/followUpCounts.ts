import type { DetractorFollowUpStatistics } from '../../indicators/statistics.js';
import { FOLLOW_UP_HOURS } from '../../indicators/recommendation/detractorFollowUp.js';
import { sqlTimestamp } from '../sqlTimestamp.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { rowKeySql } from './seriesBuckets.js';

/**
 * Counts the detractors' follow-up cases opened in the period that can be judged at `now`
 * (their 48 hours are over, or they were contacted already), and of those the ones contacted
 * within 48 hours of their opening: the sufficient statistics of `detractorFollowUp`
 * (docs/indicators.md). Each case is read with its answer's row of `responses` (alias `t`),
 * so --where and --by take the answer's fields (survey_id, channel, attributes, its customer's).
 */
export async function followUpCounts(context: QueryContext, now: Date): Promise<Grouped<DetractorFollowUpStatistics>> {
  const window = `interval '${FOLLOW_UP_HOURS} hours'`;
  const rows = await context.session.query<{ group_key: string | null; cases: number; contacted: number }>(
    'follow-up counts',
    `select ${rowKeySql(context, context.scope.groupKey, 'f.opened_at')} as group_key, count(*) as cases,
  count(*) filter (where f.contacted_at is not null and f.contacted_at <= f.opened_at + ${window}) as contacted
from followup_cases f join responses t on t.workspace_id = f.workspace_id and t.response_id = f.response_id ${context.scope.joins}
where f.workspace_id = $workspace and f.opened_at >= $start::timestamp and f.opened_at < $end::timestamp
  and (f.contacted_at is not null or f.opened_at + ${window} <= $now::timestamp)${context.scope.filter}
group by 1`,
    { ...queryParams(context), now: sqlTimestamp(now) },
  );
  return byGroup(rows, (row) => ({ cases: row.cases, contacted: row.contacted }));
}
