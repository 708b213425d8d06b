import { expect, it } from 'vitest';
import { loadDemo } from '../../demo/loadDemo.js';
import { boundPeriod } from '../../services/report/boundPeriod.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { firstDifference } from '../../test-support/firstDifference.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { cartCounts } from '../queries/cartCounts.js';
import { dataExtent } from '../queries/dataExtent.js';
import type { BucketInterval, QueryContext } from '../queries/QueryContext.js';
import { recommendationCounts } from '../queries/recommendationCounts.js';
import type { RowScope } from '../queries/rowScope.js';
import { scaleCounts } from '../queries/scaleCounts.js';
import { sessionStatistics } from '../queries/sessionStatistics.js';

/** Nothing narrows or splits the rows: the rollups answer. */
const PLAIN: RowScope = { joins: '', filter: '', groupKey: 'null', params: {}, plain: true };
/** The same rows, read as a filtered query reads them: from the sessions, visitor-days and responses. */
const AS_ROWS: RowScope = { ...PLAIN, plain: false };

/** A query's statistics as entries sorted by key, so that the order of the rows does not matter. */
function entries<T>(grouped: Map<string | null, T>): [string | null, T][] {
  return [...grouped].sort(([a], [b]) => String(a).localeCompare(String(b)));
}

/** Each statistics query that reads the rollups, its statistics made comparable. */
const QUERIES = {
  sessions: async (context: QueryContext) => entries(await sessionStatistics(context)),
  nps: async (context: QueryContext) => Object.entries(await recommendationCounts(context)).flatMap(([population, counts]) => [population, ...entries(counts)]),
  csat: async (context: QueryContext) => entries(await scaleCounts(context, 'csat')),
  ces: async (context: QueryContext) => entries(await scaleCounts(context, 'ces')),
  carts: async (context: QueryContext) => entries(await cartCounts(context)),
};

/**
 * The statistics the report reads from the daily rollups equal those it reads from the rows, on
 * the demo data: over all of it, a month and a span cut mid-week, whole and as series of days,
 * ISO weeks and months.
 */
describeEachEngine('the statistics read from the rollups equal those read from the rows', (engine) => {
  const demo = workspaceStore(engine, { workspace: 'demo', demo: true, per: 'block', fill: loadDemo, timeout: 240_000 });

  const periods: [string, { from: string | null; to: string | null }][] = [
    ['all the data', { from: null, to: null }],
    ['a month', { from: '2026-09-01', to: '2026-09-30' }],
    ['a span cut mid-week', { from: '2026-08-13', to: '2026-10-07' }],
  ];
  const buckets: (BucketInterval | undefined)[] = [undefined, 'day', 'week', 'month'];

  it.each(periods)('for %s', async (_title, days) => {
    const period = boundPeriod(days, await dataExtent(demo.store, demo.workspaceId))!;
    for (const bucket of buckets) {
      for (const [name, query] of Object.entries(QUERIES)) {
        const context = { session: demo.store, workspaceId: demo.workspaceId, period, bucket };
        const fromRollups = await query({ ...context, scope: PLAIN });
        const fromRows = await query({ ...context, scope: AS_ROWS });
        expect(fromRows.length, `${name} by ${bucket ?? 'period'}`).toBeGreaterThan(0);
        expect(firstDifference(fromRollups, fromRows), `${name} by ${bucket ?? 'period'}`).toBeNull();
      }
    }
  });
});
