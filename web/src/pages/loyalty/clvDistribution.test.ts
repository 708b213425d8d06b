import { describe, expect, it } from 'vitest';
import { clvDeciles, clvTotal } from './clvDistribution.js';

describe('the distribution of predicted CLV', () => {
  it('cuts the customers ranked by value into ten groups, the first ones larger, with their share of the total', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((value) => value * 10);
    expect(clvTotal(values)).toBe(780);
    const deciles = clvDeciles(values);
    expect(deciles.map((one) => one.customers)).toEqual([2, 2, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(deciles[0]).toEqual({ decile: 1, customers: 2, total: 230, share: (100 * 230) / 780 });
    expect(deciles[9]).toEqual({ decile: 10, customers: 1, total: 10, share: (100 * 10) / 780 });
    expect(deciles.reduce((sum, one) => sum + (one.share ?? 0), 0)).toBeCloseTo(100, 10);
  });

  it('leaves out empty groups and gives no share of a zero total', () => {
    expect(clvDeciles([0, 0, 0])).toEqual([1, 2, 3].map((decile) => ({ decile, customers: 1, total: 0, share: null })));
    expect(clvDeciles([])).toEqual([]);
  });
});
