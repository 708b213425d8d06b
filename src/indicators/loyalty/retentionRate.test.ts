import { describe, expect, it } from 'vitest';
import { retentionRate } from './retentionRate.js';

/** The contract definition of churn, as a workspace with contract end dates has it. */
const BY_CONTRACT = { definition: 'contract' } as const;

describe('retentionRate', () => {
  it('computes 100 × (E − N) / S', () => {
    // S = 200, E = 210, N = 30 → (210 − 30) / 200 = 90%
    expect(retentionRate({ atStart: 200, atEnd: 210, new: 30, definition: BY_CONTRACT })).toEqual({
      value: 90,
      atStart: 200,
      atEnd: 210,
      new: 30,
      definition: 'contract',
    });
  });

  it('counts new customers lost within the period as losses of the starting base', () => {
    // S = 100 of whom 10 leave; N = 50 of whom 20 leave within the period.
    // E = 100 − 10 + 50 − 20 = 120 → (E − N) / S = 70%, although 90% of the starting customers stayed.
    expect(retentionRate({ atStart: 100, atEnd: 120, new: 50, definition: BY_CONTRACT }).value).toBe(70);
  });

  it('goes below 0 when more new customers leave than there were at the start, and is not clamped', () => {
    // S = 10, N = 20, E = 5: (5 − 20) / 10 = −150%
    expect(retentionRate({ atStart: 10, atEnd: 5, new: 20, definition: BY_CONTRACT }).value).toBe(-150);
  });

  it('returns value null when no customer was active at the start', () => {
    expect(retentionRate({ atStart: 0, atEnd: 3, new: 5, definition: BY_CONTRACT })).toEqual({
      value: null,
      atStart: 0,
      atEnd: 3,
      new: 5,
      definition: 'contract',
    });
    expect(retentionRate({ atStart: 0, atEnd: 0, new: 0, definition: BY_CONTRACT }).value).toBeNull();
  });

  it('gives 100 or 0 for a single starting customer who stays or leaves', () => {
    expect(retentionRate({ atStart: 1, atEnd: 1, new: 0, definition: BY_CONTRACT }).value).toBe(100);
    expect(retentionRate({ atStart: 1, atEnd: 0, new: 0, definition: BY_CONTRACT }).value).toBe(0);
  });

  it('throws a RangeError for invalid counts or more customers at the end than S + N', () => {
    expect(() => retentionRate({ atStart: 10, atEnd: 31, new: 20, definition: BY_CONTRACT })).toThrow(
      new RangeError('retentionRate.atEnd (31) must not exceed retentionRate.atStart + retentionRate.new (30).'),
    );
    expect(() => retentionRate({ atStart: 10, atEnd: -1, new: 0, definition: BY_CONTRACT })).toThrow(/retentionRate.atEnd .* got -1/);
    expect(() => retentionRate({ atStart: 10, atEnd: 5, new: 0.5, definition: BY_CONTRACT })).toThrow(/retentionRate.new .* got 0.5/);
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze({ atStart: 200, atEnd: 210, new: 30, definition: BY_CONTRACT });
    retentionRate(input);
    expect(input).toEqual({ atStart: 200, atEnd: 210, new: 30, definition: BY_CONTRACT });
  });

  describe('by inactivity', () => {
    const WINDOW = { definition: 'inactivity', windowDays: 30, windowSource: 'flag' } as const;

    it('is the complement of churn over the starting customers, with its Wilson interval and the window', () => {
      // S = 3 active before the period, 1 of them still active at its end; 1 new (or returning) customer active at the end:
      // E = 2, N = 1 → (2 − 1) / 3 = 33.3 %, churn 2 / 3.
      const result = retentionRate({ atStart: 3, atEnd: 2, new: 1, definition: WINDOW });
      expect(result).toMatchObject({ atStart: 3, atEnd: 2, new: 1, definition: 'inactivity', windowDays: 30, windowSource: 'flag' });
      expect(result.value).toBeCloseTo(100 / 3, 10);
      // Wilson 1 of 3: [6.15, 79.2] (Brown, Cai & DasGupta 2001, table of the score interval).
      expect(result.ci95?.[0]).toBeCloseTo(6.149, 2);
      expect(result.ci95?.[1]).toBeCloseTo(79.23, 1);
    });

    it('refuses more new customers than customers active at the end', () => {
      expect(() => retentionRate({ atStart: 3, atEnd: 1, new: 2, definition: WINDOW })).toThrow(
        /retentionRate.new \(2\) must not exceed retentionRate.atEnd \(1\)/,
      );
    });

    it('has value and interval null without starting customers', () => {
      expect(retentionRate({ atStart: 0, atEnd: 2, new: 2, definition: WINDOW })).toMatchObject({ value: null, ci95: null });
    });
  });
});
