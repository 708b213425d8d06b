import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { FirstWeekStatistics } from '../statistics.js';
import { NOT_MEASURABLE_COOKIELESS, type NotMeasurableReason, onlyDayScoped } from './dayScoped.js';

/** Share of new customers active within their first week. */
export interface FirstWeekEngagementResult {
  /** % of the customers created in the period who were engaged within 168 hours; `null` without new customers. */
  value: number | null;
  /** Customers created in the period. */
  newCustomers: number;
  /** Of those, customers with an event or order within 168 hours of their creation. */
  engaged: number;
  /** Wilson 95% interval of `value`, in percent; `null` without new customers. */
  ci95: Interval | null;
  /** Visitor-days of day-scoped (cookieless) visitors in the period, whose events were left out; present only when there are some. */
  dayScopedVisitorDays?: number;
  /** Present when the period's web visitors are all day-scoped (cookieless): why `value` is `null`. */
  reason?: NotMeasurableReason;
}

/**
 * First-week engagement: the percentage of customers created in the period who had at least
 * one event or order in their first 168 hours.
 *
 * Definition (docs/indicators.md): among customers created in the period, engaged = at least one
 * event carrying their `customer_id`, or one order, from `created_at` to `created_at` +
 * 168 hours, both ends included; value = 100 × engaged / newCustomers. The week is a
 * rolling 7 × 24 hours from each customer's own creation, not a calendar week.
 *
 * Source: the cohort "week-1" measure as defined by Amplitude's retention analysis (rolling
 * 24-hour days, a week of 7 days;
 * https://amplitude.com/docs/analytics/charts/retention-analysis/retention-analysis-time) and
 * GA4 cohorts (cohortActiveUsers / cohortTotalUsers;
 * https://developers.google.com/analytics/devguides/reporting/data/v1/rest/v1beta/CohortSpec).
 *
 * Interval: Wilson score interval of engaged / newCustomers (`stats/wilsonInterval.ts`).
 *
 * Cookieless visitors (ids starting `d:`) cannot be followed past one day, and their events
 * are left out. When every web visitor of the period is one of them, the web side of a
 * customer's first week is unseen and the rate would be understated: value and ci95 are
 * `null` with the reason "not measurable in cookieless mode" (the counts stay).
 *
 * Pitfalls: customers created in the last 7 days of the data have not had their full week
 * yet (an immature cohort), which lowers the rate; report periods that end at least
 * 168 hours before the data does. Counting the creation itself (for instance a signup event
 * at `created_at`) makes almost everyone engaged; the choice of "return event" changes the
 * result materially, as does rolling vs calendar days.
 *
 * @param statistics - new customers, engaged customers, and the visitor-days of day-scoped and other visitors
 * @returns the rate and its interval; value and ci95 `null` when newCustomers = 0
 * @throws {RangeError} when a count is not a non-negative integer or engaged > newCustomers
 *
 * @example
 * firstWeekEngagement({ newCustomers: 20, engaged: 20, dayScopedVisitorDays: 0, followableVisitorDays: 45 })
 * // { value: 100, newCustomers: 20, engaged: 20, ci95: [83.88748419471807, 100] }
 */
export function firstWeekEngagement(statistics: FirstWeekStatistics): FirstWeekEngagementResult {
  const { newCustomers, engaged, dayScopedVisitorDays, followableVisitorDays } = statistics;
  const { value, ci95 } = percentWithInterval(engaged, 'firstWeekEngagement.engaged', newCustomers, 'firstWeekEngagement.newCustomers');
  const excluded = dayScopedVisitorDays > 0 ? { dayScopedVisitorDays } : {};
  if (onlyDayScoped(dayScopedVisitorDays, followableVisitorDays, 'firstWeekEngagement')) {
    return { value: null, newCustomers, engaged, ci95: null, ...excluded, reason: NOT_MEASURABLE_COOKIELESS };
  }
  return { value, newCustomers, engaged, ci95, ...excluded };
}
