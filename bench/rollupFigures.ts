/**
 * Issue 15's figure: a report over a long period reads the daily rollups, not the rows, so its
 * latency follows the days rather than the events. On the bench store at growing scales
 * (BENCH_ROLLUP_SCALES, default 0.01,0.03,0.1: 100k, 300k and 1M events over 90 days, the
 * stores built once under bench/data/), it times, each a median of 5, the statistics the
 * rollups answer (sessions, NPS and eNPS, CSAT, CES, cart abandonment) over a one-year period
 * read from the rollups and read from the rows (the path a --where takes), and the whole
 * one-year report for reference.
 */
import { openStore } from '../src/store/openStore.js';
import { buildReport } from '../src/services/report/buildReport.js';
import { parseReportQuery } from '../src/services/report/reportQuery.js';
import { boundPeriod } from '../src/services/report/boundPeriod.js';
import { cartCounts } from '../src/store/queries/cartCounts.js';
import { dataExtent } from '../src/store/queries/dataExtent.js';
import type { QueryContext } from '../src/store/queries/QueryContext.js';
import { recommendationCounts } from '../src/store/queries/recommendationCounts.js';
import type { RowScope } from '../src/store/queries/rowScope.js';
import { scaleCounts } from '../src/store/queries/scaleCounts.js';
import { sessionStatistics } from '../src/store/queries/sessionStatistics.js';
import type { Figure } from './figure.js';
import { largeStore } from './drillDownFigures.js';
import { scaledSize } from './generateLargeStore.js';
import { median, timeRuns } from './measure.js';

const RUNS = 5;
/** The year the report covers: the bench store's 90 days end on 2026-09-30. */
const YEAR = { from: '2025-10-01', to: '2026-09-30' };
const PLAIN: RowScope = { joins: '', filter: '', groupKey: 'null', params: {}, plain: true };

/** Every statistics query the rollups answer, once. */
async function rolledUpStatistics(context: QueryContext): Promise<void> {
  await sessionStatistics(context);
  await recommendationCounts(context);
  await scaleCounts(context, 'csat');
  await scaleCounts(context, 'ces');
  await cartCounts(context);
}

/** Measures the one-year report at each scale of BENCH_ROLLUP_SCALES; `record` prints and keeps each figure. */
export async function rollupFigures(record: (figure: Figure) => void): Promise<void> {
  const scales = (process.env.BENCH_ROLLUP_SCALES ?? '0.01,0.03,0.1').split(',').map(Number);
  for (const scale of scales) {
    const store = await openStore({ db: await largeStore(scale) });
    try {
      const at = `${scaledSize(scale).events / 1000}k events`;
      const period = boundPeriod(YEAR, await dataExtent(store, 1))!;
      const context = { session: store, workspaceId: 1, period };
      const fromRollups = median(await timeRuns(RUNS, () => rolledUpStatistics({ ...context, scope: PLAIN })));
      const fromRows = median(await timeRuns(RUNS, () => rolledUpStatistics({ ...context, scope: { ...PLAIN, plain: false } })));
      record({ name: `DuckDB: one year, rolled-up statistics from rollups (${at})`, value: fromRollups, unit: 's', target: 'grows with days', ok: null });
      record({ name: `DuckDB: one year, the same statistics from rows (${at})`, value: fromRows, unit: 's', target: 'reference', ok: null });
      const report = median(await timeRuns(RUNS, () => buildReport(store, 1, parseReportQuery(YEAR))));
      record({ name: `DuckDB: one-year report, whole (${at})`, value: report, unit: 's', target: 'reference', ok: null });
    } finally {
      await store.close();
    }
  }
}
