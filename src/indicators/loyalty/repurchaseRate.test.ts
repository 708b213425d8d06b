import { describe, expect, it } from 'vitest';
import { repurchaseRate } from './repurchaseRate.js';

describe('repurchaseRate', () => {
  it('gives the percentage of ordering customers with two or more orders', () => {
    // 30 of 120 → 25%
    expect(repurchaseRate({ customers: 120, repeatCustomers: 30 })).toMatchObject({ value: 25, customers: 120, repeatCustomers: 30 });
  });

  it('carries the Wilson interval of the worked example 45/50 → [78.6, 95.7]', () => {
    // Wilson (1927) interval, check value of docs/indicators.md.
    const result = repurchaseRate({ customers: 50, repeatCustomers: 45 });
    expect(result.value).toBe(90);
    expect(result.ci95?.[0]).toBeCloseTo(78.6, 1);
    expect(result.ci95?.[1]).toBeCloseTo(95.7, 1);
  });

  it('returns value and ci95 null when nobody ordered', () => {
    expect(repurchaseRate({ customers: 0, repeatCustomers: 0 })).toEqual({ value: null, customers: 0, repeatCustomers: 0, ci95: null });
  });

  it('gives 0% with interval [0, 79.3] for one customer with one order', () => {
    const result = repurchaseRate({ customers: 1, repeatCustomers: 0 });
    expect(result.value).toBe(0);
    expect(result.ci95?.[0]).toBe(0);
    expect(result.ci95?.[1]).toBeCloseTo(79.345, 3);
  });

  it('throws a RangeError when repeat customers outnumber customers or a count is invalid', () => {
    expect(() => repurchaseRate({ customers: 3, repeatCustomers: 4 })).toThrow(
      new RangeError('repurchaseRate.repeatCustomers (4) must not exceed repurchaseRate.customers (3).'),
    );
    expect(() => repurchaseRate({ customers: Number.NaN, repeatCustomers: 0 })).toThrow(/repurchaseRate.customers .* got NaN/);
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze({ customers: 120, repeatCustomers: 30 });
    repurchaseRate(input);
    expect(input).toEqual({ customers: 120, repeatCustomers: 30 });
  });
});
