import { z } from 'zod';
import { StateError, UsageError } from '../../errors/errors.js';
import { listMembers, type Member } from '../../store/accounts/memberships.js';
import { findUserById } from '../../store/accounts/users.js';
import type { Store } from '../../store/Store.js';
import { findWorkspaceById, type Workspace } from '../../store/workspaces.js';
import { mustBe, zodRefusal } from '../validation/zodFields.js';
import { namingField, parseDisplayName, parseEmail, parseRole } from './accountFields.js';
import { changeMembership, noMember } from './memberships.js';
import { checkPassword } from './passwords.js';
import { findOrCreateUser } from './users.js';

/**
 * A workspace's members as its admins manage them from the web app (docs/accounts.md, "JSON
 * API for the web app"): the same rules as `barometre users` (the account fields, the
 * password rules, a workspace keeps an admin), with refusals that name the body's field.
 */

const TEXT = 'a text';

const NEW_MEMBER = z.strictObject(
  {
    email: z.string({ error: mustBe('an e-mail address') }),
    role: z.string({ error: mustBe('admin, editor or viewer') }),
    displayName: z.string({ error: mustBe(TEXT) }).optional(),
    password: z.string({ error: mustBe(TEXT) }).optional(),
  },
  { error: mustBe('a JSON object') },
);

const ROLE_CHANGE = z.strictObject({ role: z.string({ error: mustBe('admin, editor or viewer') }) }, { error: mustBe('a JSON object') });

/**
 * Adds a member from the body `{"email", "role", "displayName"?, "password"?}`: an existing
 * user by their e-mail address (without a password: they keep their own), or a new user,
 * created with the password and display name given. Returns the member.
 *
 * @throws UsageError naming the field at fault; StateError when they are a member already, or
 *   when a password is given for a user who has an account
 */
export async function addMember(store: Store, workspaceId: number, body: unknown, now = new Date()): Promise<Member> {
  const parsed = NEW_MEMBER.safeParse(body);
  if (!parsed.success) throw zodRefusal(parsed.error.issues[0]!, 'The body', 'a new member', () => Object.keys(NEW_MEMBER.shape).join(', '));
  const given = parsed.data;
  const email = namingField('email', () => parseEmail(given.email));
  const role = namingField('role', () => parseRole(given.role));
  if (given.displayName !== undefined) namingField('displayName', () => parseDisplayName(given.displayName, email));
  if (given.password !== undefined) namingField('password', () => checkPassword(given.password ?? ''));
  const missing = () =>
    new UsageError({ en: `password is required: ${email} has no account yet.`, fr: `password est requis : ${email} n'a pas encore de compte.` });
  const { user, created } = await findOrCreateUser(store, email, { displayName: given.displayName, password: async () => given.password, missing }, now);
  if (!created && given.password !== undefined) {
    throw new StateError({
      en: `${email} has an account already: add them without a password (they keep their own).`,
      fr: `${email} a déjà un compte : ajoutez-le sans mot de passe (il garde le sien).`,
    });
  }
  const workspace = await workspaceOf(store, workspaceId);
  await changeMembership(store, workspace, user, role, 'new', now);
  return member(store, workspaceId, user.id);
}

/**
 * Gives a member the role of the body `{"role"}`; refuses to take the admin role from the
 * workspace's only admin (StateError). Returns the member as they are after.
 *
 * @throws UsageError naming the field at fault; NotFoundError when `userId` is no member of the workspace
 */
export async function changeMemberRole(store: Store, workspaceId: number, userId: string, body: unknown): Promise<Member> {
  const parsed = ROLE_CHANGE.safeParse(body);
  if (!parsed.success) throw zodRefusal(parsed.error.issues[0]!, 'The body', 'a role change', () => 'role');
  const role = namingField('role', () => parseRole(parsed.data.role));
  const user = await memberUser(store, userId);
  await changeMembership(store, await workspaceOf(store, workspaceId), user, role, 'member');
  return member(store, workspaceId, user.id);
}

/**
 * Takes a member out of the workspace (their account and other workspaces stay); refuses to
 * remove the workspace's only admin (StateError).
 *
 * @throws NotFoundError when `userId` is no member of the workspace
 */
export async function removeMember(store: Store, workspaceId: number, userId: string): Promise<void> {
  const user = await memberUser(store, userId);
  await changeMembership(store, await workspaceOf(store, workspaceId), user, null, 'member');
}

/** The user a path's user id names; the refusal for a member the workspace does not have when it names nobody. */
async function memberUser(store: Store, userId: string): Promise<{ id: number; email: string }> {
  const user = /^\d{1,9}$/.test(userId) ? await findUserById(store, Number(userId)) : null;
  if (user === null) throw noMember(userId);
  return user;
}

async function workspaceOf(store: Store, workspaceId: number): Promise<Workspace> {
  const workspace = await findWorkspaceById(store, workspaceId);
  if (workspace === null) throw new Error(`The workspace ${workspaceId} passed its access check but cannot be read.`);
  return workspace;
}

async function member(store: Store, workspaceId: number, userId: number): Promise<Member> {
  const [found] = await listMembers(store, workspaceId, { id: userId });
  if (found === undefined) throw new Error(`The member ${userId} was written but cannot be read back.`);
  return found;
}
