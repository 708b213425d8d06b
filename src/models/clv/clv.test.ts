import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bgnbdConditionalExpectedTransactions } from './bgnbd.js';
import { clv } from './clv.js';

describe('clv', () => {
  it('is expected purchases × expected spend without discounting', () => {
    expect(clv((t) => 0.1 * t, 20, { horizon: 3 })).toBeCloseTo(6, 12);
    expect(clv((t) => 0.1 * t, 20, { horizon: 3, discountRate: 0 })).toBeCloseTo(6, 12);
  });

  it('discounts each period’s purchases from the period’s end', () => {
    // 0.1 purchase a period × 20 = 2 per period: 2/1.1 + 2/1.1² + 2/1.1³ = 4.9737…
    expect(clv((t) => 0.1 * t, 20, { horizon: 3, discountRate: 0.1 })).toBeCloseTo(2 / 1.1 + 2 / 1.21 + 2 / 1.331, 12);
  });

  it('keeps the rate per time unit whatever the period length, and ends the last period at the horizon', () => {
    // Periods of 2 units over a horizon of 5: ends at 2, 4, 5.
    const value = clv((t) => t, 1, { horizon: 5, discountRate: 0.05, periodLength: 2 });
    expect(value).toBeCloseTo(2 / 1.05 ** 2 + 2 / 1.05 ** 4 + 1 / 1.05 ** 5, 12);
  });

  it('is 0 over a zero horizon and never more than the undiscounted value', () => {
    expect(clv((t) => t, 10, { horizon: 0, discountRate: 0.1 })).toBe(0);
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const customer = { frequency: 2, recency: 30.43, age: 38.86 };
    const expected = (t: number): number => bgnbdConditionalExpectedTransactions(params, t, customer);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0.5, max: 104, noNaN: true }), (rate, horizon) => {
        const discounted = clv(expected, 25, { horizon, discountRate: rate });
        const plain = clv(expected, 25, { horizon });
        expect(discounted).toBeGreaterThanOrEqual(0);
        expect(discounted).toBeLessThanOrEqual(plain * (1 + 1e-12));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses negative or non-finite horizons, rates, periods and spend, and non-finite expectations', () => {
    expect(() => clv((t) => t, 1, { horizon: -1 })).toThrow('CLV needs a horizon that is a finite number ≥ 0, got -1.');
    expect(() => clv((t) => t, 1, { horizon: 1, discountRate: -0.1 })).toThrow(/discount rate .* got -0.1/);
    expect(() => clv((t) => t, 1, { horizon: 1, periodLength: 0 })).toThrow(/period length .* got 0/);
    expect(() => clv((t) => t, Number.NaN, { horizon: 1 })).toThrow(/expected spend .* got NaN/);
    expect(() => clv(() => Number.NaN, 1, { horizon: 1 })).toThrow(/finite expected purchases, got NaN at t = 1/);
  });
});
