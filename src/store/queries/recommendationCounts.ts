import { type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { readsRollups } from './readsRollups.js';
import { rowKeySql } from './seriesBuckets.js';

/** NPS distributions per group, for one population. */
export interface RecommendationCounts {
  customer: Grouped<number[]>;
  employee: Grouped<number[]>;
}

/**
 * Counts the answers to the 0–10 recommendation question submitted in the period, per
 * score, population (customer → NPS, employee → eNPS) and group: the sufficient
 * statistics of NPS and eNPS (docs/indicators.md). Without --where or --by, from the daily
 * answer rollups (a row per day and score), else from the responses.
 */
export async function recommendationCounts(context: QueryContext): Promise<RecommendationCounts> {
  const sql = readsRollups(context.scope)
    ? `select ${rowKeySql(context, 'null', 'day')} as group_key, population, score as nps, sum(answers) as answers
from daily_answers
where workspace_id = $workspace and question = 'nps' and day >= $start_day::date and day <= $end_day::date
group by 1, 2, 3`
    : `select ${rowKeySql(context, context.scope.groupKey, 't.submitted_at')} as group_key, t.population, t.nps, count(*) as answers
from responses t ${context.scope.joins}
where t.workspace_id = $workspace and t.submitted_at >= $start::timestamp and t.submitted_at < $end::timestamp
  and t.nps is not null${context.scope.filter}
group by 1, 2, 3`;
  const rows = await context.session.query<{ group_key: string | null; population: string; nps: number; answers: number }>(
    'recommendation counts',
    sql,
    queryParams(context),
  );
  const counts: RecommendationCounts = { customer: new Map(), employee: new Map() };
  for (const row of rows) {
    const groups = row.population === 'employee' ? counts.employee : counts.customer;
    const distribution = groups.get(row.group_key) ?? new Array<number>(11).fill(0);
    distribution[row.nps] = row.answers;
    groups.set(row.group_key, distribution);
  }
  return counts;
}
