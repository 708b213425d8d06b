import { type Localised, NotFoundError } from '../errors/errors.js';
import { lockUntilCommit } from './lockUntilCommit.js';
import type { Session, Store } from './Store.js';

export interface Workspace {
  id: number;
  name: string;
  isDemo: boolean;
}

/**
 * Finds the workspace called `name`; with `create`, makes it when missing
 * ({@link insertWorkspace}). Without `create`, a missing workspace is a NotFoundError.
 */
export async function findWorkspace(store: Store, name: string, options: { create?: boolean; demo?: boolean } = {}): Promise<Workspace> {
  const found = await lookup(store, name);
  if (found) return found;
  if (!options.create) throw new NotFoundError(await missingWorkspaceMessage(store, name));
  await store.transaction((session) => insertWorkspace(session, name, options.demo ?? false));
  const created = await lookup(store, name);
  if (!created) throw new Error(`The workspace ${name} was created but cannot be read back.`);
  return created;
}

/** The name of the workspace `id`, or undefined when there is none. */
export async function workspaceNameOf(store: Store, id: number): Promise<string | undefined> {
  const [row] = await store.query<{ name: string }>('name of workspace', 'select name from workspaces where workspace_id = $id', { id });
  return row?.name;
}

/**
 * Adds the workspace `name` inside `session`'s transaction and returns its id, or null when
 * a workspace has that name already. Ids are small integers, the largest plus one, numbered
 * under the workspaces lock so that processes creating workspaces at once never take the
 * same id, and only one of two creating the same name gets it.
 */
export async function insertWorkspace(session: Session, name: string, demo: boolean): Promise<number | null> {
  // Another process may be creating workspaces too: take turns, then create only if it did not.
  await lockUntilCommit(session, 'workspaces');
  const [row] = await session.query<{ workspace_id: number }>(
    'create workspace',
    `insert into workspaces (workspace_id, name, is_demo, created_at)
select next_id, $name, $demo, current_timestamp::timestamp
from (select coalesce(max(workspace_id), 0) + 1 as next_id from workspaces) as next
where not exists (select 1 from workspaces where name = $name)
returning workspace_id`,
    { name, demo },
  );
  return row?.workspace_id ?? null;
}

/** The workspace with this id, or null. */
export async function findWorkspaceById(session: Session, id: number): Promise<Workspace | null> {
  const sql = 'select name, is_demo from workspaces where workspace_id = $id';
  const [row] = await session.query<{ name: string; is_demo: boolean }>('find workspace by id', sql, { id });
  return row ? { id, name: row.name, isDemo: row.is_demo } : null;
}

/**
 * Runs `write` on the workspace `name`, creating it when missing. When this call created it
 * and `write` failed or wrote nothing (`wroteNothing`: a refused import), the workspace is
 * removed again, so that a refusal leaves no trace — unless some other process wrote into it
 * meanwhile (checked under the workspaces lock, over every table with a workspace_id).
 */
export async function inWorkspaceForWriting<T>(
  store: Store,
  name: string,
  write: (workspace: Workspace) => Promise<T>,
  wroteNothing: (result: T) => boolean,
): Promise<T> {
  const existing = await lookup(store, name);
  const workspace = existing ?? (await findWorkspace(store, name, { create: true }));
  let result: T;
  try {
    result = await write(workspace);
  } catch (error) {
    if (existing === null) await removeIfEmpty(store, workspace.id);
    throw error;
  }
  if (existing === null && wroteNothing(result)) await removeIfEmpty(store, workspace.id);
  return result;
}

/** Deletes the workspace `id` when no table holds a row of it. */
async function removeIfEmpty(store: Store, id: number): Promise<void> {
  await store.transaction(async (session) => {
    await lockUntilCommit(session, 'workspaces');
    const tables = await session.query<{ table_name: string }>(
      'tables with workspace rows',
      `select distinct table_name from information_schema.columns
where column_name = 'workspace_id' and table_name <> 'workspaces' and table_schema = current_schema()`,
    );
    const holds = tables.map((table) => `select 1 from ${table.table_name} where workspace_id = $id`).join(' union all ');
    const [used] = await session.query<{ used: boolean }>('workspace used', `select exists (${holds}) as used`, { id });
    if (!used?.used) await session.query('remove unused workspace', 'delete from workspaces where workspace_id = $id', { id });
  });
}

async function lookup(store: Store, name: string): Promise<Workspace | null> {
  const [row] = await store.query<{ workspace_id: number; is_demo: boolean }>(
    'find workspace',
    'select workspace_id, is_demo from workspaces where name = $name',
    { name },
  );
  return row ? { id: row.workspace_id, name, isDemo: row.is_demo } : null;
}

/** Says, in English and French, that `name` is not a workspace of the store, and which ones are (or that there are none yet). */
async function missingWorkspaceMessage(store: Store, name: string): Promise<Localised> {
  const rows = await store.query<{ name: string }>('list workspace names', 'select name from workspaces order by name');
  const names = rows.map((row) => JSON.stringify(row.name)).join(', ');
  const none = rows.length === 0;
  return {
    en: `There is no workspace named ${JSON.stringify(name)} in ${store.location}; ${none ? 'it has none yet: import a file, run barometre demo, or create one with barometre workspaces create NAME' : `its workspaces are ${names}`}.`,
    fr: `Il n'y a pas d'espace de travail nommé ${JSON.stringify(name)} dans ${store.location} ; ${none ? "la base n'en a encore aucun : importez un fichier, lancez barometre demo, ou créez-en un avec barometre workspaces create NOM" : `ses espaces de travail sont ${names}`}.`,
  };
}
