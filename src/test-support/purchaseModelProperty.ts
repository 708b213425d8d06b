import fc from 'fast-check';
import { expect } from 'vitest';
import type { PurchaseModel, PurchaseParams } from '../models/clv/PurchaseModel.js';
import { ModelError } from '../models/ModelError.js';

/**
 * The property both purchase models must hold on random valid summaries: the fit either
 * succeeds or throws ModelError, and then every customer's P(alive) is in [0, 1] and the
 * expected purchases are finite, ≥ 0 and non-decreasing in t (10 → 20 time units).
 */
export function assertFitsOrExplains<P extends PurchaseParams>(model: PurchaseModel<P>): void {
  const customer = fc
    .tuple(fc.integer({ min: 0, max: 15 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 60, noNaN: true }))
    .map(([frequency, share, age]) => ({ frequency, recency: frequency === 0 ? 0 : Math.max(share, 0.01) * age, age }));
  fc.assert(
    fc.property(fc.array(customer, { minLength: 1, maxLength: 50 }), (rows) => {
      const input = { frequency: rows.map((c) => c.frequency), recency: rows.map((c) => c.recency), age: rows.map((c) => c.age) };
      let params: P;
      try {
        params = model.fit(input).params;
      } catch (error) {
        expect(error).toBeInstanceOf(ModelError);
        return;
      }
      for (const row of rows) {
        const pAlive = model.probabilityAlive(params, row);
        expect(pAlive >= 0 && pAlive <= 1).toBe(true);
        const sooner = model.conditionalExpectedPurchases(params, 10, row);
        const later = model.conditionalExpectedPurchases(params, 20, row);
        expect(Number.isFinite(sooner) && sooner >= 0).toBe(true);
        expect(later).toBeGreaterThanOrEqual(sooner * (1 - 1e-12));
      }
    }),
    { numRuns: 40 },
  );
}
