import { describe, expect, it } from 'vitest';
import { retentionCutoff } from './retentionCutoff.js';

describe('retentionCutoff', () => {
  it('keeps from the same day N months before, on the UTC day', () => {
    expect(retentionCutoff(new Date('2026-12-05T23:30:00Z'), 13)).toBe('2025-11-05');
    expect(retentionCutoff(new Date('2026-01-15T00:00:00Z'), 1)).toBe('2025-12-15');
    expect(retentionCutoff(new Date('2026-06-01T12:00:00+14:00'), 24)).toBe('2024-05-31');
  });

  it('clips to the last day of a shorter month, as PostgreSQL computes date - interval (2024 is a leap year)', () => {
    // select date '2026-03-31' - interval '1 month' → 2026-02-28; date '2024-03-31' - interval '1 month' → 2024-02-29.
    expect(retentionCutoff(new Date('2026-03-31T08:00:00Z'), 1)).toBe('2026-02-28');
    expect(retentionCutoff(new Date('2024-03-31T08:00:00Z'), 1)).toBe('2024-02-29');
    expect(retentionCutoff(new Date('2026-10-31T08:00:00Z'), 1)).toBe('2026-09-30');
  });
});
