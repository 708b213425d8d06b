import { UsageError } from '../../errors/errors.js';
import type { Store } from '../../store/Store.js';
import { findWorkspace, type Workspace } from '../../store/workspaces.js';
import { parseWorkspaceName } from './accountFields.js';

/** Every workspace of the store, by name. */
export async function listWorkspaces(store: Store): Promise<Workspace[]> {
  const rows = await store.query<{ workspace_id: number; name: string; is_demo: boolean }>(
    'list workspaces',
    'select workspace_id, name, is_demo from workspaces order by name',
  );
  return rows.map((row) => ({ id: row.workspace_id, name: row.name, isDemo: row.is_demo }));
}

/** Creates an empty workspace; refuses a name that is taken or not a valid name. */
export async function createWorkspace(store: Store, name: string): Promise<Workspace> {
  const wanted = parseWorkspaceName(name);
  if ((await listWorkspaces(store)).some((workspace) => workspace.name === wanted)) {
    throw new UsageError({
      en: `The workspace ${JSON.stringify(wanted)} exists already.`,
      fr: `L'espace de travail ${JSON.stringify(wanted)} existe déjà.`,
    });
  }
  return findWorkspace(store, wanted, { create: true });
}
