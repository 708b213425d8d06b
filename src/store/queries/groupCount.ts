import type { ImportKind } from '../schema/kinds.js';
import type { Session, SqlValue } from '../Store.js';
import type { RowScope } from './rowScope.js';

/** The rows of one kind a split report reads, with how --where narrows them and --by splits them. */
export interface ScopedKind {
  kind: ImportKind;
  scope: RowScope;
}

/**
 * Counts the distinct values the --by field takes over the workspace's rows of the given
 * kinds that the --where filters keep, whatever their dates (rows without a value aside):
 * one cheap query, run before a split so that a field like an id is refused before the
 * statistics queries build one group per row.
 */
export async function groupCount(session: Session, workspaceId: number, kinds: readonly ScopedKind[]): Promise<number> {
  if (kinds.length === 0) return 0;
  const params: Record<string, SqlValue> = { workspace: workspaceId };
  const selects = kinds.map(({ kind, scope }) => {
    Object.assign(params, scope.params);
    return `select ${scope.groupKey} as group_key from ${kind} t ${scope.joins} where t.workspace_id = $workspace${scope.filter}`;
  });
  const [row] = await session.query<{ groups: number }>(
    'group count',
    `select count(*) as groups from (${selects.join('\nunion\n')}) as keys where group_key is not null`,
    params,
  );
  return row?.groups ?? 0;
}
