import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../queryFields.js';
import { mustBe, quoted } from './zodFields.js';

/** `YYYY-MM-DDTHH:MM[:SS[.fraction]]` with `Z` or an offset of at most ±14:00. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](?:0\d|1[0-3]):[0-5]\d|[+-]14:00)$/;

/** An ISO 8601 time with its offset, of a real calendar day of the years 1900–2200, as UTC text for the store. */
export const isoTimeWithOffset = z.string({ error: mustBe('an ISO 8601 time with its offset, like 2026-03-05T14:02:11Z') }).transform((value, context) => {
  const parts = TIMESTAMP.exec(value);
  // Seconds may be left out: an absent group counts as 0 (Number(undefined) would be NaN and refuse the time).
  const [year, month, day, hour, minute, second] = (parts?.slice(1) ?? []).map((part) => Number(part ?? 0)) as number[];
  const calendar = parts ? new Date(Date.UTC(year!, month! - 1, day!)) : null;
  const real = calendar !== null && calendar.getUTCMonth() === month! - 1 && calendar.getUTCDate() === day! && hour! < 24 && minute! < 60 && second! < 60;
  if (!real) {
    context.addIssue({ code: 'custom', message: `${quoted(value)} is not an ISO 8601 time with its offset, like 2026-03-05T14:02:11Z.` });
    return z.NEVER;
  }
  const instant = new Date(value);
  if (instant.getUTCFullYear() < FIRST_YEAR || instant.getUTCFullYear() > LAST_YEAR) {
    context.addIssue({ code: 'custom', message: `${quoted(value)} is not a time of the years ${FIRST_YEAR} to ${LAST_YEAR}.` });
    return z.NEVER;
  }
  return instant.toISOString().replace('T', ' ').replace('Z', '');
});
