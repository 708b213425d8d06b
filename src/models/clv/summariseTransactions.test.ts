import { describe, expect, it } from 'vitest';
import { cdnowPurchases } from '../../test-support/cdnowSample.js';
import { summariseTransactions } from './summariseTransactions.js';

describe('summariseTransactions', () => {
  it('summarises the CDNOW calibration period as the papers do (docs/clv.md)', () => {
    const purchases = cdnowPurchases();
    const summary = summariseTransactions(purchases, { to: '1997-09-30', unit: 'week' });
    expect(summary.customerId).toHaveLength(2357);
    // 946 customers made a repeat purchase by 1997-09-30 (the Gamma-Gamma fit's 946).
    expect(summary.frequency.filter((x) => x > 0)).toHaveLength(946);
    // Customer 0001 bought on 1997-01-01, 01-18, 08-02 (and 12-12, after the end):
    // x = 2, t_x = 213 days, T = 272 days = 38.86 weeks; spend (29.73 + 14.96)/2.
    const first = summary.customerId.indexOf('0001');
    expect(summary.frequency[first]).toBe(2);
    expect(summary.recency[first]).toBeCloseTo(213 / 7, 12);
    expect(summary.age[first]).toBeCloseTo(272 / 7, 12);
    expect(summary.monetaryValue[first]).toBeCloseTo((29.73 + 14.96) / 2, 12);
    expect(summary.monetaryValue[summary.frequency.indexOf(0)]).toBeNull();
  });

  it('merges the purchases of one day into one, summing their amounts', () => {
    const summary = summariseTransactions(
      [
        { customerId: 'a', date: '2024-03-01', amount: 10 },
        { customerId: 'a', date: '2024-03-05', amount: 4 },
        { customerId: 'a', date: '2024-03-05', amount: 2 },
        { customerId: 'a', date: '2024-03-09', amount: 3 },
      ],
      { to: '2024-03-11' },
    );
    expect(summary).toEqual({
      customerId: ['a'],
      frequency: [2],
      recency: [8],
      age: [10],
      monetaryValue: [4.5],
      spendDays: [2],
      excludedSpendDays: 0,
    });
  });

  it('leaves purchases after the end out and counts days in the unit asked', () => {
    const purchases = [
      { customerId: 'b', date: '2024-01-01', amount: 5 },
      { customerId: 'b', date: '2024-01-15', amount: 5 },
      { customerId: 'c', date: '2024-02-01', amount: 5 },
    ];
    const summary = summariseTransactions(purchases, { to: '2024-01-29', unit: 'week' });
    expect(summary.customerId).toEqual(['b']);
    expect(summary.recency).toEqual([2]);
    expect(summary.age).toEqual([4]);
  });

  it('leaves repeat days with a total of 0 or less out of the spend and counts them', () => {
    const summary = summariseTransactions(
      [
        { customerId: 'd', date: '2024-01-01', amount: 0 },
        { customerId: 'd', date: '2024-01-02', amount: 0 },
        { customerId: 'd', date: '2024-01-03', amount: -4 },
        { customerId: 'd', date: '2024-01-04', amount: 6 },
        { customerId: 'e', date: '2024-01-01', amount: 3 },
        { customerId: 'e', date: '2024-01-02', amount: -3 },
      ],
      { to: '2024-01-10' },
    );
    expect(summary.frequency).toEqual([3, 1]);
    expect(summary.monetaryValue).toEqual([6, null]);
    expect(summary.spendDays).toEqual([1, 0]);
    expect(summary.excludedSpendDays).toBe(3);
  });

  it('refuses a date that is not a calendar day and an amount that is not finite, and leaves its input unchanged', () => {
    expect(() => summariseTransactions([{ customerId: 'a', date: '2024-02-30', amount: 1 }], { to: '2024-03-01' })).toThrow(
      /date of a purchase of customer a as a YYYY-MM-DD day, got "2024-02-30"/,
    );
    expect(() => summariseTransactions([], { to: '03/01/2024' })).toThrow(/end of the period as a YYYY-MM-DD day/);
    expect(() => summariseTransactions([{ customerId: 'a', date: '2024-02-01', amount: Number.NaN }], { to: '2024-03-01' })).toThrow(
      /finite amounts, got NaN for customer a on 2024-02-01/,
    );
    const purchases = [{ customerId: 'a', date: '2024-02-01', amount: 1 }];
    const copy = structuredClone(purchases);
    summariseTransactions(purchases, { to: '2024-03-01' });
    expect(purchases).toEqual(copy);
  });
});
