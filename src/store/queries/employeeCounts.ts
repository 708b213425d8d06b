import type { SqlValue } from '../Store.js';
import { type LikertItem, likertAnswersSql } from './engagementStatistics.js';
import { type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { rowKeySql } from './seriesBuckets.js';

/** How many employees a group's employee figures rest on, per figure. */
export interface EmployeeCounts {
  /** Employee responses with an eNPS answer. */
  enps: number;
  /** Employee responses with a CSAT answer, and with a CES answer. */
  csat: number;
  ces: number;
  /** Employees with at least one answered Likert item of a dimension (the barometer's n). */
  employeeEngagement: number;
  /** The same per dimension. */
  dimensions: Record<string, number>;
}

/**
 * Counts, per group, the employee responses submitted in the period that --where keeps behind
 * each employee figure of the report — eNPS, CSAT and CES answers, the barometer's respondents
 * overall and per dimension (with `items`, the workspace's Likert items) — for the anonymity
 * rules (docs/indicators.md, "Anonymity"). Groups without employees are absent.
 */
export async function employeeCounts(context: QueryContext, items: readonly LikertItem[]): Promise<Grouped<EmployeeCounts>> {
  const rows = await context.session.query<{ group_key: string | null; enps: number; csat: number; ces: number }>(
    'employee counts',
    `select ${rowKeySql(context, context.scope.groupKey, 't.submitted_at')} as group_key, count(t.nps) as enps, count(t.csat) as csat, count(t.ces) as ces
from responses t ${context.scope.joins}
where t.workspace_id = $workspace and t.submitted_at >= $start::timestamp and t.submitted_at < $end::timestamp
  and t.population = 'employee'${context.scope.filter}
group by 1`,
    queryParams(context),
  );
  const groups: Grouped<EmployeeCounts> = new Map(
    rows.map((row) => [
      row.group_key,
      { enps: Number(row.enps), csat: Number(row.csat), ces: Number(row.ces), employeeEngagement: 0, dimensions: {} } satisfies EmployeeCounts,
    ]),
  );
  if (items.length === 0) return groups;
  const params: Record<string, SqlValue> = { ...queryParams(context) };
  const respondents = await context.session.query<{ group_key: string | null; dimension: string | null; respondents: number }>(
    'employee barometer counts',
    `${likertAnswersSql(context, items, params)}
select group_key, dimension, count(distinct response_id) as respondents from answers group by group_key, dimension
union all
select group_key, null, count(distinct response_id) from answers group by group_key`,
    params,
  );
  for (const row of respondents) {
    const counts = groups.get(row.group_key);
    if (counts === undefined) continue;
    if (row.dimension === null) counts.employeeEngagement = Number(row.respondents);
    else counts.dimensions[row.dimension] = Number(row.respondents);
  }
  return groups;
}
