import { employeeCounts } from '../../../store/queries/employeeCounts.js';
import { likertItems } from '../../../store/queries/engagementStatistics.js';
import type { FieldCatalog } from '../../../store/queries/fieldCatalog.js';
import type { BoundPeriod, BucketInterval } from '../../../store/queries/QueryContext.js';
import { type RowSelection, rowScope } from '../../../store/queries/rowScope.js';
import type { Store } from '../../../store/Store.js';
import { hiddenFigures, type PeriodEmployeeCounts, type PeriodHiddenFigures } from './employeeAnonymity.js';

/** How a report cuts a period into groups: by the --by field's values, or (a series) by day, week or month; `keys` in the report's order. */
export type ReportSplit = { keys: readonly (string | null)[]; bucket?: BucketInterval };

/**
 * The employee figures a period's report hides ({@link hiddenFigures}): counts the employees
 * behind each figure over the responses --where keeps, overall and per group of `split` (the
 * --by groups, or a series' points), and with --where the same with each filter left out in turn
 * (the reports one filter wider, which a reader could set beside this one). Null when responses
 * have none of the query's fields or the period is empty: no employee figure is shown then.
 */
export async function periodHiddenFigures(
  store: Store,
  workspaceId: number,
  query: RowSelection,
  catalog: FieldCatalog,
  period: BoundPeriod | null,
  split: ReportSplit | null,
): Promise<PeriodHiddenFigures | null> {
  if (period === null || rowScope('responses', { where: query.where, by: null }, catalog) === null) return null;
  const items = await likertItems(store, workspaceId);
  const countsOf = async (where: RowSelection['where']): Promise<PeriodEmployeeCounts> => {
    const overall = await employeeCounts({ session: store, workspaceId, period, scope: rowScope('responses', { where, by: null }, catalog)! }, items);
    if (split === null) return { overall: overall.get(null), groups: null };
    const scope = rowScope('responses', { where, by: split.bucket === undefined ? query.by : null }, catalog);
    if (scope === null) return { overall: overall.get(null), groups: null };
    const grouped = await employeeCounts(
      { session: store, workspaceId, period, scope, ...(split.bucket === undefined ? {} : { bucket: split.bucket }) },
      items,
    );
    return { overall: overall.get(null), groups: split.keys.map((key) => grouped.get(key)) };
  };
  const filtered = await countsOf(query.where);
  const parents: PeriodEmployeeCounts[] = [];
  for (const left of query.where) parents.push(await countsOf(query.where.filter((filter) => filter !== left)));
  return hiddenFigures(filtered, parents);
}
