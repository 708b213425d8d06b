import { describe, expect, it } from 'vitest';
import { summariseTransactions } from '../../models/clv/summariseTransactions.js';
import { cdnowPurchases } from '../../test-support/cdnowSample.js';
import { valueCustomers } from './customerValue.js';

/**
 * The CDNOW sample's purchase days with every purchase at the same amount: the purchase model
 * fits as usual, but repeat customers' mean spends do not differ at all, so Gamma-Gamma's
 * likelihood is flat (its parameters run off to the edge of their space).
 */
function sameSpendEverywhere(amount: number) {
  const summary = summariseTransactions(
    cdnowPurchases().map((purchase) => ({ ...purchase, amount })),
    { to: '1997-09-30', unit: 'day' },
  );
  return valueCustomers({ ...summary, totalSpend: summary.frequency.map(() => amount) }, '1997-09-30');
}

describe('customer values when the spend model cannot be fitted', () => {
  it('keeps every customer, valued at their own mean spend, and says which spend model was used and why', () => {
    const result = sameSpendEverywhere(10);
    expect(result.spend).toMatchObject({ model: 'observed-mean', params: null, logLikelihood: null, customers: 946 });
    expect(result.spend.fallback?.reason).toMatch(/^The Gamma-Gamma fit is not identified/);
    expect(result.customers).toHaveLength(2357);
    // Purchases of one day are merged, so a repeat day totals 10, 20, 30…: a repeat customer is
    // valued at their own mean, the others at the mean over the 946 repeat customers.
    const repeat = result.customers.filter((customer) => customer.monetaryValue !== null);
    const populationMean = repeat.reduce((sum, customer) => sum + (customer.monetaryValue as number), 0) / repeat.length;
    expect(populationMean).toBeGreaterThan(10);
    for (const customer of result.customers) {
      const perPurchase = customer.monetaryValue ?? populationMean;
      expect(customer.expectedSpend).toBeCloseTo(perPurchase * customer.expectedPurchases, 10);
      expect(customer.clv).toBeCloseTo(customer.expectedSpend, 10);
    }
  });
});
