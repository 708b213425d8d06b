import type { DemoPost } from './demoRecords.js';
import { DEMO_MONTHS, PERIOD_END_EXCLUSIVE_MS, PERIOD_START_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import type { Prng } from './prng.js';
import { OFFICE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/** How Maison Lumière's account on one network behaves. */
interface PlatformProfile {
  platform: string;
  postsPerMonth: number;
  /** Followers at the start and at the end of the period. */
  followersFrom: number;
  followersTo: number;
  /** Steady (linear) growth, or compounding (a young account taking off). */
  growth: 'linear' | 'compounding';
  /** Median reach as a share of followers, and its log-normal spread. */
  reachRate: number;
  reachSigma: number;
  /** Median interactions (likes + comments + shares + saves) as a share of followers. */
  engagementRate: number;
  /** How interactions split; `saves: null` where the network does not report them (empty field). */
  split: { likes: number; comments: number; shares: number; saves: number | null };
  formats: readonly string[];
}

const PLATFORMS: readonly PlatformProfile[] = [
  {
    platform: 'instagram',
    postsPerMonth: 8,
    followersFrom: 48_000,
    followersTo: 71_000,
    growth: 'linear',
    reachRate: 0.22,
    reachSigma: 0.5,
    engagementRate: 0.025,
    split: { likes: 0.8, comments: 0.05, shares: 0.05, saves: 0.1 },
    formats: ['photo', 'carrousel', 'reel'],
  },
  {
    platform: 'facebook',
    postsPerMonth: 5,
    followersFrom: 31_000,
    followersTo: 33_500,
    growth: 'linear',
    reachRate: 0.07,
    reachSigma: 0.5,
    engagementRate: 0.007,
    split: { likes: 0.75, comments: 0.12, shares: 0.13, saves: null },
    formats: ['photo', 'video', 'lien'],
  },
  {
    platform: 'linkedin',
    postsPerMonth: 3,
    followersFrom: 4_200,
    followersTo: 7_800,
    growth: 'linear',
    reachRate: 0.3,
    reachSigma: 0.4,
    engagementRate: 0.02,
    split: { likes: 0.82, comments: 0.09, shares: 0.09, saves: null },
    formats: ['article', 'photo', 'carrousel'],
  },
  {
    platform: 'tiktok',
    postsPerMonth: 6,
    followersFrom: 2_500,
    followersTo: 26_000,
    growth: 'compounding',
    reachRate: 1.2,
    reachSigma: 1.0,
    engagementRate: 0.06,
    split: { likes: 0.85, comments: 0.05, shares: 0.06, saves: 0.04 },
    formats: ['video'],
  },
];

/** Each post's interactions vary log-normally around the median, videos and reels doing better. */
const ENGAGEMENT_SIGMA = 0.45;
const VIDEO_BOOST = 1.4;
/** Impressions exceed reach: some people see a post several times. */
const IMPRESSIONS_PER_REACH: readonly [number, number] = [1.15, 1.6];
/** Follower counts wobble by up to this share around the growth curve (unfollows, measurement time). */
const FOLLOWER_NOISE = 0.0005;
/** Share of counts the export leaves empty (a network outage, a deleted post); docs/indicators.md counts them as 0. */
const MISSING_COUNT_SHARE = 0.04;

/**
 * Maison Lumière's social-media posts: about 22 a month over Instagram, Facebook, LinkedIn
 * and TikTok, with the account's follower count at publication (growing over the period,
 * TikTok fastest), impressions, reach and interactions. Saves are empty where the network
 * does not report them, and a few counts are missing.
 *
 * @param rng the posts' own random stream.
 * @returns the posts in time order, with ids `post-0001`… in that order.
 *
 * @example
 * generatePosts(new Prng(1)).length; // about 400
 */
export function generatePosts(rng: Prng): DemoPost[] {
  const posts: DemoPost[] = [];
  for (const profile of PLATFORMS) {
    for (const month of DEMO_MONTHS) {
      const count = Math.max(1, Math.round(profile.postsPerMonth * rng.uniform(0.8, 1.2)));
      for (let i = 0; i < count; i += 1) {
        const at = wholeSecond(startOfUtcDay(rng.uniform(month.startMs, month.endExclusiveMs)) + drawTimeOfDay(rng, OFFICE_HOURS));
        posts.push(buildPost(rng, profile, at));
      }
    }
  }
  posts.sort((a, b) => a.publishedMs - b.publishedMs || (a.platform < b.platform ? -1 : 1));
  posts.forEach((post, index) => {
    post.id = `post-${String(index + 1).padStart(4, '0')}`;
  });
  return posts;
}

function buildPost(rng: Prng, profile: PlatformProfile, at: number): DemoPost {
  const progress = (at - PERIOD_START_MS) / (PERIOD_END_EXCLUSIVE_MS - PERIOD_START_MS);
  const trend =
    profile.growth === 'linear'
      ? profile.followersFrom + (profile.followersTo - profile.followersFrom) * progress
      : profile.followersFrom * (profile.followersTo / profile.followersFrom) ** progress;
  const followers = Math.max(1, Math.round(trend * rng.uniform(1 - FOLLOWER_NOISE, 1 + FOLLOWER_NOISE)));
  const format = rng.pick(profile.formats);
  const reach = Math.round(followers * rng.logNormal(profile.reachRate, profile.reachSigma));
  const impressions = Math.round(reach * rng.uniform(...IMPRESSIONS_PER_REACH));
  const boost = format === 'reel' || format === 'video' ? VIDEO_BOOST : 1;
  const interactions = followers * rng.logNormal(profile.engagementRate, ENGAGEMENT_SIGMA) * boost;
  const count = (share: number | null): number | null =>
    share === null || rng.chance(MISSING_COUNT_SHARE) ? null : Math.round(interactions * share * rng.uniform(0.8, 1.2));
  const maybe = (value: number): number | null => (rng.chance(MISSING_COUNT_SHARE) ? null : value);
  return {
    id: '',
    platform: profile.platform,
    publishedMs: at,
    followers,
    impressions: maybe(impressions),
    reach: maybe(reach),
    likes: count(profile.split.likes),
    comments: count(profile.split.comments),
    shares: count(profile.split.shares),
    saves: count(profile.split.saves),
    format,
  };
}
