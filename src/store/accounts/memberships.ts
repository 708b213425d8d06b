import type { Session } from '../Store.js';
import { sqlTimestamp } from '../sqlTimestamp.js';
import { isoSeconds } from '../timestampText.js';
import { emailKey } from './users.js';

/** What a member may do in a workspace (docs/accounts.md): admin > editor > viewer. */
export const ROLES = ['admin', 'editor', 'viewer'] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** A user's role in one workspace. */
export interface Membership {
  workspaceId: number;
  workspace: string;
  role: Role;
}

/** A member of a workspace, as the members list shows them. */
export interface Member {
  userId: number;
  email: string;
  displayName: string;
  role: Role;
  /** When they were first given a role in the workspace: ISO 8601 to the second, UTC. */
  addedAt: string;
}

/** Gives a user a role in a workspace, replacing the role they had there. */
export async function setMembership(store: Session, workspaceId: number, userId: number, role: Role, now: Date): Promise<void> {
  await store.query(
    'set membership',
    `insert into memberships (workspace_id, user_id, role, created_at) values ($workspace, $user, $role, cast($now as timestamp))
on conflict (workspace_id, user_id) do update set role = excluded.role`,
    { workspace: workspaceId, user: userId, role, now: sqlTimestamp(now) },
  );
}

/** The workspaces a user belongs to, by name, with their role in each. */
export async function membershipsOf(store: Session, userId: number): Promise<Membership[]> {
  const rows = await store.query<{ workspace_id: number; name: string; role: Role }>(
    'memberships of user',
    `select m.workspace_id, w.name, m.role from memberships m join workspaces w on w.workspace_id = m.workspace_id
where m.user_id = $user order by w.name`,
    { user: userId },
  );
  return rows.map((row) => ({ workspaceId: row.workspace_id, workspace: row.name, role: row.role }));
}

/**
 * The workspaces where `userId` is the only admin although other people are members: removing
 * them, or taking their admin role, would leave those members with nobody to manage keys
 * and users from the app.
 */
export async function workspacesOnlyAdministeredBy(store: Session, userId: number): Promise<string[]> {
  const rows = await store.query<{ name: string }>(
    'workspaces only administered by user',
    `select w.name from workspaces w
where exists (select 1 from memberships m where m.workspace_id = w.workspace_id and m.user_id = $user and m.role = 'admin')
  and not exists (select 1 from memberships m where m.workspace_id = w.workspace_id and m.user_id <> $user and m.role = 'admin')
  and exists (select 1 from memberships m where m.workspace_id = w.workspace_id and m.user_id <> $user)
order by w.name`,
    { user: userId },
  );
  return rows.map((row) => row.name);
}

/**
 * The workspace's members (any role), by e-mail address; with `who`, only the member with
 * that user id or e-mail address (in any case), when they are one.
 */
export async function listMembers(session: Session, workspaceId: number, who?: { id: number } | { email: string }): Promise<Member[]> {
  const only = who === undefined ? '' : 'id' in who ? 'and u.user_id = $id' : 'and u.email_key = $key';
  const rows = await session.query<{ user_id: number; email: string; display_name: string; role: Role; added_at: string }>(
    'list workspace members',
    `select u.user_id, u.email, u.display_name, m.role, cast(m.created_at as text) as added_at
from users u join memberships m on m.user_id = u.user_id
where m.workspace_id = $workspace ${only} order by u.email_key`,
    { workspace: workspaceId, ...(who === undefined ? {} : 'id' in who ? { id: who.id } : { key: emailKey(who.email) }) },
  );
  return rows.map((row) => ({ userId: row.user_id, email: row.email, displayName: row.display_name, role: row.role, addedAt: isoSeconds(row.added_at) }));
}

/** Takes a user out of a workspace (their account stays); false when they were not a member. */
export async function removeMembership(session: Session, workspaceId: number, userId: number): Promise<boolean> {
  const removed = await session.query('remove membership', 'delete from memberships where workspace_id = $workspace and user_id = $user returning user_id', {
    workspace: workspaceId,
    user: userId,
  });
  return removed.length > 0;
}

/** Whether `userId` is an admin of the workspace and nobody else is. */
export async function isOnlyAdmin(session: Session, workspaceId: number, userId: number): Promise<boolean> {
  const [row] = await session.query<{ only: boolean }>(
    'only admin of workspace',
    `select exists (select 1 from memberships where workspace_id = $workspace and user_id = $user and role = 'admin')
  and not exists (select 1 from memberships where workspace_id = $workspace and user_id <> $user and role = 'admin') as only`,
    { workspace: workspaceId, user: userId },
  );
  return row?.only === true;
}
