import { NotFoundError, UsageError } from '../../errors/errors.js';
import { type Membership, membershipsOf, type Role, workspacesOnlyAdministeredBy } from '../../store/accounts/memberships.js';
import { deleteUser, findUserByEmail, insertUser, listUsers, replacePasswordHash, type StoredUser } from '../../store/accounts/users.js';
import type { Store } from '../../store/Store.js';
import { findWorkspace } from '../../store/workspaces.js';
import { parseDisplayName, parseEmail } from './accountFields.js';
import { changeMembership } from './memberships.js';
import { hashPassword } from './passwords.js';

/** A user as shown (CLI, API): never their password hash. */
export interface User {
  id: number;
  email: string;
  displayName: string;
  createdAt: string;
  workspaces: Membership[];
}

/** What `users add` asks for. */
export interface AddUser {
  email: string;
  role: Role;
  /** The workspace's name; it must exist. */
  workspace: string;
  displayName?: string | undefined;
  /** Asked only when the user is new: an existing user keeps their password. */
  password: () => Promise<string | undefined>;
}

/**
 * Gives `email` the role in the workspace: a new user is created first (their password is
 * then required, checked and hashed), an existing one gets the role there (replacing the one
 * they had, unless that takes the admin role from the workspace's only admin). Returns the
 * user and whether they were created.
 */
export async function addUser(store: Store, request: AddUser, now = new Date()): Promise<{ user: User; created: boolean }> {
  const email = parseEmail(request.email);
  const workspace = await findWorkspace(store, request.workspace);
  const missing = () =>
    new UsageError({
      en: `A new user needs a password: set BAROMETRE_PASSWORD, or run the command in a terminal to type it.`,
      fr: `Un nouvel utilisateur a besoin d'un mot de passe : définissez BAROMETRE_PASSWORD, ou lancez la commande dans un terminal pour le saisir.`,
    });
  const { user, created } = await findOrCreateUser(store, email, { displayName: request.displayName, password: request.password, missing }, now);
  await changeMembership(store, workspace, user, request.role, 'either', now);
  return { user: await shown(store, user), created };
}

/** What a user is made of when {@link findOrCreateUser} has to create them. */
export interface UserToCreate {
  displayName?: string | undefined;
  /** Asked only when the user is new. */
  password: () => Promise<string | undefined>;
  /** The refusal when the user is new and `password` gives none. */
  missing: () => Error;
}

/**
 * The user with the e-mail address `email` (as {@link parseEmail} returns it), created when
 * there is none: their display name ({@link parseDisplayName}) and password (the password
 * rules, then hashed) are checked first. `created` is false when the user existed, or when
 * another request created them meanwhile (its password, not this one, is theirs).
 */
export async function findOrCreateUser(store: Store, email: string, wanted: UserToCreate, now: Date): Promise<{ user: StoredUser; created: boolean }> {
  const existing = await findUserByEmail(store, email);
  if (existing !== null) return { user: existing, created: false };
  const displayName = parseDisplayName(wanted.displayName, email);
  const password = await wanted.password();
  if (password === undefined) throw wanted.missing();
  const passwordHash = await hashPassword(password);
  const id = await store.transaction((session) => insertUser(session, { email, displayName, passwordHash }, now));
  const user = await findUserByEmail(store, email);
  if (user === null) throw new Error(`The user ${email} was added but cannot be read back.`);
  return { user, created: id !== null };
}

/** Every user with their workspaces and roles, by e-mail address. */
export async function listUsersWithRoles(store: Store): Promise<User[]> {
  return Promise.all((await listUsers(store)).map((user) => shown(store, user)));
}

/**
 * Gives the user with this e-mail address a new password (checked and hashed like any) and
 * ends all their sessions, so a stolen session or an old password opens nothing afterwards.
 */
export async function changePassword(store: Store, email: string, password: () => Promise<string | undefined>): Promise<void> {
  const user = await findUserByEmail(store, parseEmail(email));
  if (user === null) throw new NotFoundError({ en: `There is no user ${JSON.stringify(email)}.`, fr: `Il n'y a pas d'utilisateur ${JSON.stringify(email)}.` });
  const given = await password();
  if (given === undefined) {
    throw new UsageError({
      en: 'A new password is needed: set BAROMETRE_PASSWORD, or run the command in a terminal to type it.',
      fr: 'Un nouveau mot de passe est nécessaire : définissez BAROMETRE_PASSWORD, ou lancez la commande dans un terminal pour le saisir.',
    });
  }
  await replacePasswordHash(store, user.id, await hashPassword(given));
}

/**
 * Removes the user with this e-mail address, their memberships and their sessions — unless
 * they are the last admin of a workspace that has other members (make another admin first).
 */
export async function removeUser(store: Store, email: string): Promise<void> {
  const user = await findUserByEmail(store, parseEmail(email));
  const orphaned = user === null ? [] : await workspacesOnlyAdministeredBy(store, user.id);
  if (orphaned.length > 0) {
    const names = orphaned.map((name) => JSON.stringify(name)).join(', ');
    throw new UsageError({
      en: `${email} is the only admin of ${names}, which has other members: make one of them admin first (barometre users add EMAIL --role admin --workspace NAME).`,
      fr: `${email} est le seul admin de ${names}, qui a d'autres membres : nommez d'abord l'un d'eux admin (barometre users add EMAIL --role admin --workspace NOM).`,
    });
  }
  if (user === null || !(await deleteUser(store, user.id))) {
    throw new NotFoundError({ en: `There is no user ${JSON.stringify(email)}.`, fr: `Il n'y a pas d'utilisateur ${JSON.stringify(email)}.` });
  }
}

/** A stored user as shown, with their workspaces. */
async function shown(store: Store, user: StoredUser): Promise<User> {
  return { id: user.id, email: user.email, displayName: user.displayName, createdAt: user.createdAt, workspaces: await membershipsOf(store, user.id) };
}
