import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { dateOrderOf, isoFromEpoch, parseDateOrder, parseTimestamp, readWallClock } from './parseTimestamp.js';

const utc = { order: 'YMD', timeZone: 'UTC' } as const;

describe('parseTimestamp', () => {
  it('reads Shopify\'s "2021-05-13 11:01:12 +0200" as 09:01:12 UTC, the offset winning over any zone', () => {
    expect(parseTimestamp('2021-05-13 11:01:12 +0200', utc)).toBe('2021-05-13T09:01:12Z');
    expect(parseTimestamp('2021-05-13 11:01:12 +0200', { order: 'YMD', timeZone: 'America/New_York' })).toBe('2021-05-13T09:01:12Z');
    expect(parseTimestamp('2021-05-15 18:45:00 -0400', utc)).toBe('2021-05-15T22:45:00Z');
    expect(parseTimestamp('2021-05-15T18:45:00-04:00', utc)).toBe('2021-05-15T22:45:00Z');
  });

  it('reads Stripe\'s minutes-only "2024-09-20 17:10" as 17:10:00 UTC', () => {
    expect(parseTimestamp('2024-09-20 17:10', utc)).toBe('2024-09-20T17:10:00Z');
  });

  it('reads a numeric date in the order given, month first or day first', () => {
    expect(parseTimestamp('4/11/2026 12:33:18', { order: 'MDY', timeZone: 'UTC' })).toBe('2026-04-11T12:33:18Z');
    expect(parseTimestamp('4/11/2026 12:33:18', { order: 'DMY', timeZone: 'UTC' })).toBe('2026-11-04T12:33:18Z');
    expect(parseTimestamp('11.04.2026 08:00', { order: 'DMY', timeZone: 'UTC' })).toBe('2026-04-11T08:00:00Z');
  });

  it('reads a year-first date as year, month, day whatever the order given', () => {
    expect(parseTimestamp('2026-04-11 12:33:18', { order: 'DMY', timeZone: 'UTC' })).toBe('2026-04-11T12:33:18Z');
  });

  it("reads SurveyMonkey's 12-hour clock: 12 AM is midnight and 12 PM is noon", () => {
    expect(parseTimestamp('04/11/2026 12:33:18 PM', { order: 'MDY', timeZone: 'UTC' })).toBe('2026-04-11T12:33:18Z');
    expect(parseTimestamp('05/03/2026 12:01:30 AM', { order: 'MDY', timeZone: 'UTC' })).toBe('2026-05-03T00:01:30Z');
    expect(parseTimestamp('04/25/2026 09:02:11 p.m.', { order: 'MDY', timeZone: 'UTC' })).toBe('2026-04-25T21:02:11Z');
  });

  it('applies an IANA time zone to a time without offset, summer and winter time alike', () => {
    expect(parseTimestamp('11/04/2026 12:33:18', { order: 'DMY', timeZone: 'Europe/Paris' })).toBe('2026-04-11T10:33:18Z');
    expect(parseTimestamp('11/01/2026 12:33:18', { order: 'DMY', timeZone: 'Europe/Paris' })).toBe('2026-01-11T11:33:18Z');
    expect(parseTimestamp('2026-04-11 12:33:18', { order: 'YMD', timeZone: 'America/Los_Angeles' })).toBe('2026-04-11T19:33:18Z');
  });

  it('reads a time skipped when clocks go forward an hour later, and a repeated time as its second occurrence', () => {
    // Paris, 2026-03-29: 02:00 CET jumps to 03:00 CEST.
    expect(parseTimestamp('2026-03-29 02:30:00', { order: 'YMD', timeZone: 'Europe/Paris' })).toBe('2026-03-29T01:30:00Z');
    // Paris, 2026-10-25: 03:00 CEST goes back to 02:00 CET; 02:30 happens twice.
    expect(parseTimestamp('2026-10-25 02:30:00', { order: 'YMD', timeZone: 'Europe/Paris' })).toBe('2026-10-25T01:30:00Z');
  });

  it('keeps fractions of a second down to the microsecond', () => {
    expect(parseTimestamp('2026-04-11 12:33:18.250', utc)).toBe('2026-04-11T12:33:18.25Z');
    expect(parseTimestamp('2026-04-11 12:33:18.1234567', utc)).toBe('2026-04-11T12:33:18.123456Z');
  });

  it('gives null for a day that does not exist, a two-digit year, an hour out of range or words', () => {
    for (const text of ['2026-02-30 10:00', '4/11/26 12:33', '2026-04-11 24:00', '13:00 PM 2026-04-11', 'yesterday', '', '2026-04-11 13:00 PM']) {
      expect(parseTimestamp(text, { order: 'MDY', timeZone: 'UTC' }), text).toBeNull();
    }
  });

  it('reads a date alone as midnight', () => {
    expect(readWallClock('2026-04-11', 'YMD')).toEqual({ year: 2026, month: 4, day: 11, hour: 0, minute: 0, second: 0, micros: 0, offsetMinutes: null });
  });
});

describe('isoFromEpoch', () => {
  it('writes only the fraction digits that are not zero', () => {
    expect(isoFromEpoch(Date.UTC(2024, 3, 11, 12, 0, 0))).toBe('2024-04-11T12:00:00Z');
    expect(isoFromEpoch(Date.UTC(2024, 3, 11, 12, 0, 0, 500))).toBe('2024-04-11T12:00:00.5Z');
    expect(isoFromEpoch(Date.UTC(2024, 3, 11, 12, 0, 0), 123_400)).toBe('2024-04-11T12:00:00.1234Z');
  });
});

describe('parseDateOrder', () => {
  it('reads the usual ways of writing a date order, French included', () => {
    expect(parseDateOrder('DMY')).toBe('DMY');
    expect(parseDateOrder('dd/mm/yyyy')).toBe('DMY');
    expect(parseDateOrder('M/D/Y')).toBe('MDY');
    expect(parseDateOrder('MM-DD-YYYY')).toBe('MDY');
    expect(parseDateOrder('YYYY-MM-DD')).toBe('YMD');
    expect(parseDateOrder('JJ/MM/AAAA')).toBe('DMY');
  });

  it('refuses anything else with one sentence naming the value', () => {
    expect(() => parseDateOrder('european')).toThrow(UsageError);
    expect(() => parseDateOrder('european')).toThrow(/"european"/);
  });
});

describe('dateOrderOf', () => {
  it('decides day first from a first number above 12, and month first from a second number above 12', () => {
    expect(dateOrderOf(['4/11/2026 10:00', '25/11/2026 09:00'])).toEqual({ order: 'DMY', example: '25/11/2026 09:00' });
    expect(dateOrderOf(['4/11/2026 10:00', '4/25/2026 09:00'])).toEqual({ order: 'MDY', example: '4/25/2026 09:00' });
  });

  it('says the order is ambiguous when every date fits both, and names one', () => {
    expect(dateOrderOf(['4/11/2026', '5/3/2026'])).toEqual({ order: 'ambiguous', example: '4/11/2026' });
  });

  it('says the dates are mixed when some can only be day first and others only month first', () => {
    expect(dateOrderOf(['25/11/2026', '11/25/2026'])).toEqual({ order: 'mixed', dayFirst: '25/11/2026', monthFirst: '11/25/2026' });
  });

  it('needs no decision when dates are year first, or when day and month are the same number', () => {
    expect(dateOrderOf(['2026-04-11 12:00'])).toEqual({ order: 'YMD', example: '2026-04-11 12:00' });
    expect(dateOrderOf(['4/4/2026'])).toEqual({ order: 'ambiguous', example: null });
  });
});
