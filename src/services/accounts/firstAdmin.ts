import { insertUser } from '../../store/accounts/users.js';
import { sqlTimestamp } from '../../store/sqlTimestamp.js';
import type { Store } from '../../store/Store.js';
import { findWorkspace } from '../../store/workspaces.js';
import { parseDisplayName, parseEmail } from './accountFields.js';
import { hashPassword } from './passwords.js';

/** The workspace the first admin gets when the store has none. */
export const FIRST_WORKSPACE = 'default';

/**
 * Creates the first user, admin of every workspace of the store (of a new `default` one
 * when there is none), and returns their id; or null when the store already has a user,
 * even if another set-up form created them a moment ago: the check and the insert run in
 * one transaction under the users lock (PostgreSQL), or one at a time (DuckDB). There is no
 * default account and no default password: this is the only way in on a new install.
 */
export async function createFirstAdmin(
  store: Store,
  given: { email: string; password: string; displayName?: string | undefined },
  now = new Date(),
): Promise<number | null> {
  const email = parseEmail(given.email);
  const user = { email, displayName: parseDisplayName(given.displayName, email), passwordHash: await hashPassword(given.password) };
  const [any] = await store.query<{ n: number }>('count workspaces', 'select count(*) as n from workspaces');
  if ((any?.n ?? 0) === 0) await findWorkspace(store, FIRST_WORKSPACE, { create: true });
  return store.transaction(async (session) => {
    const id = await insertUser(session, user, now, { onlyIfNone: true });
    if (id === null) return null;
    await session.query(
      'first admin memberships',
      `insert into memberships (workspace_id, user_id, role, created_at) select workspace_id, $user, 'admin', cast($now as timestamp) from workspaces`,
      { user: id, now: sqlTimestamp(now) },
    );
    return id;
  });
}
