import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildReport, type Report } from './buildReport.js';
import { parseReportQuery } from './reportQuery.js';

/**
 * A shop: no contract end date, four customers. a orders on 01-05, twice on 01-20 and on
 * 02-10; b once on 01-10; c once on 01-15; d first on 02-20. The gaps between a's order
 * days are 15 and 21 days (the two orders of 01-20 make one day): their 90th percentile,
 * interpolated, is 15 + 0.9 × 6 = 20.4, so the derived window is 21 days.
 */
const SHOP = {
  customers: 'customer_id,created_at,city\na,2026-01-05,Paris\nb,2026-01-10,Lyon\nc,2026-01-15,Lyon\nd,2026-02-20,Paris\n',
  orders: [
    'order_id,customer_id,ordered_at,amount,channel',
    'o1,a,2026-01-05T10:00:00Z,10,web',
    'o2,a,2026-01-20T09:00:00Z,10,store',
    'o3,a,2026-01-20T18:00:00Z,10,store',
    'o4,a,2026-02-10T12:00:00Z,10,web',
    'o5,b,2026-01-10T23:59:59Z,10,web',
    'o6,c,2026-01-15T08:00:00Z,10,store',
    'o7,d,2026-02-20T08:00:00Z,10,web',
  ].join('\n'),
};
const FEBRUARY = { from: '2026-02-01', to: '2026-02-28' };

const indicators = (indicators: Report['indicators'] | undefined) => indicators as Record<string, Record<string, unknown>>;

describeEachEngine('churn and retention by inactivity, for a shop without contracts', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'shop',
    per: 'block',
    fill: async (store, workspaceId) => {
      for (const [kind, content] of Object.entries(SHOP)) expect((await importCsvText(store, workspaceId, kind, `${content}\n`)).rejected).toEqual([]);
    },
  });
  const report = (input: Parameters<typeof parseReportQuery>[0]) => buildReport(test.store, test.workspaceId, parseReportQuery(input));

  it('derives the window from the 90th percentile of the gaps between order days, and says so', async () => {
    // Window 21: active on 01-31 = ordered in (01-10, 01-31]: a (01-20), c (01-15); b's 01-10 is just out → S = 2.
    // Active on 02-28 = ordered in (02-07, 02-28]: a (02-10), d (02-20) → c lost: churn 1/2; E = 2, N = 1 (d).
    const { churnRate, retentionRate } = indicators((await report(FEBRUARY)).indicators);
    const definition = { definition: 'inactivity', windowDays: 21, windowSource: 'derived', gaps: 2 };
    expect(churnRate).toMatchObject({ value: 50, atStart: 2, lost: 1, ...definition });
    expect(retentionRate).toMatchObject({ value: 50, atStart: 2, atEnd: 2, new: 1, ...definition });
  });

  it('takes the window given: two of three customers who never came back are churn 2/3, not 0', async () => {
    // Window 30: active on 01-31 = (01-01, 01-31]: a, b, c → S = 3; on 02-28 = (01-29, 02-28]: a, d → b and c lost.
    const { churnRate, retentionRate } = indicators((await report({ ...FEBRUARY, churnWindow: '30' })).indicators);
    expect(churnRate).toMatchObject({ atStart: 3, lost: 2, definition: 'inactivity', windowDays: 30, windowSource: 'flag' });
    expect(churnRate?.value).toBeCloseTo(200 / 3, 10);
    expect(retentionRate).toMatchObject({ atStart: 3, atEnd: 2, new: 1, windowDays: 30 });
    expect(retentionRate?.value).toBeCloseTo(100 / 3, 10);
  });

  it('splits by a customer field and filters on an order field', async () => {
    const split = await report({ ...FEBRUARY, churnWindow: '30', by: 'city' });
    const group = (key: string) => indicators(split.groups?.find((entry) => entry.key === key)?.indicators);
    // Paris: a active at both ends (d is new); Lyon: b and c active at the start, neither at the end.
    expect(group('Paris').churnRate).toMatchObject({ value: 0, atStart: 1, lost: 0, definition: 'inactivity' });
    expect(group('Lyon').churnRate).toMatchObject({ value: 100, atStart: 2, lost: 2 });
    // Web orders only: a (01-05) and b (01-10) active on 01-31; on 02-28 a (02-10) and d → b lost.
    const web = indicators((await report({ ...FEBRUARY, churnWindow: '30', where: ['channel=web'] })).indicators);
    expect(web.churnRate).toMatchObject({ value: 50, atStart: 2, lost: 1 });
  });

  it('gives the retention triangle by month of first order', async () => {
    // January cohort: a, b, c; only a ordered in February. February cohort: d.
    const { cohorts } = await report({ from: '2026-01-01', to: '2026-02-28', cohorts: 'month' });
    expect(cohorts?.map(({ cohort, customers, returned }) => ({ cohort, customers, returned }))).toEqual([
      { cohort: '2026-01', customers: 3, returned: [3, 1] },
      { cohort: '2026-02', customers: 1, returned: [1] },
    ]);
    expect(cohorts?.[0]?.retention[1]).toBeCloseTo(100 / 3, 10);
    // A cohort is the customers whose first order is in the period: from February, only d.
    expect((await report({ ...FEBRUARY, cohorts: 'month' })).cohorts?.map((entry) => entry.cohort)).toEqual(['2026-02']);
    expect((await report(FEBRUARY)).cohorts).toBeUndefined();
  });
});

describeEachEngine('churn of a shop where nobody ordered twice, and of a workspace with contracts', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'first-orders',
    fill: async (store, workspaceId) => {
      const orders = 'order_id,customer_id,ordered_at,amount\no1,a,2026-01-05,10\no2,b,2026-03-05,10\n';
      expect((await importCsvText(store, workspaceId, 'orders', orders)).rejected).toEqual([]);
    },
  });
  const churn = async (input: Parameters<typeof parseReportQuery>[0]) =>
    indicators((await buildReport(test.store, test.workspaceId, parseReportQuery(input))).indicators).churnRate;

  it('falls back on a year without any gap to learn from, and says so', async () => {
    // Year window: a (01-05) active on 02-28 and on 03-31 → S = 1, not lost.
    expect(await churn({ from: '2026-03-01', to: '2026-03-31' })).toMatchObject({
      value: 0,
      atStart: 1,
      lost: 0,
      definition: 'inactivity',
      windowDays: 365,
      windowSource: 'default',
    });
  });

  it('keeps the contract definition once a customer carries churned_at, unless a window is given', async () => {
    const customers = 'customer_id,created_at,churned_at\na,2026-01-01,2026-03-10\nb,2026-03-05,\n';
    expect((await importCsvText(test.store, test.workspaceId, 'customers', customers)).rejected).toEqual([]);
    expect(await churn({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      value: 100,
      atStart: 1,
      lost: 1,
      ci95: [expect.any(Number), 100],
      definition: 'contract',
      lowPrecision: true, // one customer: ±5 points is far off
    });
    expect(await churn({ from: '2026-03-01', to: '2026-03-31', churnWindow: '20' })).toMatchObject({ atStart: 0, definition: 'inactivity', windowDays: 20 });
  });
});
