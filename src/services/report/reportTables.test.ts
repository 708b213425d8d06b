import { describe, expect, it } from 'vitest';
import type { Report } from './buildReport.js';
import { reportTable, reportTables } from './reportTables.js';

/** A report as buildReport gives it, with a series and a change as other parts of the report add them (docs/indicators.md). */
const report = {
  period: { from: '2026-01-01', to: '2026-03-31' },
  indicators: {
    nps: {
      value: 20,
      n: 200,
      promoters: 90,
      passives: 60,
      detractors: 50,
      ci95: [8.5, 30.9],
      change: { previous: 12, delta: 8, ci95: [-3, 19], significant: false },
    },
    csat: { value: 75, n: 40, positive: 30, mean: 4, ci95: [59.8, 85.8] },
  },
  groups: [{ key: 'gold', indicators: { nps: { value: 30, n: 10, promoters: 5, passives: 3, detractors: 2, ci95: [1, 55] } } }],
  series: [{ from: '2026-01-01', to: '2026-01-31', indicators: { nps: { value: 18, n: 70 } } }],
  cohorts: [{ cohort: '2026-01', customers: 50, returned: [50, 20], retention: [100, 40], ci95: [null, [27.6, 53.7]] }],
} as unknown as Report;

describe('reportTables', () => {
  it('gives indicators, groups, series and cohorts sheets, nested fields flattened without naming them', () => {
    const tables = reportTables(report);
    expect(tables.map((table) => table.name)).toEqual(['indicators', 'groups', 'series', 'cohorts']);
    const [indicators, groups, series, cohorts] = tables;
    expect(indicators!.columns.slice(0, 6)).toEqual(['from', 'to', 'indicator', 'value', 'ci95.low', 'ci95.high']);
    expect(indicators!.rows[0]).toMatchObject({ indicator: 'nps', 'change.delta': 8, 'change.ci95.low': -3, 'change.significant': false });
    expect(indicators!.rows[1]!['change.delta']).toBeUndefined();
    expect(groups!.rows).toEqual([expect.objectContaining({ group: 'gold', indicator: 'nps', value: 30 })]);
    expect(series!.rows).toEqual([{ from: '2026-01-01', to: '2026-01-31', indicator: 'nps', value: 18, n: 70 }]);
    expect(cohorts!.rows).toEqual([{ cohort: '2026-01', customers: 50, M0: 100, M1: 40 }]);
  });

  it('puts the indicator sections in one table for a CSV, a group column for the groups', () => {
    const table = reportTable(report);
    expect(table.rows.map((row) => [row.group ?? '', row.indicator, row.from])).toEqual([
      ['', 'nps', '2026-01-01'],
      ['', 'csat', '2026-01-01'],
      ['gold', 'nps', '2026-01-01'],
      ['', 'nps', '2026-01-01'],
    ]);
    expect(table.columns).toContain('group');
    expect(table.columns).not.toContain('M0');
  });
});
