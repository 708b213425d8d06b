import { assertAmount } from '../_lib/assertAmount.js';
import { assertCount } from '../_lib/assertCount.js';
import type { PostEngagementStatistics, SocialEngagementStatistics } from '../statistics.js';

/** The engagement rate of one platform's posts. */
export interface PlatformEngagementRate {
  /** Mean per-post engagement rate in percent of followers; `null` without posts. */
  value: number | null;
  /** Posts published on the platform in the period. */
  posts: number;
}

/** Engagement of the posts published in the period, per follower. */
export interface SocialEngagementRateResult {
  /** Mean over posts of 100 × engagements / followers; `null` without posts. */
  value: number | null;
  /** Posts published in the period. */
  posts: number;
  /** Median of the per-post rates; `null` without posts. */
  median: number | null;
  /** The mean rate and post count per platform. */
  byPlatform: Record<string, PlatformEngagementRate>;
}

/** Checks one set of post statistics and returns its mean rate (`null` without posts). */
function meanRate(statistics: PostEngagementStatistics, name: string): number | null {
  const { posts, sumRate, medianRate } = statistics;
  assertCount(posts, `${name}.posts`);
  assertAmount(sumRate, `${name}.sumRate`);
  if (medianRate !== null) {
    assertAmount(medianRate, `${name}.medianRate`);
  }
  if (posts === 0) {
    if (sumRate !== 0) {
      throw new RangeError(`${name}.sumRate must be 0 without posts, got ${String(sumRate)}.`);
    }
    return null;
  }
  if (medianRate === null) {
    throw new RangeError(`${name}.medianRate must be a number when there are posts, got null for ${String(posts)} posts.`);
  }
  return sumRate / posts;
}

/**
 * The social engagement rate by followers: the mean over the period's posts of
 * 100 × (likes + comments + shares + saves) / followers, overall and per platform.
 *
 * Definition (docs/indicators.md): per post, 100 × (likes + comments + shares + saves) / followers,
 * a missing count counting as 0; value = mean of those per-post rates over the posts
 * published in the period; median = their median; byPlatform = the mean and the post count
 * per platform.
 *
 * Source: the "by followers" engagement rate of Hootsuite, "How to calculate engagement
 * rate" (https://blog.hootsuite.com/calculate-engagement-rate/) and of Rival IQ's benchmark
 * methodology (interactions / follower count, per post;
 * https://www.rivaliq.com/blog/2019-social-media-benchmark-report/).
 *
 * Interval: none. One follower can like, comment, share and save the same post, so
 * engagements per follower are not successes out of independent trials: the rate is not a
 * binomial proportion and a Wilson interval would be meaningless. A bootstrap over posts
 * would be the honest interval.
 *
 * Pitfalls: three denominators share the name "engagement rate" — followers (used here),
 * reach (people who saw the post) and impressions — and give values 10 to 50 times apart:
 * compare only like with like. The mean of per-post rates differs from total engagements /
 * total followers, and Rival IQ publishes medians, so compare its benchmarks with `median`.
 * Rates differ by platform by an order of magnitude (TikTok ≫ Instagram ≫ Facebook), so the
 * overall mean depends on the platform mix; read `byPlatform`. Which interactions count
 * (clicks, video views) varies by tool, and the follower count should be the one at posting
 * time.
 *
 * @param statistics - post count, summed per-post rates and median, overall and per platform
 * @returns the mean rate, the median and the per-platform means; value and median `null`
 *   without posts
 * @throws {RangeError} when a count is not a non-negative integer, a rate is negative or not
 *   finite, a median is missing although there are posts, or the platforms' posts do not add
 *   up to the total
 *
 * @example
 * socialEngagementRate({
 *   posts: 3, sumRate: 4.5, medianRate: 1.2,
 *   byPlatform: {
 *     instagram: { posts: 2, sumRate: 1.5, medianRate: 0.75 },
 *     tiktok: { posts: 1, sumRate: 3, medianRate: 3 },
 *   },
 * })
 * // { value: 1.5, posts: 3, median: 1.2,
 * //   byPlatform: { instagram: { value: 0.75, posts: 2 }, tiktok: { value: 3, posts: 1 } } }
 */
export function socialEngagementRate(statistics: SocialEngagementStatistics): SocialEngagementRateResult {
  const value = meanRate(statistics, 'socialEngagementRate');
  let platformPosts = 0;
  // Object.fromEntries defines own properties, so a platform called "__proto__" stays a platform.
  const byPlatform: Record<string, PlatformEngagementRate> = Object.fromEntries(
    Object.entries(statistics.byPlatform).map(([platform, platformStatistics]) => {
      const platformValue = meanRate(platformStatistics, `socialEngagementRate.byPlatform[${JSON.stringify(platform)}]`);
      platformPosts += platformStatistics.posts;
      return [platform, { value: platformValue, posts: platformStatistics.posts }];
    }),
  );
  if (platformPosts !== statistics.posts) {
    throw new RangeError(
      `socialEngagementRate.byPlatform posts add up to ${String(platformPosts)}, not to socialEngagementRate.posts (${String(statistics.posts)}).`,
    );
  }
  return { value, posts: statistics.posts, median: value === null ? null : statistics.medianRate, byPlatform };
}
