import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { churnRate } from './churnRate.js';

/** The contract definition of churn, as a workspace with contract end dates has it. */
const BY_CONTRACT = { definition: 'contract' } as const;

describe('churnRate', () => {
  it('divides the customers lost by the customers active at the start', () => {
    // 12 of 80 → 15%
    expect(churnRate({ atStart: 80, lost: 12, definition: BY_CONTRACT })).toMatchObject({ value: 15, atStart: 80, lost: 12 });
  });

  it('reproduces the worked examples 0 of 20 → [0, 16.1] and 50 of 1000 → [3.8, 6.5]', () => {
    // Wilson (1927) interval, check values of docs/indicators.md (Brown, Cai & DasGupta 2001 for why Wilson).
    const none = churnRate({ atStart: 20, lost: 0, definition: BY_CONTRACT });
    expect(none.value).toBe(0);
    expect(none.ci95?.[0]).toBe(0);
    expect(none.ci95?.[1]).toBeCloseTo(16.1, 1);
    const some = churnRate({ atStart: 1000, lost: 50, definition: BY_CONTRACT });
    expect(some.value).toBe(5);
    expect(some.ci95?.[0]).toBeCloseTo(3.8, 1);
    expect(some.ci95?.[1]).toBeCloseTo(6.5, 1);
  });

  it('returns value and ci95 null when no customer was active at the start', () => {
    expect(churnRate({ atStart: 0, lost: 0, definition: BY_CONTRACT })).toEqual({ value: null, atStart: 0, lost: 0, ci95: null, definition: 'contract' });
  });

  it('gives 100% with interval [20.7, 100] when the only customer left', () => {
    // k = n = 1: lower = 1 / (1 + z²) = 1 / 4.841459 = 0.20655
    const result = churnRate({ atStart: 1, lost: 1, definition: BY_CONTRACT });
    expect(result.value).toBe(100);
    expect(result.ci95?.[0]).toBeCloseTo(20.655, 3);
    expect(result.ci95?.[1]).toBe(100);
  });

  it('throws a RangeError when more customers are lost than were active, or a count is invalid', () => {
    expect(() => churnRate({ atStart: 10, lost: 12, definition: BY_CONTRACT })).toThrow(
      new RangeError('churnRate.lost (12) must not exceed churnRate.atStart (10).'),
    );
    expect(() => churnRate({ atStart: -1, lost: 0, definition: BY_CONTRACT })).toThrow(
      new RangeError('churnRate.atStart must be a non-negative integer, got -1.'),
    );
    expect(() => churnRate({ atStart: 10, lost: 1.5, definition: BY_CONTRACT })).toThrow(/churnRate.lost .* got 1.5/);
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze({ atStart: 80, lost: 12, definition: BY_CONTRACT });
    churnRate(input);
    expect(input).toEqual({ atStart: 80, lost: 12, definition: BY_CONTRACT });
  });

  it('lies inside its interval', () => {
    const counts = fc.integer({ min: 1, max: 100_000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));
    fc.assert(
      fc.property(counts, ([atStart, lost]) => {
        const { value, ci95 } = churnRate({ atStart, lost, definition: BY_CONTRACT });
        expect(ci95?.[0]).toBeLessThanOrEqual(value ?? Number.NaN);
        expect(ci95?.[1]).toBeGreaterThanOrEqual(value ?? Number.NaN);
      }),
    );
  });

  it('carries the definition that produced it: contract, or inactivity with its window and where the window came from', () => {
    expect(churnRate({ atStart: 3, lost: 2, definition: BY_CONTRACT }).definition).toBe('contract');
    const derived = churnRate({ atStart: 3, lost: 2, definition: { definition: 'inactivity', windowDays: 21, windowSource: 'derived', gaps: 2 } });
    expect(derived).toMatchObject({ atStart: 3, lost: 2, definition: 'inactivity', windowDays: 21, windowSource: 'derived', gaps: 2 });
    expect(derived.value).toBeCloseTo(200 / 3, 10);
  });
});
