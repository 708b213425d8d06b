import { assertCount } from '../_lib/assertCount.js';

/**
 * The prefix of the visitor ids the collector makes in cookieless mode (POST /api/collect): a
 * keyed hash of a salt rotated every day, so such a visitor cannot be followed past one UTC day.
 */
export const DAY_SCOPED_VISITOR_PREFIX = 'd:';

/** The reason an indicator that follows visitors across days gives instead of a value when it cannot. */
export const NOT_MEASURABLE_COOKIELESS = 'not measurable in cookieless mode';

/** Why an indicator has no value although its period has data (docs/indicators.md). */
export type NotMeasurableReason = typeof NOT_MEASURABLE_COOKIELESS;

/**
 * Whether figures that follow visitors across days cannot be measured: the period has web
 * visitors, and every one of them is day-scoped (cookieless), so a wrong number would be
 * the only one there is to print.
 *
 * @param dayScoped - visitor-days of day-scoped visitors in the period
 * @param followable - visitor-days of the other visitors in the period
 * @throws {RangeError} when a count is not a non-negative integer
 * @example onlyDayScoped(12, 0) // true
 * @example onlyDayScoped(12, 3) // false: computed on the 3 followable visitor-days' visitors
 */
export function onlyDayScoped(dayScoped: number, followable: number, name: string): boolean {
  assertCount(dayScoped, `${name}.dayScopedVisitorDays`);
  assertCount(followable, `${name}.followableVisitorDays`);
  return dayScoped > 0 && followable === 0;
}
