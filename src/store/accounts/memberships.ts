import type { Session } from '../Store.js';
import { sqlTimestamp } from '../sqlTimestamp.js';

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
