import { describe, expect, it } from 'vitest';
import { customerEngagementRate } from './customerEngagementRate.js';

describe('customerEngagementRate', () => {
  it('gives the share of known customers who interacted, and the interactions per engaged customer', () => {
    // 4 of 5 customers engaged with 3 orders + 4 answers + 1 event = 8 interactions → 80 %, 2 per engaged customer.
    const result = customerEngagementRate({ customers: 5, engaged: 4, interactionsByKind: { orders: 3, responses: 4, events: 1 } });
    expect(result).toMatchObject({ value: 80, customers: 5, engaged: 4, interactions: 8, interactionsPerEngaged: 2 });
    expect(result.kinds).toEqual(['orders', 'responses', 'events']);
    expect(result.interactionsByKind).toEqual({ orders: 3, responses: 4, events: 1 });
  });

  it('carries the Wilson interval of the worked example 45/50 → [78.6, 95.7]', () => {
    // Wilson (1927); the same check value as docs/indicators.md's CSAT example.
    const result = customerEngagementRate({ customers: 50, engaged: 45, interactionsByKind: { orders: 45, responses: 0, events: 0 } });
    expect(result.ci95?.[0]).toBeCloseTo(78.6, 1);
    expect(result.ci95?.[1]).toBeCloseTo(95.7, 1);
  });

  it('has value and interval null without customers, and no frequency without engaged customers', () => {
    expect(customerEngagementRate({ customers: 0, engaged: 0, interactionsByKind: { orders: 0, responses: 0, events: 0 } })).toMatchObject({
      value: null,
      ci95: null,
      interactions: 0,
      interactionsPerEngaged: null,
    });
    const none = customerEngagementRate({ customers: 20, engaged: 0, interactionsByKind: { orders: 0, responses: 0, events: 0 } });
    expect(none.value).toBe(0);
    expect(none.ci95?.[1]).toBeCloseTo(16.1, 1); // 0 of 20 → [0, 16.1]
    expect(none.interactionsPerEngaged).toBeNull();
  });

  it('refuses engaged customers without interactions, more engaged than customers, and invalid counts', () => {
    expect(() => customerEngagementRate({ customers: 5, engaged: 3, interactionsByKind: { orders: 1, responses: 1, events: 0 } })).toThrow(
      /customerEngagementRate.engaged \(3\) must not exceed customerEngagementRate.interactions \(2\)/,
    );
    expect(() => customerEngagementRate({ customers: 2, engaged: 3, interactionsByKind: { orders: 3, responses: 0, events: 0 } })).toThrow(RangeError);
    expect(() => customerEngagementRate({ customers: 2, engaged: 1, interactionsByKind: { orders: 1.5, responses: 0, events: 0 } })).toThrow(
      /interactionsByKind.orders/,
    );
  });
});
