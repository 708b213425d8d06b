import { findUserByEmail, type StoredUser } from '../../store/accounts/users.js';
import type { Store } from '../../store/Store.js';
import { verifyAgainstDecoy, verifyPassword } from './passwords.js';

/**
 * The user whose e-mail address (in any case) and password these are, or null. An unknown
 * address costs the same password check as a wrong password (verifyAgainstDecoy), and both
 * answer null, so neither the answer nor its time tells whether the address has an account.
 */
export async function checkSignIn(store: Store, email: string, password: string): Promise<StoredUser | null> {
  const user = await findUserByEmail(store, email.trim());
  if (user === null) return verifyAgainstDecoy(password).then(() => null);
  return (await verifyPassword(user.passwordHash, password)) ? user : null;
}
