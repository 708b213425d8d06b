import { assertAtMost } from '../_lib/assertAtMost.js';
import { assertCount } from '../_lib/assertCount.js';
import type { StickinessStatistics } from '../statistics.js';
import { NOT_MEASURABLE_COOKIELESS, type NotMeasurableReason, onlyDayScoped } from './dayScoped.js';

/** Stickiness: how much of the monthly audience is active on an average day. */
export interface StickinessResult {
  /** 100 × ΣDAU / ΣMAU over the period's days (0–100); `null` when ΣMAU = 0. */
  value: number | null;
  /** Mean daily active visitors over the days summed; `null` when no day was summed. */
  avgDau: number | null;
  /** Mean of the 30-day active visitors over the days summed; `null` when no day was summed. */
  avgMau: number | null;
  /** Visitor-days of day-scoped (cookieless) visitors left out of the sums; present only when there are some. */
  dayScopedVisitorDays?: number;
  /** Present when the period's visitors are all day-scoped: why `value` is `null`. */
  reason?: NotMeasurableReason;
}

/**
 * Stickiness (DAU/MAU): the average day's distinct visitors as a percentage of the
 * distinct visitors of the 30 days ending that day.
 *
 * Definition (docs/indicators.md): for each day d of the period, DAU(d) = distinct visitors that
 * day and MAU(d) = distinct visitors in the 30 days ending d (data before the period counts);
 * value = 100 × ΣDAU / ΣMAU; avgDau = ΣDAU / days; avgMau = ΣMAU / days. The ratio of sums
 * weights each day by its MAU, unlike a mean of daily ratios.
 *
 * Source: the DAU/MAU ratio as described by June.so and Mixpanel; the
 * rolling 30-day month follows Amplitude's convention that a month is 30 days
 * (https://amplitude.com/docs/analytics/charts/retention-analysis/retention-analysis-time).
 *
 * Interval: none. Daily visitors are not independent trials out of MAU (the same visitors
 * recur every day), so this is not a binomial proportion; a bootstrap over visitors would
 * be the honest interval (docs/indicators.md).
 *
 * Cookieless visitors (ids starting `d:`) last one day: counting them would make every one
 * of them a one-day visitor and drag the ratio down. They are left out of both sums; when
 * they are the only visitors of the period, value and averages are `null` with the reason
 * "not measurable in cookieless mode".
 *
 * Pitfalls: "active" must mean the same for DAU and MAU (here: any event). A calendar month,
 * a 28-day window and this 30-day window give different MAUs. Early days of a site's data
 * have an MAU window that is partly empty, which inflates the ratio. Products used weekly
 * by nature are better judged by DAU/WAU or WAU/MAU, and consumer-app benchmarks (20–50%)
 * do not apply to business tools.
 *
 * @param statistics - days summed, ΣDAU and ΣMAU of the followable visitors, day-scoped visitor-days
 * @returns the ratio and the daily means; value `null` when ΣMAU = 0, averages `null` when
 *   days = 0
 * @throws {RangeError} when a count is not a non-negative integer, ΣDAU > ΣMAU, or there are
 *   visitors without days
 *
 * @example
 * stickiness({ days: 30, sumDau: 3000, sumMau: 12000, dayScopedVisitorDays: 0 }) // { value: 25, avgDau: 100, avgMau: 400 }
 */
export function stickiness(statistics: StickinessStatistics): StickinessResult {
  const { days, sumDau, sumMau, dayScopedVisitorDays } = statistics;
  const excluded = dayScopedVisitorDays > 0 ? { dayScopedVisitorDays } : {};
  if (onlyDayScoped(dayScopedVisitorDays, sumDau, 'stickiness')) {
    return { value: null, avgDau: null, avgMau: null, ...excluded, reason: NOT_MEASURABLE_COOKIELESS };
  }
  assertCount(days, 'stickiness.days');
  assertCount(sumDau, 'stickiness.sumDau');
  assertCount(sumMau, 'stickiness.sumMau');
  // DAU(d) ≤ MAU(d) every day, since d is one of the 30 days ending d.
  assertAtMost(sumDau, 'stickiness.sumDau', sumMau, 'stickiness.sumMau');
  if (days === 0 && sumMau !== 0) {
    throw new RangeError(`stickiness.sumMau must be 0 when no day was summed, got ${String(sumMau)}.`);
  }
  return {
    value: sumMau === 0 ? null : (100 * sumDau) / sumMau,
    avgDau: days === 0 ? null : sumDau / days,
    avgMau: days === 0 ? null : sumMau / days,
    ...excluded,
  };
}
