import { flattenRecord, type Table, type TableRow, tableOf } from '../../output/table.js';
import type { Report } from './buildReport.js';

/** The fields every indicator's row shows first, when it has them: its value and interval. */
const MAIN_FIELDS = ['value', 'ci95.low', 'ci95.high'];

/** What the rows of one section of the report are: a period, maybe a group, and indicators by key. */
interface IndicatorBlock {
  from: string | null;
  to: string | null;
  group?: string | null;
  indicators: object;
}

/**
 * The report as tables for an export: `indicators` (one row per indicator over the period),
 * `groups` with --by (one row per group and indicator) and `series` when the report has one
 * (one row per point and indicator), and `cohorts` with --cohorts (the retention triangle: one
 * row per month of first order, its customers and the % retained in month M0, M1…). Each row starts with `from`, `to`, (`group`) and
 * `indicator`, then every field of the indicator flattened (`value`, `ci95.low`,
 * `change.delta`…: {@link flattenRecord}), so fields added to indicators appear without code.
 * The web breakdowns are left out: they are lists of pages and sources, not indicators.
 */
export function reportTables(report: Report): Table[] {
  const { from, to } = report.period;
  const tables = [tableOf('indicators', indicatorRows([{ from, to, indicators: report.indicators }]), ['from', 'to', 'indicator', ...MAIN_FIELDS])];
  if (report.groups !== undefined) {
    const blocks = report.groups.map((group) => ({ from, to, group: group.key, indicators: group.indicators }));
    tables.push(tableOf('groups', indicatorRows(blocks), ['from', 'to', 'group', 'indicator', ...MAIN_FIELDS]));
  }
  const series = 'series' in report && Array.isArray(report.series) ? (report.series as IndicatorBlock[]) : undefined;
  if (series !== undefined) tables.push(tableOf('series', indicatorRows(series), ['from', 'to', 'indicator', ...MAIN_FIELDS]));
  if (report.cohorts !== undefined) {
    const rows = report.cohorts.map(({ cohort, customers, retention }) => ({
      cohort,
      customers,
      ...Object.fromEntries(retention.map((share, month) => [`M${month}`, share])),
    }));
    tables.push(tableOf('cohorts', rows, ['cohort', 'customers']));
  }
  return tables;
}

/**
 * The report as one table, for a CSV: the rows of the indicator sections of
 * {@link reportTables} one after the other (a `group` column when there are groups; series
 * rows carry their own `from` and `to`). The cohorts' triangle has columns of its own: it is
 * a sheet of the workbook only.
 */
export function reportTable(report: Report): Table {
  const tables = reportTables(report).filter((table) => table.name !== 'cohorts');
  return tableOf(
    'report',
    tables.flatMap((table) => table.rows),
    tables.flatMap((table) => table.columns),
  );
}

function indicatorRows(blocks: readonly IndicatorBlock[]): TableRow[] {
  return blocks.flatMap(({ indicators, ...where }) =>
    Object.entries(indicators).map(([indicator, result]: [string, object]) => ({ ...where, indicator, ...flattenRecord(result) })),
  );
}
