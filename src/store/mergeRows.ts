import { emptyCopySql } from './queries/dialect.js';
import { type MergeCounts, mergeStagedRows } from './mergeStagedRows.js';
import type { KindSpec } from './schema/kinds.js';
import type { Session } from './Store.js';

/**
 * Writes `rows` (each giving every column of the kind's table after `workspace_id`, in the
 * table's order, as text or null) into one workspace inside the caller's transaction, through
 * the import's merge: staged in a temporary `import_typed` shaped like the table, then rows
 * whose id exists replaced and the others inserted, the maintained tables brought up to date
 * and `attributeKeys` recorded. What live collection and survey answers write with, so they
 * count exactly like imported rows.
 */
export async function mergeRows(
  session: Session,
  spec: KindSpec,
  columns: readonly string[],
  workspaceId: number,
  rows: readonly (readonly (string | null)[])[],
  attributeKeys: readonly string[],
): Promise<MergeCounts> {
  await session.execute('drop import_typed', 'drop table if exists import_typed');
  await session.execute('create import_typed', emptyCopySql(session.engine, 'import_typed', spec.table));
  await session.insertRows(
    'import_typed',
    rows.map((row) => [String(workspaceId), ...row]),
  );
  if (session.engine === 'postgres') await session.execute('analyze import_typed', 'analyze import_typed');
  return mergeStagedRows(session, spec, columns, attributeKeys, workspaceId, rows.length, { analyze: false });
}
