import { NotFoundError } from '../errors/errors.js';
import type { Store } from './Store.js';

export interface Workspace {
  id: number;
  name: string;
  isDemo: boolean;
}

/**
 * Finds the workspace called `name`; with `create`, makes it when missing (ids are small
 * integers, the largest plus one). Without `create`, a missing workspace is a NotFoundError.
 */
export async function findWorkspace(store: Store, name: string, options: { create?: boolean; demo?: boolean } = {}): Promise<Workspace> {
  const found = await lookup(store, name);
  if (found) return found;
  if (!options.create) throw new NotFoundError(`There is no workspace named ${JSON.stringify(name)} in ${store.location}.`);
  await store.transaction(async (session) => {
    await session.query(
      'create workspace',
      `insert into workspaces (workspace_id, name, is_demo, created_at)
select coalesce(max(workspace_id), 0) + 1, $name, $demo, current_timestamp::timestamp from workspaces`,
      { name, demo: options.demo ?? false },
    );
  });
  const created = await lookup(store, name);
  if (!created) throw new Error(`The workspace ${name} was created but cannot be read back.`);
  return created;
}

async function lookup(store: Store, name: string): Promise<Workspace | null> {
  const [row] = await store.query<{ workspace_id: number; is_demo: boolean }>(
    'find workspace',
    'select workspace_id, is_demo from workspaces where name = $name',
    { name },
  );
  return row ? { id: row.workspace_id, name, isDemo: row.is_demo } : null;
}
