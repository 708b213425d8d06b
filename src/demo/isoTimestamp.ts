import { DAY_MS } from './demoPeriod.js';

/**
 * Formats an instant as docs/formats.md writes timestamps: ISO 8601 in UTC, whole seconds, `Z`.
 *
 * @param ms milliseconds since the epoch; any fraction of a second is dropped.
 * @returns text such as `2025-05-03T14:02:11Z`.
 *
 * @example
 * isoTimestamp(Date.UTC(2025, 4, 3, 14, 2, 11)); // '2025-05-03T14:02:11Z'
 */
export function isoTimestamp(ms: number): string {
  // Hundreds of thousands of rows share a few hundred days: the date part is formatted once a day.
  const day = Math.floor(ms / DAY_MS);
  let date = DATE_OF_DAY.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 11);
    DATE_OF_DAY.set(day, date);
  }
  const seconds = Math.floor((ms - day * DAY_MS) / 1000);
  return `${date}${twoDigits(Math.floor(seconds / 3600))}:${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}Z`;
}

const DATE_OF_DAY = new Map<number, string>();

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
