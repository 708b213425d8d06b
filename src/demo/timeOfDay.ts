import type { Prng } from './prng.js';
import { HOUR_MS } from './demoPeriod.js';

/**
 * Hour-of-day profiles, in UTC hours 0–23, for placing an activity within its day. Paris is
 * UTC+1 in winter and UTC+2 in summer, so the store profile's 08–18 UTC covers the 10:00–19:30
 * opening hours of the shops all year.
 */
export type HourProfile = readonly number[];

/** Shops: open about 08–18 UTC, busiest at lunchtime and late afternoon. */
export const STORE_HOURS: HourProfile = [0, 0, 0, 0, 0, 0, 0, 0, 3, 5, 8, 9, 7, 8, 9, 10, 9, 7, 3, 0, 0, 0, 0, 0];
/** Web and app: a trickle at night, peaks at lunch and in the evening. */
export const ONLINE_HOURS: HourProfile = [2, 1, 1, 0.5, 0.5, 1, 2, 4, 5, 5, 6, 8, 9, 7, 6, 6, 7, 8, 10, 11, 10, 7, 4, 3];
/** Office work: the head office, auditors, social-media managers. */
export const OFFICE_HOURS: HourProfile = [0, 0, 0, 0, 0, 0, 1, 4, 8, 9, 9, 6, 5, 8, 9, 8, 6, 3, 1, 0, 0, 0, 0, 0];

/** The `[hour, weight]` choices of each profile, built once. */
const CHOICES = new WeakMap<HourProfile, (readonly [number, number])[]>();

function choicesOf(profile: HourProfile): (readonly [number, number])[] {
  let choices = CHOICES.get(profile);
  if (choices === undefined) {
    choices = profile.map((weight, hour) => [hour, weight] as const);
    CHOICES.set(profile, choices);
  }
  return choices;
}

/**
 * A time within a day drawn from an hour profile: the hour by its weight, then a uniform
 * minute and second.
 *
 * @returns milliseconds after midnight UTC, a whole second.
 *
 * @example
 * drawTimeOfDay(rng, STORE_HOURS); // e.g. 50_712_000 (14:05:12 UTC)
 */
export function drawTimeOfDay(rng: Prng, profile: HourProfile): number {
  const hour = rng.weighted(choicesOf(profile));
  return hour * HOUR_MS + rng.int(0, 3599) * 1000;
}
