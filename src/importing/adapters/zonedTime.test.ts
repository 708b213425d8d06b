import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { checkTimeZone, wallTimeToUtc } from './zonedTime.js';

describe('checkTimeZone', () => {
  it('returns an IANA name as Intl spells it', () => {
    expect(checkTimeZone('Europe/Paris')).toBe('Europe/Paris');
    expect(checkTimeZone('UTC')).toBe('UTC');
  });

  it('refuses an unknown name with one sentence naming it', () => {
    expect(() => checkTimeZone('Europe/Lyon')).toThrow(UsageError);
    expect(() => checkTimeZone('Europe/Lyon')).toThrow(/"Europe\/Lyon" is not an IANA time zone name/);
  });
});

describe('wallTimeToUtc', () => {
  it('subtracts the offset in force at that wall-clock time', () => {
    expect(wallTimeToUtc(Date.UTC(2026, 3, 11, 12, 33, 18), 'Europe/Paris')).toBe(Date.UTC(2026, 3, 11, 10, 33, 18));
    expect(wallTimeToUtc(Date.UTC(2026, 0, 11, 12, 0, 0), 'Asia/Kolkata')).toBe(Date.UTC(2026, 0, 11, 6, 30, 0));
    expect(wallTimeToUtc(Date.UTC(2026, 6, 1, 12, 0, 0), 'America/Sao_Paulo')).toBe(Date.UTC(2026, 6, 1, 15, 0, 0));
  });

  it('leaves UTC alone', () => {
    expect(wallTimeToUtc(Date.UTC(2026, 3, 11, 12, 0, 0), 'UTC')).toBe(Date.UTC(2026, 3, 11, 12, 0, 0));
  });
});
