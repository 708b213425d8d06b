import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { DataError } from '../../errors/errors.js';
import { ModelError } from '../../models/ModelError.js';
import { findWorkspace } from '../../store/workspaces.js';
import { writeCdnowOrdersCsv } from '../../test-support/cdnowOrdersCsv.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { Prng } from '../../demo/prng.js';
import { rfmSummary } from '../../store/queries/rfmSummary.js';
import { CLV_COLUMNS, customerValue, valueCustomers } from './customerValue.js';

describeEachEngine('customerValue', (engine) => {
  const folder = mkdtempSync(join(tmpdir(), 'barometre-clv-'));
  const test = workspaceStore(engine, {
    workspace: 'cdnow',
    per: 'block',
    fill: async (store, workspaceId) => {
      const file = join(folder, 'cdnow.csv');
      writeCdnowOrdersCsv(file);
      await importFile(store, { kind: 'orders', file, workspaceId });
    },
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('fits BG/NBD and Gamma-Gamma from the stored orders as the papers report', async () => {
    // Fader, Hardie & Lee (2005), Marketing Science: r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4;
    // Gamma-Gamma ("RFM and CLV", JMR 2005) on the 946 repeat customers: p 6.25, q 3.74, v 15.44.
    const result = await customerValue(test.store, test.workspaceId, { to: '1997-09-30', timeUnit: 'week' });
    expect(result.params.r).toBeCloseTo(0.243, 3);
    expect(result.params.alpha).toBeCloseTo(4.414, 2);
    expect(result.params.a).toBeCloseTo(0.793, 3);
    expect(result.params.b).toBeCloseTo(2.426, 2);
    expect(result.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(result.spend.params?.p).toBeCloseTo(6.25, 1);
    expect(result.spend.params?.q).toBeCloseTo(3.74, 1);
    expect(result.spend.params?.v).toBeCloseTo(15.44, 1);
    expect(result.spend.customers).toBe(946);
    expect(result.customers).toHaveLength(2357);
    expect(result.horizon).toBe(52);
    for (const customer of result.customers) {
      expect(customer.pAlive).toBeGreaterThanOrEqual(0);
      expect(customer.pAlive).toBeLessThanOrEqual(1);
      expect(Number.isFinite(customer.clv)).toBe(true);
      if (customer.frequency === 0) expect(customer.pAlive).toBe(1);
    }
  });

  it('lists the customers in the order of their ids, byte by byte, run after run', async () => {
    const options = { to: '1997-09-30', timeUnit: 'week' as const };
    const [first, second] = [await customerValue(test.store, test.workspaceId, options), await customerValue(test.store, test.workspaceId, options)];
    const ids = first.customers.map((customer) => customer.customer_id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(second.customers.map((customer) => customer.customer_id)).toEqual(ids);
    // DuckDB sums amounts in parallel, so the spend model's inputs can differ in their last
    // digits from one run to the next, and the fit's tolerance carries that to about 1e-8 of
    // each value (measured); they agree far beyond what they mean.
    for (const [index, customer] of second.customers.entries()) {
      const before = first.customers[index]?.clv ?? Number.NaN;
      expect(Math.abs(customer.clv - before)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(before)));
    }
  });

  it('fits Pareto/NBD on demand', async () => {
    // Fader, Hardie & Lee (2005) report r 0.553, α 10.578, s 0.606, β 11.669, LL ≈ −9595.0.
    const result = await customerValue(test.store, test.workspaceId, { to: '1997-09-30', timeUnit: 'week', model: 'pareto' });
    expect(result.params.r).toBeCloseTo(0.553, 2);
    expect(result.params.s).toBeCloseTo(0.606, 2);
    expect(result.logLikelihood).toBeCloseTo(-9595.0, 0);
  });

  it('discounts CLV below the undiscounted expected spend, and equals it without discount', async () => {
    const plain = await customerValue(test.store, test.workspaceId, { to: '1997-09-30', timeUnit: 'week' });
    const discounted = await customerValue(test.store, test.workspaceId, { to: '1997-09-30', timeUnit: 'week', discountRate: 0.01 });
    const first = plain.customers.find((customer) => customer.customer_id === '0001');
    const firstDiscounted = discounted.customers.find((customer) => customer.customer_id === '0001');
    expect(first?.clv).toBeCloseTo(first?.expectedSpend as number, 10);
    expect(firstDiscounted?.clv).toBeLessThan(firstDiscounted?.expectedSpend as number);
    expect(firstDiscounted?.clv).toBeGreaterThan(0);
  });

  it('says so when there is no order, and when no customer bought twice', async () => {
    const empty = (await findWorkspace(test.store, 'empty', { create: true })).id;
    await expect(customerValue(test.store, empty)).rejects.toThrow(DataError);
    const once = (await findWorkspace(test.store, 'once', { create: true })).id;
    const file = join(folder, 'once.csv');
    writeFileSync(file, 'order_id,customer_id,ordered_at,amount\no1,a,2025-01-01,10\no2,b,2025-01-02,20\no3,c,2025-02-01,5\n');
    await importFile(test.store, { kind: 'orders', file, workspaceId: once });
    await expect(customerValue(test.store, once)).rejects.toThrow(ModelError);
  });

  it('falls back to NBD, and says why, when the shop’s customers have not lapsed and BG/NBD cannot be fitted', async () => {
    // 300 customers drawn from the NBD and Gamma-Gamma models with nobody ever leaving: each
    // buys as a Poisson process (rate ~ Gamma(2, 1/20 per day)) through 2025, baskets
    // ~ Gamma(4, ν) with ν ~ Gamma(3, 20). BG/NBD's dropout parameters run to the edge.
    const random = new Prng(20261205);
    const lines = ['order_id,customer_id,ordered_at,amount'];
    for (let customer = 0; customer < 300; customer += 1) {
      const rate = random.gamma(2, 1 / 20);
      const nu = random.gamma(3, 1 / 20);
      for (let day = random.uniform(0, 60), order = 0; day < 365; day += random.exponential(1 / rate), order += 1) {
        const date = new Date(Date.UTC(2025, 0, 1) + Math.floor(day) * 86_400_000).toISOString().slice(0, 10);
        lines.push(`o${customer}-${order},c${customer},${date},${random.gamma(4, 1 / nu).toFixed(2)}`);
      }
    }
    const loyal = (await findWorkspace(test.store, 'loyal', { create: true })).id;
    const file = join(folder, 'loyal.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    expect((await importFile(test.store, { kind: 'orders', file, workspaceId: loyal })).rejected).toEqual([]);
    const result = await customerValue(test.store, loyal, { timeUnit: 'week' });
    expect(result.model).toBe('nbd');
    expect(result.fallback?.model).toBe('bgnbd');
    expect(result.fallback?.reason).toMatch(/BG\/NBD/);
    expect(Object.keys(result.params)).toEqual(['r', 'alpha']);
    expect(result.customers).toHaveLength(300);
    for (const customer of result.customers) {
      expect(customer.pAlive).toBe(1);
      expect(customer.expectedPurchases).toBeGreaterThan(0);
      expect(Number.isFinite(customer.clv)).toBe(true);
    }
  });

  it('values every customer in SQL from the patterns exactly as the in-memory valuation of each customer does', async () => {
    // The models are fitted on the distinct (x, t_x, T) with their counts as weights: the same
    // likelihood, summed in another order, so the estimates agree to rounding; the values
    // joined back in SQL must then be each customer's own, to the same precision.
    const options = { to: '1997-09-30', timeUnit: 'week', discountRate: 0.01 } as const;
    const joined = await customerValue(test.store, test.workspaceId, options);
    const inMemory = valueCustomers(await rfmSummary(test.store, test.workspaceId, '1997-09-30', 'week'), '1997-09-30', options);
    expect(joined.customers).toHaveLength(2357);
    expect(joined.customers.map((customer) => customer.customer_id)).toEqual(inMemory.customers.map((customer) => customer.customer_id));
    expect(joined.excludedSpendDays).toBe(inMemory.excludedSpendDays);
    expect(joined.spend.customers).toBe(inMemory.spend.customers);
    const close = (a: number | null, b: number | null) => a === b || (a !== null && b !== null && Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(b)));
    for (const [name, value] of Object.entries(joined.params)) expect(close(value, inMemory.params[name] ?? null)).toBe(true);
    joined.customers.forEach((customer, index) => {
      const expected = inMemory.customers[index];
      for (const key of CLV_COLUMNS.slice(1)) {
        if (!close(customer[key] as number | null, expected?.[key] as number | null))
          expect([customer.customer_id, key, customer[key]]).toEqual([customer.customer_id, key, expected?.[key]]);
      }
    });
  });
});
