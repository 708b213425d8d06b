import { employeeCounts } from '../../../store/queries/employeeCounts.js';
import { likertItems } from '../../../store/queries/engagementStatistics.js';
import type { FieldCatalog } from '../../../store/queries/fieldCatalog.js';
import type { BoundPeriod } from '../../../store/queries/QueryContext.js';
import { type RowSelection, rowScope } from '../../../store/queries/rowScope.js';
import type { Store } from '../../../store/Store.js';
import { hiddenFigures, type PeriodEmployeeCounts, type PeriodHiddenFigures } from './employeeAnonymity.js';

/**
 * The employee figures a period's report hides ({@link hiddenFigures}): counts the employees
 * behind each figure over the responses --where keeps, overall and (with `groupKeys`, the
 * report's groups in order) per --by group, and with --where the same without it. Null when
 * responses have none of the query's fields or the period is empty: no employee figure is shown.
 */
export async function periodHiddenFigures(
  store: Store,
  workspaceId: number,
  query: RowSelection,
  catalog: FieldCatalog,
  period: BoundPeriod | null,
  groupKeys: readonly (string | null)[] | null,
): Promise<PeriodHiddenFigures | null> {
  if (period === null || rowScope('responses', { where: query.where, by: null }, catalog) === null) return null;
  const items = await likertItems(store, workspaceId);
  const countsOf = async (where: RowSelection['where']): Promise<PeriodEmployeeCounts> => {
    const overall = await employeeCounts({ session: store, workspaceId, period, scope: rowScope('responses', { where, by: null }, catalog)! }, items);
    const split = groupKeys === null || query.by === null ? null : rowScope('responses', { where, by: query.by }, catalog);
    if (split === null || groupKeys === null) return { overall: overall.get(null), groups: null };
    const grouped = await employeeCounts({ session: store, workspaceId, period, scope: split }, items);
    return { overall: overall.get(null), groups: groupKeys.map((key) => grouped.get(key)) };
  };
  const filtered = await countsOf(query.where);
  return hiddenFigures(filtered, query.where.length === 0 ? null : await countsOf([]));
}
