import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/loadDemo.js';
import { TEST_DATABASE_URL } from '../../test-support/engines.js';
import { firstDifference } from '../../test-support/firstDifference.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildReport } from './buildReport.js';
import { parseReportQuery, type ReportQueryInput } from './reportQuery.js';

describe('firstDifference', () => {
  it('accepts floats within 1e-9 and finds the first real difference', () => {
    expect(firstDifference({ a: [1, 0.1 + 0.2] }, { a: [1, 0.3] })).toBeNull();
    expect(firstDifference({ a: [1, 2] }, { a: [1, 2.001] })).toBe('$.a[1]: 2 ≠ 2.001');
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 })).toMatch(/keys/);
  });
});

describe.skipIf(!TEST_DATABASE_URL)('DuckDB and PostgreSQL give the same report on the demo data', () => {
  const demoStore = { workspace: 'demo', demo: true, per: 'block', fill: loadDemo, timeout: 240_000 } as const;
  const duckdb = workspaceStore('duckdb', demoStore);
  const postgres = workspaceStore('postgres', demoStore);

  const queries: [string, ReportQueryInput][] = [
    ['all the data', {}],
    // The demo's web tracker runs from 2026-08-01: the periods below hold its events.
    ['one month', { from: '2026-09-01', to: '2026-09-30' }],
    ['split by a customer attribute', { from: '2026-05-01', to: '2026-10-31', by: 'loyalty_tier' }],
    ['filtered by a row column and split by another', { where: ['channel=web'], by: 'population' }],
    ['events filtered by their type (web breakdowns from filtered sessions)', { from: '2026-08-01', to: '2026-10-31', where: ['type=pageview'] }],
  ];

  // Four minutes per pair: split and filtered reports on the demo also check the employee anonymity rules (a report one filter wider) and the barometer on both engines.
  it.each(queries)(
    'for %s',
    async (_title, input) => {
      const query = parseReportQuery(input);
      const fromDuckDb = await buildReport(duckdb.store, duckdb.workspaceId, query);
      const fromPostgres = await buildReport(postgres.store, postgres.workspaceId, query);
      expect(firstDifference(fromDuckDb, fromPostgres)).toBeNull();
      // Every query but the one whose field events lack has the web breakdowns, pages ranked alike.
      expect(fromDuckDb.web === undefined).toBe(input.where?.[0] === 'channel=web');
      // The indicators of customers, orders and events are all there when the query keeps those rows.
      if (input.where === undefined) {
        expect(Object.keys(fromDuckDb.indicators)).toEqual(
          expect.arrayContaining(['customerEngagementRate', 'conversionRate', 'newCustomers', 'averageOrderValue', 'purchaseFrequency']),
        );
      }
      // The demo feeds every indicator of the whole report.
      if (input.where === undefined) {
        for (const [key, indicator] of Object.entries(fromDuckDb.indicators)) {
          expect({ key, value: (indicator as { value?: unknown }).value ?? (indicator as { suppressed?: boolean }).suppressed }).not.toMatchObject({
            value: null,
          });
        }
      }
    },
    240_000,
  );
});
