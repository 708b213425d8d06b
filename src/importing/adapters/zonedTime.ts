import { UsageError } from '../../errors/errors.js';

const MS_PER_SECOND = 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Checks an IANA time zone name (`--timezone`) and returns it as Intl spells it.
 *
 * @example checkTimeZone('europe/paris') // 'Europe/Paris'
 * @throws UsageError naming the value, for a name Intl does not know.
 */
export function checkTimeZone(name: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    throw new UsageError(`--timezone ${JSON.stringify(name)} is not an IANA time zone name (like Europe/Paris, America/New_York or UTC).`);
  }
}

/**
 * The UTC instant (epoch milliseconds) of a wall-clock time in an IANA time zone, with Intl
 * only. `wallMs` is the wall-clock time written as if it were UTC (Date.UTC of its fields).
 *
 * The zone's offset is read at a first guess and read again at the instant that guess gives,
 * which settles the offset except around a change of offset: a time skipped when clocks go
 * forward (02:30 on a spring night in Paris) comes out an hour later, and a time that occurs
 * twice when they go back comes out as its second occurrence.
 *
 * @example wallTimeToUtc(Date.UTC(2026, 3, 11, 12, 33, 18), 'Europe/Paris') // Date.UTC(2026, 3, 11, 10, 33, 18): CEST is UTC+2
 */
export function wallTimeToUtc(wallMs: number, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return wallMs;
  const guess = wallMs - offsetAt(wallMs, timeZone);
  return wallMs - offsetAt(guess, timeZone);
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(utcMs: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  const whole = Math.floor(utcMs / MS_PER_SECOND) * MS_PER_SECOND;
  const part: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(whole)) part[type] = value;
  const year = part.era === 'BC' || part.era === 'B' ? 1 - Number(part.year) : Number(part.year);
  const local = Date.UTC(year, Number(part.month) - 1, Number(part.day), Number(part.hour), Number(part.minute), Number(part.second));
  return local - whole;
}
