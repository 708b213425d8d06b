import type { PostEngagementStatistics, SocialEngagementStatistics } from '../../indicators/statistics.js';
import { toNumberOrNull } from '../toNumber.js';
import { medianSql } from './dialect.js';
import { type Grouped, type QueryContext, queryParams, sortedBy } from './QueryContext.js';
import { rowKeySql } from './seriesBuckets.js';

/**
 * Over the posts published in the period, the count, sum, sum of squares (overall only) and median of the per-post
 * engagement rate 100 × (likes + comments + shares + saves) / followers (a missing count
 * counts as 0; docs/indicators.md), overall and per platform, in one grouping-sets query.
 */
export async function postEngagement(context: QueryContext): Promise<Grouped<SocialEngagementStatistics>> {
  const rows = await context.session.query<{
    group_key: string | null;
    platform: string | null;
    per_platform: number;
    posts: number;
    sum_rate: number;
    sum_squared_rate: number;
    median_rate: number | null;
  }>(
    'post engagement',
    `select group_key, platform, grouping(platform) = 0 as per_platform, count(*) as posts, sum(rate) as sum_rate, sum(rate * rate) as sum_squared_rate, ${medianSql(context.session.engine, 'rate')} as median_rate
from (
  select ${rowKeySql(context, context.scope.groupKey, 't.published_at')} as group_key, t.platform,
    100.0 * (coalesce(t.likes, 0) + coalesce(t.comments, 0) + coalesce(t.shares, 0) + coalesce(t.saves, 0)) / t.followers as rate
  from posts t ${context.scope.joins}
  where t.workspace_id = $workspace and t.published_at >= $start::timestamp and t.published_at < $end::timestamp${context.scope.filter}
) as rates
group by grouping sets ((group_key), (group_key, platform))`,
    queryParams(context),
  );
  const groups: Grouped<SocialEngagementStatistics> = new Map();
  const platforms = new Map<string | null, Record<string, PostEngagementStatistics>>();
  for (const row of sortedBy(rows, (row) => row.platform ?? '')) {
    const statistics = { posts: row.posts, sumRate: row.sum_rate, medianRate: toNumberOrNull(row.median_rate, 'median_rate') };
    if (row.per_platform) {
      const byPlatform = platforms.get(row.group_key) ?? {};
      byPlatform[row.platform as string] = statistics;
      platforms.set(row.group_key, byPlatform);
    } else groups.set(row.group_key, { ...statistics, sumSquaredRate: row.sum_squared_rate, byPlatform: {} });
  }
  for (const [key, statistics] of groups) groups.set(key, { ...statistics, byPlatform: platforms.get(key) ?? {} });
  return groups;
}
