import type { ShareOfVoiceStatistics } from '../../indicators/statistics.js';
import { type Grouped, type QueryContext, queryParams, sortedBy } from './QueryContext.js';
import { rowKeySql } from './seriesBuckets.js';

/**
 * Counts the mentions published in the period per brand, and those of the user's own brand
 * (is_own_brand): the sufficient statistics of share of voice (docs/indicators.md).
 */
export async function mentionCounts(context: QueryContext): Promise<Grouped<ShareOfVoiceStatistics>> {
  const rows = await context.session.query<{ group_key: string | null; brand: string; mentions: number; own: number }>(
    'mention counts',
    `select ${rowKeySql(context, context.scope.groupKey, 't.published_at')} as group_key, t.brand, count(*) as mentions, count(*) filter (where t.is_own_brand) as own
from mentions t ${context.scope.joins}
where t.workspace_id = $workspace and t.published_at >= $start::timestamp and t.published_at < $end::timestamp${context.scope.filter}
group by 1, 2`,
    queryParams(context),
  );
  const groups: Grouped<{ ownMentions: number; totalMentions: number; byBrand: Record<string, number> }> = new Map();
  for (const row of sortedBy(rows, (row) => row.brand)) {
    const statistics = groups.get(row.group_key) ?? { ownMentions: 0, totalMentions: 0, byBrand: {} };
    statistics.ownMentions += row.own;
    statistics.totalMentions += row.mentions;
    statistics.byBrand[row.brand] = row.mentions;
    groups.set(row.group_key, statistics);
  }
  return groups;
}
