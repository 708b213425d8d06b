import { describe, expect, it } from 'vitest';
import { clvHistorical } from '../loyalty/clvHistorical.js';
import { averageOrderValue } from './averageOrderValue.js';
import { purchaseFrequency } from './purchaseFrequency.js';

describe('purchaseFrequency', () => {
  it('gives orders per ordering customer', () => {
    // 4 orders by 3 customers (one ordered twice) → 4/3.
    expect(purchaseFrequency({ orders: 4, customers: 3 })).toEqual({ value: 4 / 3, orders: 4, customers: 3 });
  });

  it('times the average order value gives the revenue per customer (historical CLV)', () => {
    const aov = averageOrderValue({ orders: 4, revenue: 100, revenueSquares: 3000 }).value!;
    const frequency = purchaseFrequency({ orders: 4, customers: 3 }).value!;
    expect(aov * frequency).toBeCloseTo(clvHistorical({ customers: 3, revenue: 100 }).value!, 10);
  });

  it('is null without orders', () => {
    expect(purchaseFrequency({ orders: 0, customers: 0 })).toEqual({ value: null, orders: 0, customers: 0 });
  });

  it('refuses more customers than orders', () => {
    expect(() => purchaseFrequency({ orders: 2, customers: 3 })).toThrow(/purchaseFrequency.customers \(3\) must not exceed purchaseFrequency.orders \(2\)/);
  });
});
