import { describe, expect, it } from 'vitest';
import { clvHistorical } from './clvHistorical.js';

describe('clvHistorical', () => {
  it('divides the revenue by the distinct ordering customers', () => {
    // Orders of 100 + 50 (customer A), 60 (B), 25 + 15 (C), 0 (D): revenue 250, 4 customers → 62.5
    expect(clvHistorical({ customers: 4, revenue: 250 })).toEqual({ value: 62.5, customers: 4, revenue: 250 });
  });

  it('keeps fractional amounts at full precision', () => {
    expect(clvHistorical({ customers: 3, revenue: 100 }).value).toBeCloseTo(33.333333333333336, 14);
  });

  it('returns value null without customers', () => {
    expect(clvHistorical({ customers: 0, revenue: 0 })).toEqual({ value: null, customers: 0, revenue: 0 });
  });

  it('gives the single customer’s spend for one customer', () => {
    expect(clvHistorical({ customers: 1, revenue: 19.99 }).value).toBe(19.99);
  });

  it('throws a RangeError for revenue without customers, negative revenue or an invalid count', () => {
    expect(() => clvHistorical({ customers: 0, revenue: 10 })).toThrow(new RangeError('clvHistorical.revenue must be 0 when there are no customers, got 10.'));
    expect(() => clvHistorical({ customers: 2, revenue: -1 })).toThrow(new RangeError('clvHistorical.revenue must be a non-negative finite number, got -1.'));
    expect(() => clvHistorical({ customers: 2.5, revenue: 10 })).toThrow(/clvHistorical.customers .* got 2.5/);
    expect(() => clvHistorical({ customers: 2, revenue: Number.POSITIVE_INFINITY })).toThrow(/got Infinity/);
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze({ customers: 4, revenue: 250 });
    clvHistorical(input);
    expect(input).toEqual({ customers: 4, revenue: 250 });
  });
});
