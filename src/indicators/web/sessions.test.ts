import { describe, expect, it } from 'vitest';
import { sessions } from './sessions.js';

describe('sessions', () => {
  it('derives the averages and the bounce rate from the sums', () => {
    // 4 sessions lasting 0, 60, 120 and 420 s (total 600, median (60 + 120) / 2 = 90),
    // 1, 2, 3 and 4 pageviews (total 10), the first a one-event session (1 bounce):
    // average 150 s, 2.5 pages per session, bounce rate 25%.
    expect(sessions({ count: 4, totalDurationSeconds: 600, medianDurationSeconds: 90, pageviews: 10, bounces: 1 })).toEqual({
      value: 4,
      count: 4,
      avgDurationSeconds: 150,
      medianDurationSeconds: 90,
      pagesPerSession: 2.5,
      bounceRate: 25,
    });
  });

  it('returns value null, count 0 and null averages without sessions', () => {
    expect(sessions({ count: 0, totalDurationSeconds: 0, medianDurationSeconds: null, pageviews: 0, bounces: 0 })).toEqual({
      value: null,
      count: 0,
      avgDurationSeconds: null,
      medianDurationSeconds: null,
      pagesPerSession: null,
      bounceRate: null,
    });
  });

  it('describes a single one-pageview session as a bounce of 0 seconds', () => {
    expect(sessions({ count: 1, totalDurationSeconds: 0, medianDurationSeconds: 0, pageviews: 1, bounces: 1 })).toEqual({
      value: 1,
      count: 1,
      avgDurationSeconds: 0,
      medianDurationSeconds: 0,
      pagesPerSession: 1,
      bounceRate: 100,
    });
  });

  it('throws a RangeError for inconsistent or invalid statistics', () => {
    const valid = { count: 4, totalDurationSeconds: 600, medianDurationSeconds: 90, pageviews: 10, bounces: 1 };
    expect(() => sessions({ ...valid, bounces: 5 })).toThrow(new RangeError('sessions.bounces (5) must not exceed sessions.count (4).'));
    expect(() => sessions({ ...valid, totalDurationSeconds: -1 })).toThrow(/sessions.totalDurationSeconds .* got -1/);
    expect(() => sessions({ ...valid, medianDurationSeconds: Number.NaN })).toThrow(/sessions.medianDurationSeconds .* got NaN/);
    expect(() => sessions({ ...valid, pageviews: 2.5 })).toThrow(/sessions.pageviews .* got 2.5/);
    expect(() => sessions({ count: 0, totalDurationSeconds: 0, medianDurationSeconds: null, pageviews: 3, bounces: 0 })).toThrow(
      /must be 0 without sessions, got 0 and 3/,
    );
  });

  it('gives no median, and the other figures, when the sessions themselves are deleted by the retention', () => {
    // 4 sessions counted by the daily rollups, their rows gone: 600 s / 4 = 150 s on average, 10 / 4 = 2.5 pages, 1 / 4 = 25 % bounces.
    expect(sessions({ count: 4, totalDurationSeconds: 600, medianDurationSeconds: null, pageviews: 10, bounces: 1 })).toEqual({
      value: 4,
      count: 4,
      avgDurationSeconds: 150,
      medianDurationSeconds: null,
      pagesPerSession: 2.5,
      bounceRate: 25,
    });
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze({ count: 4, totalDurationSeconds: 600, medianDurationSeconds: 90, pageviews: 10, bounces: 1 });
    sessions(input);
    expect(input).toEqual({ count: 4, totalDurationSeconds: 600, medianDurationSeconds: 90, pageviews: 10, bounces: 1 });
  });
});
