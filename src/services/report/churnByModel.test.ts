import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { bgnbdFit, bgnbdProbabilityAlive } from '../../models/clv/bgnbd.js';
import { summariseTransactions } from '../../models/clv/summariseTransactions.js';
import { wilsonInterval } from '../../indicators/stats/wilsonInterval.js';
import { cdnowPurchases } from '../../test-support/cdnowSample.js';
import { writeCdnowOrdersCsv } from '../../test-support/cdnowOrdersCsv.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { customerValue } from '../clv/customerValue.js';
import { buildReport, type Report } from './buildReport.js';
import { parseReportQuery } from './reportQuery.js';

const indicators = (indicators: Report['indicators'] | undefined) => indicators as Record<string, Record<string, unknown>>;

/** The model definition every figure of these tests carries. */
const BY_MODEL = { definition: 'model', model: 'bgnbd', threshold: 0.5 };

/** The CDNOW customers' P(alive) at the end of `day`, straight from the model functions: the summary in days, the BG/NBD fit, P(alive) per customer. */
function pAliveAt(day: string): { params: ReturnType<typeof bgnbdFit>['params']; pAlive: Map<string, number> } {
  const summary = summariseTransactions(cdnowPurchases(), { to: day, unit: 'day' });
  const { params } = bgnbdFit(summary);
  const pAlive = new Map(
    summary.customerId.map((id, index) => [
      id,
      bgnbdProbabilityAlive(params, { frequency: summary.frequency[index]!, recency: summary.recency[index]!, age: summary.age[index]! }),
    ]),
  );
  return { params, pAlive };
}

/** Churn and retention's counts by the model, computed by hand from P(alive) at both dates, over the customers `keep` picks. */
function expectedCounts(start: Map<string, number>, end: Map<string, number>, keep: (id: string) => boolean = () => true) {
  const counts = { atStart: 0, lost: 0, atEnd: 0, new: 0 };
  for (const [id, pEnd] of end) {
    if (!keep(id)) continue;
    const alive = (start.get(id) ?? 0) >= 0.5;
    counts.atStart += alive ? 1 : 0;
    counts.lost += alive && pEnd < 0.5 ? 1 : 0;
    counts.atEnd += pEnd >= 0.5 ? 1 : 0;
    counts.new += pEnd >= 0.5 && !alive ? 1 : 0;
  }
  return counts;
}

const odd = (id: string) => Number(id) % 2 === 1;

