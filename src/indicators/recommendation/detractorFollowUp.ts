import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { DetractorFollowUpStatistics } from '../statistics.js';

/** The hours within which a detractor should hear back: a practitioners' service level, not a published standard. */
export const FOLLOW_UP_HOURS = 48;

/** Share of the detractors' follow-up cases contacted within {@link FOLLOW_UP_HOURS} hours. */
export interface DetractorFollowUpResult {
  /** % of the cases counted that were contacted within 48 hours of their opening; `null` without cases. */
  value: number | null;
  /** The cases counted: opened in the period, whose 48 hours are over or that were contacted already. */
  n: number;
  /** Of those, cases contacted within 48 hours. */
  contacted: number;
  /** Wilson 95% interval of `value`, in percent; `null` without cases. */
  ci95: Interval | null;
}

/**
 * The closed-loop follow-up rate: of the follow-up cases opened on customer detractors (NPS
 * 0–6) in the period, the percentage contacted within 48 hours of the answer.
 *
 * Definition: value = 100 × contacted / n, where n counts the cases opened in the period whose
 * 48 hours have passed or that were contacted already (a case still inside its 48 hours and
 * not yet contacted can still succeed: it is not counted yet), and `contacted` those among
 * them whose first move out of `open` came at most 48 hours after their opening.
 *
 * Source: closing the loop with detractors, F. F. Reichheld and R. Markey, The Ultimate
 * Question 2.0, Harvard Business Review Press, 2011 (the "inner loop": call back the
 * customers who answered, quickly). The 48-hour window is a common practitioners' service
 * level, a convention rather than a published standard.
 *
 * Interval: Wilson score interval of contacted / n (`stats/wilsonInterval.ts`).
 *
 * Pitfalls: the rate says nothing of what the call achieved (see the cases resolved). Cases
 * opened in the last two days of a period that is still running are mostly not counted yet,
 * except those already contacted, so the rate of a running period leans high until their 48
 * hours are over.
 *
 * @param statistics - cases counted and cases contacted within 48 hours
 * @returns the rate and its interval; value and ci95 `null` when n = 0
 * @throws {RangeError} when a count is not a non-negative integer or contacted > cases
 *
 * @example
 * detractorFollowUp({ cases: 50, contacted: 45 })
 * // { value: 90, n: 50, contacted: 45, ci95: [78.63976856252035, 95.65242350681096] }
 */
export function detractorFollowUp(statistics: DetractorFollowUpStatistics): DetractorFollowUpResult {
  const { cases, contacted } = statistics;
  const { value, ci95 } = percentWithInterval(contacted, 'detractorFollowUp.contacted', cases, 'detractorFollowUp.cases');
  return { value, n: cases, contacted, ci95 };
}
