import { type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { readsRollups } from './readsRollups.js';
import { rowKeySql } from './seriesBuckets.js';

/** The rating scales counted by {@link scaleCounts}: column and its lowest and highest score. */
export const SCALES = {
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
} as const;

/**
 * Counts the answers to a rating question (CSAT 1–5 or CES 1–7) submitted in the period,
 * per score and group: index 0 of each distribution is the lowest score. These counts are
 * the sufficient statistics of CSAT (% of 4–5, mean) and CES (mean, t-interval, easy share).
 * Without --where or --by, from the daily answer rollups (a row per day and score), else from the responses.
 */
export async function scaleCounts(context: QueryContext, scale: keyof typeof SCALES): Promise<Grouped<number[]>> {
  const { min, max } = SCALES[scale];
  const sql = readsRollups(context.scope)
    ? `select ${rowKeySql(context, 'null', 'day')} as group_key, score, sum(answers) as answers
from daily_answers
where workspace_id = $workspace and question = '${scale}' and day >= $start_day::date and day <= $end_day::date
group by 1, 2`
    : `select ${rowKeySql(context, context.scope.groupKey, 't.submitted_at')} as group_key, t.${scale} as score, count(*) as answers
from responses t ${context.scope.joins}
where t.workspace_id = $workspace and t.submitted_at >= $start::timestamp and t.submitted_at < $end::timestamp
  and t.${scale} is not null${context.scope.filter}
group by 1, 2`;
  const rows = await context.session.query<{ group_key: string | null; score: number; answers: number }>(`${scale} counts`, sql, queryParams(context));
  const groups: Grouped<number[]> = new Map();
  for (const row of rows) {
    const distribution = groups.get(row.group_key) ?? new Array<number>(max - min + 1).fill(0);
    distribution[row.score - min] = row.answers;
    groups.set(row.group_key, distribution);
  }
  return groups;
}
