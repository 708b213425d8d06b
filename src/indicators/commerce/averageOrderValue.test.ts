import { describe, expect, it } from 'vitest';
import { averageOrderValue } from './averageOrderValue.js';

describe('averageOrderValue', () => {
  it('gives the mean basket with its Student t interval from n, Σx and Σx²', () => {
    // Amounts 10, 30, 20, 40: Σx = 100, Σx² = 3000, mean 25, s² = (3000 − 100²/4) / 3 = 500/3;
    // t(0.975, 3) = 3.18245 (Student's table), half-width 3.18245 × √(500/3 / 4) = 20.5426.
    const result = averageOrderValue({ orders: 4, revenue: 100, revenueSquares: 3000 });
    expect(result).toMatchObject({ value: 25, orders: 4, revenue: 100 });
    expect(result.ci95?.[0]).toBeCloseTo(25 - 20.5426, 3);
    expect(result.ci95?.[1]).toBeCloseTo(25 + 20.5426, 3);
  });

  it('raises a negative low end to 0, since no amount is negative', () => {
    // Amounts 1 and 99: mean 50, s² = (9802 − 5000) / 1 = 4802, t(0.975, 1) = 12.706 → low end far below 0.
    expect(averageOrderValue({ orders: 2, revenue: 100, revenueSquares: 9802 }).ci95?.[0]).toBe(0);
  });

  it('gives a zero-width interval when every amount is the same, even with rounding in Σx²', () => {
    // Three orders of 0.1: Σx² rounds to slightly less than (Σx)²/n.
    const result = averageOrderValue({ orders: 3, revenue: 0.1 + 0.1 + 0.1, revenueSquares: 0.01 + 0.01 + 0.01 });
    const [low, high] = result.ci95 ?? [Number.NaN, Number.NaN];
    expect(high - low).toBeCloseTo(0, 10);
  });

  it('has no interval for one order and no value for none', () => {
    expect(averageOrderValue({ orders: 1, revenue: 42, revenueSquares: 1764 })).toEqual({ value: 42, orders: 1, revenue: 42, ci95: null });
    expect(averageOrderValue({ orders: 0, revenue: 0, revenueSquares: 0 })).toEqual({ value: null, orders: 0, revenue: 0, ci95: null });
  });

  it('refuses amounts without orders and invalid sums', () => {
    expect(() => averageOrderValue({ orders: 0, revenue: 5, revenueSquares: 25 })).toThrow(/averageOrderValue.revenue must be 0/);
    expect(() => averageOrderValue({ orders: 2, revenue: -1, revenueSquares: 1 })).toThrow(/averageOrderValue.revenue/);
    expect(() => averageOrderValue({ orders: 2, revenue: 1, revenueSquares: Number.NaN })).toThrow(/averageOrderValue.revenueSquares/);
  });
});
