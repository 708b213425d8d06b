import { expect, it } from 'vitest';
import { loadDemo } from '../../demo/loadDemo.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { firstDifference } from '../../test-support/firstDifference.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildReport } from './buildReport.js';
import { parseReportQuery, type ReportQueryInput } from './reportQuery.js';
import { seriesSpans } from './reportPeriods.js';

/**
 * A series counts most statistics in one query grouped by point (the others over generated
 * points); each point must still say exactly what a report of its days alone says, as the
 * series did when it ran the whole report once per point. The queries cut a month or an ISO
 * week at both ends, filter rows (--where) and split (--by, which a series ignores), under
 * each churn definition.
 */
describeEachEngine('a series counted by point equals a report per point', (engine) => {
  const demo = workspaceStore(engine, { workspace: 'demo', demo: true, per: 'block', fill: loadDemo, timeout: 240_000 });

  const queries: [string, ReportQueryInput][] = [
    ['months cut at both ends (churn by contract)', { from: '2025-11-15', to: '2026-02-10', interval: 'month' }],
    [
      'ISO weeks cut at both ends, answers of one channel, split by loyalty tier',
      { from: '2026-01-07', to: '2026-01-29', interval: 'week', where: ['channel=email'], by: 'loyalty_tier' },
    ],
    ['days, events of one type (sessions from filtered events)', { from: '2026-03-28', to: '2026-04-02', interval: 'day', where: ['type=pageview'] }],
    [
      'months, loyalty members, churn by inactivity over 60 days',
      { from: '2026-04-10', to: '2026-06-30', interval: 'month', where: ['loyalty_tier=member'], churnWindow: '60' },
    ],
    ['ISO weeks, churn by the model', { from: '2026-09-16', to: '2026-09-30', interval: 'week', churnModel: '1' }],
  ];

  it.each(queries)('for %s', { timeout: 240_000 }, async (_title, input) => {
    const { series } = await buildReport(demo.store, demo.workspaceId, parseReportQuery(input));
    const query = parseReportQuery(input);
    expect(series?.map(({ from, to }) => ({ from, to }))).toEqual(seriesSpans({ from: input.from!, to: input.to! }, query.interval!));
    for (const point of series ?? []) {
      const alone = await buildReport(
        demo.store,
        demo.workspaceId,
        parseReportQuery({ ...input, from: point.from, to: point.to, interval: undefined, by: undefined }),
      );
      expect({ point: point.from, difference: firstDifference(point.indicators, alone.indicators) }).toEqual({ point: point.from, difference: null });
    }
  });
});
