import { NotFoundError, StateError } from '../../errors/errors.js';
import { isOnlyAdmin, listMembers, type Role, removeMembership, setMembership } from '../../store/accounts/memberships.js';
import { lockUntilCommit } from '../../store/lockUntilCommit.js';
import type { Store } from '../../store/Store.js';
import type { Workspace } from '../../store/workspaces.js';

/** Who a membership change is about. */
export interface MembershipUser {
  id: number;
  email: string;
}

/**
 * What the user must be before the change: `new` (not a member yet: adding), `member`
 * (changing or removing a role), `either` (the command line's `users add`, which adds or
 * replaces).
 */
export type MembershipBefore = 'new' | 'member' | 'either';

/**
 * Gives `user` the role `role` in `workspace`, or takes them out of it when `role` is null,
 * under the workspace's memberships lock (so that two admins demoting each other at once
 * cannot both succeed). Refuses with a StateError when the user is a member already and
 * `before` is `new`, with a NotFoundError when they are not one and `before` is `member`, and
 * with a StateError when they are the workspace's only admin and the change takes that role
 * away: a workspace always keeps an admin to manage its keys and members from the app.
 */
export async function changeMembership(
  store: Store,
  workspace: Pick<Workspace, 'id' | 'name'>,
  user: MembershipUser,
  role: Role | null,
  before: MembershipBefore,
  now = new Date(),
): Promise<void> {
  await store.transaction(async (session) => {
    await lockUntilCommit(session, 'memberships', workspace.id);
    const [current] = await listMembers(session, workspace.id, { id: user.id });
    if (current !== undefined && before === 'new') {
      throw new StateError({
        en: `${user.email} is already a member of ${JSON.stringify(workspace.name)} (${current.role}): change their role instead.`,
        fr: `${user.email} est déjà membre de ${JSON.stringify(workspace.name)} (${current.role}) : changez plutôt son rôle.`,
      });
    }
    if (current === undefined && before === 'member') throw noMember(user.id);
    if (current?.role === 'admin' && role !== 'admin' && (await isOnlyAdmin(session, workspace.id, user.id))) {
      throw new StateError({
        en: `${user.email} is the only admin of ${JSON.stringify(workspace.name)}: make another member admin first.`,
        fr: `${user.email} est le seul admin de ${JSON.stringify(workspace.name)} : nommez d'abord un autre membre admin.`,
      });
    }
    if (role === null) await removeMembership(session, workspace.id, user.id);
    else await setMembership(session, workspace.id, user.id, role, now);
  });
}

/** The refusal for a user id that is no member of the workspace (whether or not such a user exists). */
export function noMember(userId: number | string): NotFoundError {
  return new NotFoundError({
    en: `The workspace has no member with user id ${JSON.stringify(String(userId))}.`,
    fr: `L'espace de travail n'a pas de membre d'identifiant ${JSON.stringify(String(userId))}.`,
  });
}
