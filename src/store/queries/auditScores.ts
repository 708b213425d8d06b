import type { AuditTouchpointStatistics, AuditVisitStatistics, MysteryShoppingStatistics } from '../../indicators/statistics.js';
import { type Grouped, type QueryContext, queryParams, sortedBy } from './QueryContext.js';
import { rowKeySql } from './seriesBuckets.js';

/**
 * Over the mystery-shopping rows of the period: per visit its score 100 × Σ(weight ×
 * score) / Σ(weight × max_score), summed overall and per site with the visit counts; and
 * per touchpoint the pooled Σ(weight × score), Σ(weight × max_score) and criteria count
 * (docs/indicators.md). Rows without a touchpoint count in visits but in no touchpoint.
 */
export async function auditScores(context: QueryContext): Promise<Grouped<MysteryShoppingStatistics>> {
  const rows = `(select ${rowKeySql(context, context.scope.groupKey, 't.visited_at')} as group_key, t.*
  from audits t ${context.scope.joins}
  where t.workspace_id = $workspace and t.visited_at >= $start::timestamp and t.visited_at < $end::timestamp${context.scope.filter}) as audit_rows`;
  const params = queryParams(context);
  const sites = await context.session.query<{ group_key: string | null; site: string; visits: number; sum_scores: number }>(
    'audit visit scores',
    `select group_key, site, count(*) as visits, sum(visit_score) as sum_scores
from (select group_key, site, visit_id, 100.0 * sum(weight * score) / sum(weight * max_score) as visit_score from ${rows} group by 1, 2, 3) as visits
group by 1, 2`,
    params,
  );
  const touchpoints = await context.session.query<{
    group_key: string | null;
    touchpoint: string;
    criteria: number;
    weighted_score: number;
    weighted_max: number;
  }>(
    'audit touchpoint scores',
    `select group_key, touchpoint, count(*) as criteria, sum(weight * score) as weighted_score, sum(weight * max_score) as weighted_max
from ${rows} where touchpoint is not null group by 1, 2`,
    params,
  );
  const groups: Grouped<{
    visits: number;
    sumVisitScores: number;
    bySite: Record<string, AuditVisitStatistics>;
    byTouchpoint: Record<string, AuditTouchpointStatistics>;
  }> = new Map();
  const groupOf = (key: string | null) => {
    const found = groups.get(key) ?? { visits: 0, sumVisitScores: 0, bySite: {}, byTouchpoint: {} };
    groups.set(key, found);
    return found;
  };
  for (const row of sortedBy(sites, (row) => row.site)) {
    const group = groupOf(row.group_key);
    group.visits += row.visits;
    group.sumVisitScores += row.sum_scores;
    group.bySite[row.site] = { visits: row.visits, sumVisitScores: row.sum_scores };
  }
  for (const row of sortedBy(touchpoints, (row) => row.touchpoint)) {
    groupOf(row.group_key).byTouchpoint[row.touchpoint] = { criteria: row.criteria, weightedScore: row.weighted_score, weightedMax: row.weighted_max };
  }
  return groups;
}
