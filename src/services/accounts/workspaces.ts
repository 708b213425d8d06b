import { z } from 'zod';
import { StateError } from '../../errors/errors.js';
import { setMembership } from '../../store/accounts/memberships.js';
import type { Store } from '../../store/Store.js';
import { insertWorkspace, type Workspace } from '../../store/workspaces.js';
import { mustBe, zodRefusal } from '../validation/zodFields.js';
import { namingField, parseWorkspaceName } from './accountFields.js';

/** Every workspace of the store, by name. */
export async function listWorkspaces(store: Store): Promise<Workspace[]> {
  const rows = await store.query<{ workspace_id: number; name: string; is_demo: boolean }>(
    'list workspaces',
    'select workspace_id, name, is_demo from workspaces order by name',
  );
  return rows.map((row) => ({ id: row.workspace_id, name: row.name, isDemo: row.is_demo }));
}

/**
 * Creates an empty workspace and, when `adminId` is given, makes that user its admin in the
 * same transaction. Refuses a name that is not a valid workspace name (UsageError) or that
 * is taken (StateError), also when another request takes it at the same moment.
 */
export async function createWorkspace(store: Store, name: string, adminId?: number, now = new Date()): Promise<Workspace> {
  const wanted = parseWorkspaceName(name);
  const id = await store.transaction(async (session) => {
    const created = await insertWorkspace(session, wanted, false);
    if (created !== null && adminId !== undefined) await setMembership(session, created, adminId, 'admin', now);
    return created;
  });
  if (id === null) {
    throw new StateError({
      en: `The workspace ${JSON.stringify(wanted)} exists already.`,
      fr: `L'espace de travail ${JSON.stringify(wanted)} existe déjà.`,
    });
  }
  return { id, name: wanted, isDemo: false };
}

const NEW_WORKSPACE = z.strictObject({ name: z.string({ error: mustBe('a workspace name') }) }, { error: mustBe('a JSON object') });

/**
 * Creates the workspace of the body `{"name"}` with the user `adminId` as its admin (the web
 * app's `POST /api/workspaces`), by the rules of {@link createWorkspace}; a refused name is a
 * UsageError naming the field.
 */
export async function createWorkspaceFromBody(store: Store, adminId: number, body: unknown, now = new Date()): Promise<Workspace> {
  const parsed = NEW_WORKSPACE.safeParse(body);
  if (!parsed.success) throw zodRefusal(parsed.error.issues[0]!, 'The body', 'a new workspace', () => 'name');
  const name = namingField('name', () => parseWorkspaceName(parsed.data.name));
  return createWorkspace(store, name, adminId, now);
}
