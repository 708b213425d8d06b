import { describe, expect, it } from 'vitest';
import { retentionRate } from './retentionRate.js';

describe('retentionRate', () => {
  it('computes 100 × (E − N) / S', () => {
    // S = 200, E = 210, N = 30 → (210 − 30) / 200 = 90%
    expect(retentionRate({ atStart: 200, atEnd: 210, new: 30 })).toEqual({ value: 90, atStart: 200, atEnd: 210, new: 30 });
  });

  it('counts new customers lost within the period as losses of the starting base', () => {
    // S = 100 of whom 10 leave; N = 50 of whom 20 leave within the period.
    // E = 100 − 10 + 50 − 20 = 120 → (E − N) / S = 70%, although 90% of the starting customers stayed.
    expect(retentionRate({ atStart: 100, atEnd: 120, new: 50 }).value).toBe(70);
  });

  it('goes below 0 when more new customers leave than there were at the start, and is not clamped', () => {
    // S = 10, N = 20, E = 5: (5 − 20) / 10 = −150%
    expect(retentionRate({ atStart: 10, atEnd: 5, new: 20 }).value).toBe(-150);
  });

  it('returns value null when no customer was active at the start', () => {
    expect(retentionRate({ atStart: 0, atEnd: 3, new: 5 })).toEqual({ value: null, atStart: 0, atEnd: 3, new: 5 });
    expect(retentionRate({ atStart: 0, atEnd: 0, new: 0 }).value).toBeNull();
  });

  it('gives 100 or 0 for a single starting customer who stays or leaves', () => {
    expect(retentionRate({ atStart: 1, atEnd: 1, new: 0 }).value).toBe(100);
    expect(retentionRate({ atStart: 1, atEnd: 0, new: 0 }).value).toBe(0);
  });

  it('throws a RangeError for invalid counts or more customers at the end than S + N', () => {
    expect(() => retentionRate({ atStart: 10, atEnd: 31, new: 20 })).toThrow(
      new RangeError('retentionRate.atEnd (31) must not exceed retentionRate.atStart + retentionRate.new (30).'),
    );
    expect(() => retentionRate({ atStart: 10, atEnd: -1, new: 0 })).toThrow(/retentionRate.atEnd .* got -1/);
    expect(() => retentionRate({ atStart: 10, atEnd: 5, new: 0.5 })).toThrow(/retentionRate.new .* got 0.5/);
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze({ atStart: 200, atEnd: 210, new: 30 });
    retentionRate(input);
    expect(input).toEqual({ atStart: 200, atEnd: 210, new: 30 });
  });
});
