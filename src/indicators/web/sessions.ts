import { assertAmount } from '../_lib/assertAmount.js';
import { assertAtMost } from '../_lib/assertAtMost.js';
import { assertCount } from '../_lib/assertCount.js';
import type { SessionStatistics } from '../statistics.js';

/** Web sessions of the period and their per-session averages. */
export interface SessionsResult {
  /** Number of sessions starting in the period; `null` when there are none. */
  value: number | null;
  /** Number of sessions starting in the period (0 when there are none). */
  count: number;
  /** Mean of (last event − first event) over the sessions, in seconds; `null` without sessions. */
  avgDurationSeconds: number | null;
  /** Median session duration in seconds (mean of the two middle ones for an even count); `null` without sessions, or when they are deleted by the retention. */
  medianDurationSeconds: number | null;
  /** `pageview` events per session; `null` without sessions. */
  pagesPerSession: number | null;
  /** % of sessions made of exactly one event (0–100); `null` without sessions. */
  bounceRate: number | null;
}

/**
 * Sessions of the period with their average and median duration, pages per session and
 * bounce rate.
 *
 * Definition (docs/indicators.md): events are grouped per `visitor_id`; a gap of more than
 * 30 minutes between two consecutive events starts a new session. A session belongs to the
 * day of its first event and counts whole even if it runs past the period's end.
 * Duration = last event − first event; pages = `pageview` events; a bounce is a session of
 * exactly one event. Here: value = count; avgDurationSeconds = Σ durations / count;
 * pagesPerSession = pageviews / count; bounceRate = 100 × bounces / count; the median comes
 * from the engine.
 *
 * Source: the 30-minute inactivity timeout of Google Analytics 4, "[GA4] About Analytics
 * sessions" (https://support.google.com/analytics/answer/9191807) and Universal Analytics
 * (https://support.google.com/analytics/answer/6086069); single-event bounces follow the
 * Universal Analytics definition; pages per session follows GA4 `screenPageViewsPerSession`.
 *
 * Interval: none. Durations are heavily right-skewed (hence the median beside the mean) and
 * sessions cluster within visitors, so neither a t-interval nor a Wilson interval on the
 * bounce rate would be honest; a bootstrap over visitors would.
 *
 * Pitfalls: session counts differ between tools: Universal Analytics also split sessions at
 * midnight and on a change of campaign, GA4 does not, and neither matches this definition
 * exactly, so never trend across tools. This bounce rate is the Universal Analytics kind; a
 * GA4 bounce rate is 1 − engagement rate (sessions under 10 s, without a key event and with
 * fewer than 2 views) and is usually much lower. A one-event session lasts 0 s, and time
 * spent on the last page is never counted, so durations understate time on site.
 *
 * @param statistics - session count, summed duration, engine median, pageviews and bounces
 * @returns the session count and averages; all `null` (count 0) without sessions
 * @throws {RangeError} when a count is not a non-negative integer, a duration is negative
 *   or not finite, bounces > count, a sum is non-zero without sessions, or the median is
 *   missing although there are sessions
 *
 * @example
 * sessions({ count: 4, totalDurationSeconds: 600, medianDurationSeconds: 90, pageviews: 10, bounces: 1 })
 * // { value: 4, count: 4, avgDurationSeconds: 150, medianDurationSeconds: 90,
 * //   pagesPerSession: 2.5, bounceRate: 25 }
 */
export function sessions(statistics: SessionStatistics): SessionsResult {
  const { count, totalDurationSeconds, medianDurationSeconds, pageviews, bounces } = statistics;
  assertCount(count, 'sessions.count');
  assertAmount(totalDurationSeconds, 'sessions.totalDurationSeconds');
  assertCount(pageviews, 'sessions.pageviews');
  assertCount(bounces, 'sessions.bounces');
  assertAtMost(bounces, 'sessions.bounces', count, 'sessions.count');
  if (medianDurationSeconds !== null) {
    assertAmount(medianDurationSeconds, 'sessions.medianDurationSeconds');
  }
  if (count === 0) {
    if (totalDurationSeconds !== 0 || pageviews !== 0) {
      throw new RangeError(
        `sessions.totalDurationSeconds and sessions.pageviews must be 0 without sessions, got ${String(totalDurationSeconds)} and ${String(pageviews)}.`,
      );
    }
    return {
      value: null,
      count,
      avgDurationSeconds: null,
      medianDurationSeconds: null,
      pagesPerSession: null,
      bounceRate: null,
    };
  }
  return {
    value: count,
    count,
    avgDurationSeconds: totalDurationSeconds / count,
    medianDurationSeconds,
    pagesPerSession: pageviews / count,
    bounceRate: (100 * bounces) / count,
  };
}