describeEachEngine('churn by the BG/NBD model on the CDNOW sample', (engine) => {
  const folder = mkdtempSync(join(tmpdir(), 'barometre-churn-model-'));
  const test = workspaceStore(engine, {
    workspace: 'cdnow',
    per: 'block',
    fill: async (store, workspaceId) => {
      const file = join(folder, 'cdnow.csv');
      writeCdnowOrdersCsv(file);
      expect((await importFile(store, { kind: 'orders', file, workspaceId })).inserted).toBe(6919);
      // A customer attribute to split by: the parity of the sample id.
      const customers = ['customer_id,created_at,parity'];
      for (let id = 1; id <= 2357; id += 1) customers.push(`${String(id).padStart(4, '0')},1997-01-01,${id % 2 === 1 ? 'odd' : 'even'}`);
      expect((await importCsvText(store, workspaceId, 'customers', `${customers.join('\n')}\n`)).rejected).toEqual([]);
    },
    timeout: 60_000,
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  const report = (input: Parameters<typeof parseReportQuery>[0]) => buildReport(test.store, test.workspaceId, parseReportQuery(input));
  let start: ReturnType<typeof pAliveAt>;
  let end: ReturnType<typeof pAliveAt>;
  beforeAll(() => {
    start = pAliveAt('1997-12-31');
    end = pAliveAt('1998-03-31');
  });

  it('counts the customers alive on the day before the period who fall below one half at its end', async () => {
    const first = start.pAlive.get('0001')!;
    // Customer 0001 bought on 1997-01-01, 01-18, 08-02 and 12-12: on 1997-12-31 x = 3, t_x = 345, T = 364 days;
    // P(alive) = 1 / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)), with the fit up to that day
    // (r 0.248, α 33.3, a 0.617, b 2.198): 1 / (1 + 0.617/4.198 · (397.3/378.3)^3.248) ≈ 0.853.
    const { r, alpha, a, b } = start.params;
    expect(first).toBeCloseTo(1 / (1 + (a / (b + 2)) * ((alpha + 364) / (alpha + 345)) ** (r + 3)), 12);
    expect(first).toBeCloseTo(0.853, 3);
    const counts = expectedCounts(start.pAlive, end.pAlive);
    // 1,955 customers alive on 1997-12-31 (every one-time buyer among them: P(alive) = 1 without a repeat purchase), 50 lost by 1998-03-31.
    expect(counts).toEqual({ atStart: 1955, lost: 50, atEnd: 1974, new: 69 });
    const { churnRate, retentionRate } = indicators((await report({ from: '1998-01-01', to: '1998-03-31', churnModel: true })).indicators);
    expect(churnRate).toEqual({ value: (100 * 50) / 1955, atStart: 1955, lost: 50, ci95: wilsonInterval(50, 1955), ...BY_MODEL });
    expect(retentionRate).toEqual({ value: (100 * 1905) / 1955, atStart: 1955, atEnd: 1974, new: 69, ci95: wilsonInterval(1905, 1955), ...BY_MODEL });
  });

  it('has nobody at the start of the first period of data, without a fit there and without a reason', async () => {
    // The sample starts on 1997-01-01: no order before it, so no customer to judge at the start; the fit at the end is made.
    const { churnRate, retentionRate } = indicators((await report({ to: '1997-03-31', churnModel: true })).indicators);
    expect(churnRate).toEqual({ value: null, atStart: 0, lost: 0, ci95: null, ...BY_MODEL });
    expect(retentionRate).toMatchObject({ value: null, atStart: 0, atEnd: expectedCounts(new Map(), pAliveAt('1997-03-31').pAlive).atEnd });
  });

  it('fits the model as barometre clv does', async () => {
    const clv = await customerValue(test.store, test.workspaceId, { to: '1997-12-31' });
    expect(clv.model).toBe('bgnbd');
    for (const name of ['r', 'alpha', 'a', 'b'] as const) expect(clv.params[name]).toBeCloseTo(start.params[name], 6);
    const alive = clv.customers.filter((customer) => customer.pAlive >= 0.5).length;
    expect(alive).toBe(1955);
  });

  it('splits and filters by a customer field, and leaves churn out for an order field', async () => {
    const split = await report({ from: '1998-01-01', to: '1998-03-31', churnModel: 'bgnbd', by: 'parity' });
    const group = (key: string) => indicators(split.groups?.find((entry) => entry.key === key)?.indicators);
    const oddCounts = expectedCounts(start.pAlive, end.pAlive, odd);
    const evenCounts = expectedCounts(start.pAlive, end.pAlive, (id) => !odd(id));
    expect(group('odd').churnRate).toMatchObject({ atStart: oddCounts.atStart, lost: oddCounts.lost, ...BY_MODEL });
    expect(group('even').retentionRate).toMatchObject({ atStart: evenCounts.atStart, atEnd: evenCounts.atEnd, new: evenCounts.new, ...BY_MODEL });
    expect(oddCounts.atStart + evenCounts.atStart).toBe(1955);
    const filtered = indicators((await report({ from: '1998-01-01', to: '1998-03-31', churnModel: 'true', where: ['parity=odd'] })).indicators);
    expect(filtered.churnRate).toMatchObject({ atStart: oddCounts.atStart, lost: oddCounts.lost });
    // amount is an order column: the verdicts are per customer, so churn has no rows with it.
    const byAmount = indicators((await report({ from: '1998-01-01', to: '1998-03-31', churnModel: true, where: ['amount=10'] })).indicators);
    expect(byAmount.churnRate).toBeUndefined();
    expect(byAmount.repurchaseRate).toBeDefined();
  });
});

describeEachEngine('churn by the model where it cannot be fitted', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'few-orders',
    per: 'block',
    fill: async (store, workspaceId) => {
      // Up to 01-31 nobody has bought twice; a buys again on 02-10.
      const orders = 'order_id,customer_id,ordered_at,amount\no1,a,2026-01-05,10\no2,b,2026-01-10,10\no3,a,2026-02-10,10\n';
      expect((await importCsvText(store, workspaceId, 'orders', orders)).rejected).toEqual([]);
    },
  });
  const churn = async (from: string, to: string) =>
    indicators((await buildReport(test.store, test.workspaceId, parseReportQuery({ from, to, churnModel: true }))).indicators);

  it('gives no value and the model’s reason when nobody had bought twice before the period', async () => {
    const { churnRate, retentionRate } = await churn('2026-02-01', '2026-02-28');
    expect(churnRate).toMatchObject({
      value: null,
      atStart: 0,
      lost: 0,
      ci95: null,
      ...BY_MODEL,
      reason: expect.stringMatching(/^BG\/NBD needs at least one customer with a repeat purchase/),
    });
    expect(retentionRate).toMatchObject({ value: null, reason: churnRate?.reason });
  });

  it('gives the reason too when only the fit at the end fails, though nobody had ordered before the period', async () => {
    expect((await churn('2026-01-01', '2026-01-31')).churnRate).toMatchObject({ value: null, atStart: 0, reason: expect.any(String) });
  });
});
