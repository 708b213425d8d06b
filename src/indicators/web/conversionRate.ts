import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { ConversionStatistics } from '../statistics.js';

/** The visitor-level conversion rate: the share of visitors who bought, each visitor one trial. */
export interface VisitorConversion {
  /** % of the visitors (followed across days) with a session in the period who had a converted session; `null` without visitors. */
  value: number | null;
  /** Visitors (not day-scoped) with a session starting in the period. */
  visitors: number;
  /** Of those, visitors with at least one session with a `purchase` event. */
  converted: number;
  /** Wilson 95% interval of `value`, in percent; `null` without visitors. */
  ci95: Interval | null;
}

/** Share of sessions that include a purchase, with its visitor-level counterpart. */
export interface ConversionRateResult {
  /** % of the sessions starting in the period with at least one `purchase` event; `null` without sessions. */
  value: number | null;
  /** Sessions starting in the period. */
  sessions: number;
  /** Of those, sessions with at least one `purchase` event. */
  converted: number;
  /** Wilson 95% interval of `value` treating sessions as independent (too narrow when visitors return often); `null` without sessions. */
  ci95: Interval | null;
  /** The same question asked of visitors rather than sessions. */
  byVisitor: VisitorConversion;
}

/**
 * The (session) conversion rate: the percentage of the sessions starting in the period during
 * which the visitor bought, and beside it the percentage of visitors who bought.
 *
 * Definition (docs/indicators.md): sessions as for the `sessions` indicator (a gap of more
 * than 30 minutes starts a new one; a session belongs to the day of its first event);
 * converted = sessions with at least one `purchase` event; value = 100 × converted / sessions.
 * byVisitor: of the visitors followed across days (cookieless, day-scoped visitors left out:
 * their id changes every day) with a session starting in the period, those with at least one
 * converted session; value = 100 × converted / visitors.
 *
 * Source: Google Analytics 4's "session key event rate" (the share of sessions in which a key
 * event, here `purchase`, was triggered; formerly "session conversion rate") and its "user key
 * event rate" for the visitor-level variant (Analytics Help, "[GA4] Analytics dimensions and
 * metrics").
 *
 * Interval: Wilson score interval of converted / sessions (`stats/wilsonInterval.ts`), and of
 * converted / visitors for byVisitor. Sessions are clustered within visitors — a visitor who
 * returns five times contributes five correlated trials — so the session-level interval
 * assumes more independent information than there is and is too narrow when visitors come
 * back often. Visitors are close to independent trials, so byVisitor's interval is the
 * honest one for "how many people buy"; it answers a different question (visitors who bought
 * at least once, however many visits it took).
 *
 * Pitfalls: a purchase confirmed in a later session than the one where the cart was filled
 * counts for the later one; bots and internal traffic inflate sessions; a tracker that misses
 * the confirmation page undercounts purchases. Compare only periods of equal length for
 * byVisitor, which grows with the period (more visits per visitor).
 *
 * @param statistics - sessions, converted sessions, visitors and converted visitors
 * @returns both rates and their intervals; values and intervals `null` without sessions (visitors)
 * @throws {RangeError} when a count is not a non-negative integer or a part exceeds its whole
 *
 * @example
 * conversionRate({ sessions: 1000, converted: 20, visitors: 400, convertedVisitors: 18 })
 * // { value: 2, sessions: 1000, converted: 20, ci95: [1.2983682916415136, 3.0690005229717787],
 * //   byVisitor: { value: 4.5, visitors: 400, converted: 18, ci95: [2.8651458653886004, 7.000472919032381] } }
 */
export function conversionRate(statistics: ConversionStatistics): ConversionRateResult {
  const { sessions, converted, visitors, convertedVisitors } = statistics;
  const { value, ci95 } = percentWithInterval(converted, 'conversionRate.converted', sessions, 'conversionRate.sessions');
  const byVisitor = percentWithInterval(convertedVisitors, 'conversionRate.convertedVisitors', visitors, 'conversionRate.visitors');
  return { value, sessions, converted, ci95, byVisitor: { value: byVisitor.value, visitors, converted: convertedVisitors, ci95: byVisitor.ci95 } };
}
