import { UsageError } from '../../errors/errors.js';
import type { DateOrder } from './Adapter.js';
import { wallTimeToUtc } from './zonedTime.js';

const MINUTES_PER_HOUR = 60;
const MS_PER_MINUTE = 60_000;
const HOURS_ON_A_CLOCK_FACE = 12;

/**
 * Dates as tools and spreadsheet locales write them: a date (`2026-04-11`, `4/11/2026`,
 * `11.04.2026`), optionally a time (`12:33`, `12:33:18`, `12:33:18.250`, `12:33:18 PM`),
 * optionally an offset (`Z`, `UTC`, `+0200`, `+02:00`, ` +0200` after a space as Shopify writes it).
 * Years have four digits: a two-digit year is refused rather than guessed.
 */
const TIMESTAMP =
  /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/;

/** A timestamp read from text, before its time zone is applied. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Fraction of the second, in microseconds. */
  micros: number;
  /** The offset the text states, in minutes east of UTC; null when it states none. */
  offsetMinutes: number | null;
}

/**
 * Reads a timestamp's fields. A date starting with its 4-digit year is read year, month,
 * day whatever `order` says; other dates are read in `order` (M/D/Y or D/M/Y).
 *
 * @returns null when the text is not such a timestamp or names a day that does not exist.
 * @example readWallClock('4/11/2026 12:33:18', 'DMY') // { year: 2026, month: 11, day: 4, hour: 12, minute: 33, second: 18, micros: 0, offsetMinutes: null }
 */
export function readWallClock(text: string, order: DateOrder): WallClock | null {
  const match = TIMESTAMP.exec(text.trim());
  if (!match) return null;
  const [, a, b, c, hourText, minuteText, secondText, fractionText, meridiem, offsetText] = match as unknown as (string | undefined)[];
  let year: number;
  let month: number;
  let day: number;
  if ((a as string).length === 4) {
    [year, month, day] = [Number(a), Number(b), Number(c)];
  } else if ((c as string).length === 4 && order !== 'YMD') {
    year = Number(c);
    [month, day] = order === 'MDY' ? [Number(a), Number(b)] : [Number(b), Number(a)];
  } else {
    return null;
  }
  let hour = hourText === undefined ? 0 : Number(hourText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > HOURS_ON_A_CLOCK_FACE) return null;
    hour = (hour % HOURS_ON_A_CLOCK_FACE) + (/[Pp]/.test(meridiem) ? HOURS_ON_A_CLOCK_FACE : 0);
  }
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  const micros = fractionText === undefined ? 0 : Number(fractionText.slice(0, 6).padEnd(6, '0'));
  return { year, month, day, hour, minute, second, micros, offsetMinutes: offsetText === undefined ? null : readOffset(offsetText) };
}

/**
 * A timestamp as docs/formats.md wants it: ISO 8601 in UTC with `Z`. The offset the text states
 * wins; without one the wall-clock time is read in `timeZone`.
 *
 * @returns null when the text is not a timestamp (the caller passes the text on, and the
 *   import reports the row as bad at its line).
 * @example parseTimestamp('2021-05-13 11:01:12 +0200', { order: 'YMD', timeZone: 'UTC' }) // '2021-05-13T09:01:12Z'
 * @example parseTimestamp('4/11/2026 12:33:18', { order: 'MDY', timeZone: 'Europe/Paris' }) // '2026-04-11T10:33:18Z'
 */
export function parseTimestamp(text: string, options: { order: DateOrder; timeZone: string }): string | null {
  const clock = readWallClock(text, options.order);
  return clock === null ? null : toIsoUtc(clock, options.timeZone);
}

/** The UTC ISO text of a wall-clock time (its own offset first, else `timeZone`). */
export function toIsoUtc(clock: WallClock, timeZone: string): string {
  const wall = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second);
  const utc = clock.offsetMinutes === null ? wallTimeToUtc(wall, timeZone) : wall - clock.offsetMinutes * MS_PER_MINUTE;
  return isoFromEpoch(utc, clock.micros);
}

/**
 * ISO 8601 UTC text of an instant given in whole milliseconds plus microseconds, keeping
 * only the fraction digits that are not zero.
 *
 * @example isoFromEpoch(Date.UTC(2024, 3, 11, 12, 0, 0), 123400) // '2024-04-11T12:00:00.1234Z'
 */
export function isoFromEpoch(epochMs: number, micros = 0): string {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const totalMicros = (epochMs - wholeSecond) * 1000 + micros;
  const base = new Date(wholeSecond).toISOString().slice(0, 19);
  const fraction = totalMicros === 0 ? '' : `.${String(totalMicros).padStart(6, '0').replace(/0+$/, '')}`;
  return `${base}${fraction}Z`;
}

/**
 * Reads `--date-format`: the order of day, month and year, written as letters in any of the
 * usual ways (`DMY`, `D/M/Y`, `DD/MM/YYYY`, `MM-DD-YYYY`, `YYYY-MM-DD`, the French `JJ/MM/AAAA`).
 *
 * @throws UsageError for anything else.
 */
export function parseDateOrder(text: string): DateOrder {
  const letters = text
    .toUpperCase()
    .replace(/[^DMYJA]/g, '')
    .replace(/J/g, 'D')
    .replace(/A/g, 'Y')
    .replace(/(.)\1+/g, '$1');
  if (letters === 'DMY' || letters === 'MDY' || letters === 'YMD') return letters;
  throw new UsageError(`--date-format ${JSON.stringify(text)} is not a date order; use DMY (like 11/04/2026), MDY (like 4/11/2026) or YMD.`);
}

/** What the dates of an export say about their own order. */
export type DateOrderEvidence =
  | { order: DateOrder; example: string }
  | { order: 'mixed'; dayFirst: string; monthFirst: string }
  | { order: 'ambiguous'; example: string | null };

/**
 * Decides whether numeric dates are month first or day first from the dates themselves: a
 * first number above 12 can only be a day, a second number above 12 only a day too. Dates
 * written year first say nothing (they are always read Y-M-D).
 *
 * @example dateOrderOf(['4/11/2026 10:00', '25/11/2026 09:00']) // { order: 'DMY', example: '25/11/2026 09:00' }
 * @example dateOrderOf(['4/11/2026']) // { order: 'ambiguous', example: '4/11/2026' }
 */
export function dateOrderOf(samples: Iterable<string>): DateOrderEvidence {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  let ambiguous: string | null = null;
  let yearFirst: string | null = null;
  for (const sample of samples) {
    const match = /^\s*(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})/.exec(sample);
    if (!match) continue;
    const [, a, b] = match as unknown as [string, string, string];
    if (a.length === 4) {
      yearFirst ??= sample;
      continue;
    }
    if (Number(a) > 12) dayFirst ??= sample;
    else if (Number(b) > 12) monthFirst ??= sample;
    else if (a !== b) ambiguous ??= sample;
  }
  if (dayFirst !== null && monthFirst !== null) return { order: 'mixed', dayFirst, monthFirst };
  if (dayFirst !== null) return { order: 'DMY', example: dayFirst };
  if (monthFirst !== null) return { order: 'MDY', example: monthFirst };
  if (ambiguous === null && yearFirst !== null) return { order: 'YMD', example: yearFirst };
  return { order: 'ambiguous', example: ambiguous };
}

function readOffset(text: string): number {
  if (text === 'Z' || text === 'UTC' || text === 'GMT') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * MINUTES_PER_HOUR + Number(digits.slice(2, 4)));
}
