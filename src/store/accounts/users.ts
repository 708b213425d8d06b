import { lockUntilCommit } from '../lockUntilCommit.js';
import type { Session, Store } from '../Store.js';
import { isoSeconds } from '../timestampText.js';
import { sqlTimestamp } from '../sqlTimestamp.js';

/** A user as stored, with the hash of their password (never shown). */
export interface StoredUser {
  id: number;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: string;
}

/** What a new user is made of. */
export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
}

/** The key an e-mail address is unique by: lower case, so `Ana@Shop.fr` and `ana@shop.fr` are one account. */
export function emailKey(email: string): string {
  return email.toLowerCase();
}

/**
 * Adds a user and returns their id, inside `session`'s transaction: ids are the largest plus
 * one, taken under the users lock so processes sharing a PostgreSQL database never take the
 * same one. With `onlyIfNone`, adds them only when the store has no user yet (the first
 * admin), and returns null when it has one: two set-up forms sent at once make one admin.
 * An e-mail address already taken (in any case) also returns null.
 */
export async function insertUser(session: Session, user: NewUser, now: Date, { onlyIfNone = false } = {}): Promise<number | null> {
  await lockUntilCommit(session, 'users');
  const [taken] = await session.query<{ taken: boolean }>(
    'users taken',
    `select exists (select 1 from users where ${onlyIfNone ? 'true' : 'email_key = $key'}) as taken`,
    { key: emailKey(user.email) },
  );
  if (taken?.taken) return null;
  const [row] = await session.query<{ user_id: number }>(
    'add user',
    `insert into users (user_id, email, email_key, display_name, password_hash, created_at)
select coalesce(max(user_id), 0) + 1, $email, $key, $name, $hash, cast($now as timestamp) from users
returning user_id`,
    { email: user.email, key: emailKey(user.email), name: user.displayName, hash: user.passwordHash, now: sqlTimestamp(now) },
  );
  return row?.user_id ?? null;
}

/** The user with this e-mail address (in any case), or null. */
export async function findUserByEmail(store: Session, email: string): Promise<StoredUser | null> {
  const [row] = await store.query<UserRow>('find user by email', `select ${USER_COLUMNS} from users where email_key = $key`, { key: emailKey(email) });
  return row ? toUser(row) : null;
}

/** The user with this id, or null. */
export async function findUserById(store: Session, id: number): Promise<StoredUser | null> {
  const [row] = await store.query<UserRow>('find user by id', `select ${USER_COLUMNS} from users where user_id = $id`, { id });
  return row ? toUser(row) : null;
}

/** Every user, by e-mail address. */
export async function listUsers(store: Session): Promise<StoredUser[]> {
  const rows = await store.query<UserRow>('list users', `select ${USER_COLUMNS} from users order by email_key`);
  return rows.map(toUser);
}

/** Whether the store has any user yet (else `GET /` offers the first-admin set-up). */
export async function hasUsers(store: Session): Promise<boolean> {
  const [row] = await store.query<{ any: boolean }>('any user', 'select exists (select 1 from users) as any');
  return row?.any === true;
}

/** Replaces a user's password hash and ends every session they have (OWASP: a new password logs out everywhere). */
export async function replacePasswordHash(store: Store, id: number, passwordHash: string): Promise<void> {
  await store.transaction(async (session) => {
    await session.query('set password hash', 'update users set password_hash = $hash where user_id = $id', { id, hash: passwordHash });
    await session.query('end sessions of user', 'delete from auth_sessions where user_id = $id', { id });
  });
}

/** Removes a user with their memberships and sessions; false when there is no such user. */
export async function deleteUser(store: Store, id: number): Promise<boolean> {
  return store.transaction(async (session) => {
    await session.query('end sessions of user', 'delete from auth_sessions where user_id = $id', { id });
    await session.query('remove memberships of user', 'delete from memberships where user_id = $id', { id });
    const removed = await session.query('remove user', 'delete from users where user_id = $id returning user_id', { id });
    return removed.length > 0;
  });
}

const USER_COLUMNS = 'user_id, email, display_name, password_hash, cast(created_at as text) as created_at';

type UserRow = {
  user_id: number;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: string;
};

function toUser(row: UserRow): StoredUser {
  return { id: row.user_id, email: row.email, displayName: row.display_name, passwordHash: row.password_hash, createdAt: isoSeconds(row.created_at) };
}
