import type { Me, Membership } from '../../api/types.js';

/** The roles in order of what they may do (docs/accounts.md, "Workspaces and roles"). */
const RANK: Record<Membership['role'], number> = { viewer: 0, editor: 1, admin: 2 };

/** The signed-in user's role in `workspace`, or null when they are not a member of it. */
export function roleIn(me: Me, workspace: string): Membership['role'] | null {
  return me.workspaces.find((one) => one.workspace === workspace)?.role ?? null;
}

/** Whether the user's role in `workspace` is `least` or above (an editor may import, an admin manage keys, members and settings). */
export function mayAct(me: Me, workspace: string, least: Membership['role']): boolean {
  const role = roleIn(me, workspace);
  return role !== null && RANK[role] >= RANK[least];
}

/** Whether the user is admin of at least one workspace, which lets them create another (POST /api/workspaces). */
export function adminSomewhere(me: Me): boolean {
  return me.workspaces.some((one) => one.role === 'admin');
}
