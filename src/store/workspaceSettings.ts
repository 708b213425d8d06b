import { sqlTimestamp } from './sqlTimestamp.js';
import type { Session } from './Store.js';

/** Every setting of the workspace, by key, in key order. */
export async function readWorkspaceSettings(session: Session, workspaceId: number): Promise<Record<string, string>> {
  const rows = await session.query<{ key: string; value: string }>(
    'read workspace settings',
    'select key, value from workspace_settings where workspace_id = $workspace order by key',
    { workspace: workspaceId },
  );
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/** Sets one setting of the workspace, replacing its value if it had one. */
export async function writeWorkspaceSetting(session: Session, workspaceId: number, key: string, value: string, now: Date): Promise<void> {
  await session.query(
    'write workspace setting',
    `insert into workspace_settings (workspace_id, key, value, updated_at) values ($workspace, $key, $value, cast($now as timestamp))
on conflict (workspace_id, key) do update set value = excluded.value, updated_at = excluded.updated_at`,
    { workspace: workspaceId, key, value, now: sqlTimestamp(now) },
  );
}

/** Removes one setting of the workspace; false when it was not set. */
export async function removeWorkspaceSetting(session: Session, workspaceId: number, key: string): Promise<boolean> {
  const removed = await session.query(
    'remove workspace setting',
    'delete from workspace_settings where workspace_id = $workspace and key = $key returning key',
    { workspace: workspaceId, key },
  );
  return removed.length > 0;
}

/** The ids of the workspaces that have the setting `key`, in order. */
export async function workspacesWithSetting(session: Session, key: string): Promise<number[]> {
  const rows = await session.query<{ workspace_id: number }>(
    'workspaces with setting',
    'select workspace_id from workspace_settings where key = $key order by workspace_id',
    { key },
  );
  return rows.map((row) => row.workspace_id);
}
