import { describe, expect, it } from 'vitest';
import { socialEngagementRate } from './socialEngagementRate.js';

describe('socialEngagementRate', () => {
  it('averages the per-post rates overall and per platform', () => {
    // Instagram posts at 0.5% and 1.0%, a TikTok post at 3.0%:
    // overall mean (0.5 + 1 + 3) / 3 = 1.5 (median 1.0); Instagram 1.5 / 2 = 0.75; TikTok 3.
    const result = socialEngagementRate({
      posts: 3,
      sumRate: 4.5,
      medianRate: 1,
      byPlatform: {
        instagram: { posts: 2, sumRate: 1.5, medianRate: 0.75 },
        tiktok: { posts: 1, sumRate: 3, medianRate: 3 },
      },
    });
    expect(result).toEqual({
      value: 1.5,
      posts: 3,
      median: 1,
      byPlatform: { instagram: { value: 0.75, posts: 2 }, tiktok: { value: 3, posts: 1 } },
    });
  });

  it('returns value and median null without posts', () => {
    expect(socialEngagementRate({ posts: 0, sumRate: 0, medianRate: null, byPlatform: {} })).toEqual({
      value: null,
      posts: 0,
      median: null,
      byPlatform: {},
    });
  });

  it('reports a single post’s rate as both mean and median', () => {
    const result = socialEngagementRate({
      posts: 1,
      sumRate: 0.47,
      medianRate: 0.47,
      byPlatform: { instagram: { posts: 1, sumRate: 0.47, medianRate: 0.47 } },
    });
    expect(result).toEqual({ value: 0.47, posts: 1, median: 0.47, byPlatform: { instagram: { value: 0.47, posts: 1 } } });
  });

  it('keeps a platform literally named "__proto__" as an ordinary key', () => {
    const byPlatform = JSON.parse('{"__proto__": {"posts": 1, "sumRate": 2, "medianRate": 2}}') as Record<
      string,
      { posts: number; sumRate: number; medianRate: number }
    >;
    const result = socialEngagementRate({ posts: 1, sumRate: 2, medianRate: 2, byPlatform });
    expect(Object.keys(result.byPlatform)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.byPlatform)).toBe(Object.prototype);
  });

  it('throws a RangeError for inconsistent or invalid statistics', () => {
    const platform = { posts: 2, sumRate: 1, medianRate: 0.5 };
    expect(() => socialEngagementRate({ posts: 3, sumRate: 1, medianRate: 0.5, byPlatform: { x: platform } })).toThrow(
      new RangeError('socialEngagementRate.byPlatform posts add up to 2, not to socialEngagementRate.posts (3).'),
    );
    expect(() => socialEngagementRate({ posts: 2, sumRate: 1, medianRate: null, byPlatform: { x: platform } })).toThrow(
      new RangeError('socialEngagementRate.medianRate must be a number when there are posts, got null for 2 posts.'),
    );
    expect(() => socialEngagementRate({ posts: 2, sumRate: -1, medianRate: 0.5, byPlatform: { x: platform } })).toThrow(
      /socialEngagementRate.sumRate .* got -1/,
    );
    expect(() => socialEngagementRate({ posts: 2, sumRate: 1, medianRate: 0.5, byPlatform: { x: { ...platform, posts: 2.5 } } })).toThrow(
      /socialEngagementRate.byPlatform\["x"\].posts .* got 2.5/,
    );
    expect(() => socialEngagementRate({ posts: 0, sumRate: 3, medianRate: null, byPlatform: {} })).toThrow(/sumRate must be 0 without posts, got 3/);
  });

  it('leaves its input unchanged', () => {
    const input = {
      posts: 3,
      sumRate: 4.5,
      medianRate: 1,
      byPlatform: { instagram: { posts: 2, sumRate: 1.5, medianRate: 0.75 }, tiktok: { posts: 1, sumRate: 3, medianRate: 3 } },
    };
    const before = structuredClone(input);
    socialEngagementRate(Object.freeze(input));
    expect(input).toEqual(before);
  });
});
