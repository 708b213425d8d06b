import { describe, expect, it } from 'vitest';
import { isoTimeWithOffset } from './isoTime.js';

describe('an ISO 8601 time with its offset', () => {
  it('reads it as UTC text for the store, with or without seconds', () => {
    expect(isoTimeWithOffset.parse('2026-03-10T09:15+01:00')).toBe('2026-03-10 08:15:00.000');
    expect(isoTimeWithOffset.parse('2026-03-10T09:15:30.5Z')).toBe('2026-03-10 09:15:30.500');
    expect(isoTimeWithOffset.parse('2026-04-01T00:30:00+02:00')).toBe('2026-03-31 22:30:00.000');
  });

  it('refuses a time without offset, an impossible day or hour, and a year out of range', () => {
    for (const value of ['2026-03-10T09:15', '2026-02-30T09:15Z', '2026-03-10T24:00Z', '2026-03-10T09:60Z', '1899-12-31T12:00Z', 20260310]) {
      expect(isoTimeWithOffset.safeParse(value).success, String(value)).toBe(false);
    }
  });
});
