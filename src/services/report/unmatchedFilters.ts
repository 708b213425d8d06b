import { anyRowInScope } from '../../store/queries/anyRowInScope.js';
import { loadFieldCatalog } from '../../store/queries/fieldCatalog.js';
import { type FieldFilter, rowScope } from '../../store/queries/rowScope.js';
import type { Store } from '../../store/Store.js';
import { STATISTICS_KINDS } from './statisticsSources.js';

/**
 * The filters, among `where`, that no row of the workspace satisfies on its own, at any date
 * and for any indicator — most often a value mistyped (`channel=wbe`), which would otherwise
 * give a report of empty indicators without a word. Each filter is tried alone, on every kind
 * of row the report reads, as the report applies it (own field, then the row's customer).
 * Call after the report, whose refresh brings the text analyses up to date.
 *
 * @example unmatchedFilters(store, 1, [{ field: 'channel', value: 'wbe' }]) // [{ field: 'channel', value: 'wbe' }]
 */
export async function unmatchedFilters(store: Store, workspaceId: number, where: readonly FieldFilter[]): Promise<FieldFilter[]> {
  if (where.length === 0) return [];
  const catalog = await loadFieldCatalog(store, workspaceId);
  const unmatched: FieldFilter[] = [];
  for (const filter of where) {
    let matched = false;
    for (const kind of STATISTICS_KINDS) {
      const scope = rowScope(kind, { where: [filter], by: null }, catalog);
      if (scope !== null && (await anyRowInScope(store, workspaceId, kind, scope))) {
        matched = true;
        break;
      }
    }
    if (!matched) unmatched.push(filter);
  }
  return unmatched;
}
