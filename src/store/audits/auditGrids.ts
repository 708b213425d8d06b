import { sqlTimestamp } from '../sqlTimestamp.js';
import type { Session } from '../Store.js';
import { isoSeconds } from '../timestampText.js';

/** An audit grid as stored: its definition is the JSON the service checked before writing it. */
export interface StoredAuditGrid {
  id: string;
  name: string;
  definition: unknown;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** The type of the definition column on each engine. */
const jsonType = (session: Session) => (session.engine === 'duckdb' ? 'json' : 'jsonb');

const COLUMNS = `grid_id, name, cast(definition as text) as definition, cast(created_at as text) as created_at,
cast(updated_at as text) as updated_at, cast(archived_at as text) as archived_at`;

interface GridRow {
  grid_id: string;
  name: string;
  definition: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

function gridOf(row: GridRow): StoredAuditGrid {
  return {
    id: row.grid_id,
    name: row.name,
    definition: JSON.parse(row.definition),
    createdAt: isoSeconds(row.created_at),
    updatedAt: isoSeconds(row.updated_at),
    archivedAt: row.archived_at === null ? null : isoSeconds(row.archived_at),
  };
}

/** Stores a new grid `id` of the workspace with its name and definition, made at `now`. */
export async function insertAuditGrid(
  session: Session,
  workspaceId: number,
  grid: { id: string; name: string; definition: unknown },
  now: Date,
): Promise<void> {
  await session.query(
    'create audit grid',
    `insert into audit_grids (workspace_id, grid_id, name, definition, created_at, updated_at)
values ($workspace, $id, $name, cast($definition as ${jsonType(session)}), cast($now as timestamp), cast($now as timestamp))`,
    { workspace: workspaceId, id: grid.id, name: grid.name, definition: JSON.stringify(grid.definition), now: sqlTimestamp(now) },
  );
}

/** The grids of a workspace, archived ones included, oldest first. */
export async function listAuditGrids(session: Session, workspaceId: number): Promise<StoredAuditGrid[]> {
  const rows = await session.query<GridRow & Record<string, unknown>>(
    'list audit grids',
    `select ${COLUMNS} from audit_grids where workspace_id = $workspace order by created_at, grid_id`,
    { workspace: workspaceId },
  );
  return rows.map(gridOf);
}

/** The workspace's grid `id`, or null when it has none of that id. */
export async function findAuditGrid(session: Session, workspaceId: number, id: string): Promise<StoredAuditGrid | null> {
  const [row] = await session.query<GridRow & Record<string, unknown>>(
    'find audit grid',
    `select ${COLUMNS} from audit_grids where workspace_id = $workspace and grid_id = $id`,
    { workspace: workspaceId, id },
  );
  return row === undefined ? null : gridOf(row);
}

/** Replaces the name and definition of the workspace's grid `id` at `now`; false when it has none of that id. */
export async function updateAuditGrid(
  session: Session,
  workspaceId: number,
  grid: { id: string; name: string; definition: unknown },
  now: Date,
): Promise<boolean> {
  const rows = await session.query(
    'update audit grid',
    `update audit_grids set name = $name, definition = cast($definition as ${jsonType(session)}), updated_at = cast($now as timestamp)
where workspace_id = $workspace and grid_id = $id returning grid_id`,
    { workspace: workspaceId, id: grid.id, name: grid.name, definition: JSON.stringify(grid.definition), now: sqlTimestamp(now) },
  );
  return rows.length > 0;
}

/** Archives the workspace's grid `id` at `now` (an archived one keeps its first date); false when it has none of that id. */
export async function archiveAuditGrid(session: Session, workspaceId: number, id: string, now: Date): Promise<boolean> {
  const rows = await session.query(
    'archive audit grid',
    `update audit_grids set archived_at = coalesce(archived_at, cast($now as timestamp))
where workspace_id = $workspace and grid_id = $id returning grid_id`,
    { workspace: workspaceId, id, now: sqlTimestamp(now) },
  );
  return rows.length > 0;
}
