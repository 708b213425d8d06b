import { type ImportKind, KINDS } from '../schema/kinds.js';
import type { Session } from '../Store.js';
import type { RowScope } from './rowScope.js';

/**
 * Whether at least one row of `kind` in the workspace passes the scope's filters, whatever
 * its date: one `exists` probe, which stops at the first match.
 */
export async function anyRowInScope(session: Session, workspaceId: number, kind: ImportKind, scope: RowScope): Promise<boolean> {
  const [row] = await session.query<{ found: boolean }>(
    `any ${kind} in scope`,
    `select exists (select 1 from ${KINDS[kind].table} t ${scope.joins} where t.workspace_id = $workspace${scope.filter}) as found`,
    { ...scope.params, workspace: workspaceId },
  );
  return row?.found === true;
}
