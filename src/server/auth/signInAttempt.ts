import type { Context } from 'hono';
import { endSession, type LiveSession, startSession } from '../../services/accounts/sessions.js';
import { checkSignIn } from '../../services/accounts/signIn.js';
import type { StoredUser } from '../../store/accounts/users.js';
import type { AppEnv } from '../route.js';
import { clientAddress } from '../clientAddress.js';
import { sessionToken, setSessionCookie } from './sessionCookie.js';

/** How a sign-in attempt ended. */
export type SignInOutcome = { user: StoredUser; session: LiveSession } | { refused: 'wrong' } | { refused: 'limited'; retryAfter: number };

/**
 * One sign-in attempt, for the form and the API alike: refused before any password check
 * while the account or the client address is over its limit (SignInLimits); a wrong
 * address or password counts against both; a right one starts a new session (always a new
 * token, so a session id planted before sign-in is worthless; a session the browser held is
 * ended) and sets its cookie.
 */
export async function attemptSignIn(c: Context<AppEnv>, email: string, password: string): Promise<SignInOutcome> {
  const limits = c.get('signInLimits');
  const address = clientAddress(c);
  const retryAfter = limits.retryAfter(email, address);
  if (retryAfter > 0) return { refused: 'limited', retryAfter };
  const store = c.get('store');
  const user = await checkSignIn(store, email, password);
  if (user === null) {
    limits.failed(email, address);
    return { refused: 'wrong' };
  }
  limits.succeeded(email);
  const previous = sessionToken(c);
  if (previous !== undefined) await endSession(store, previous);
  const session = await startSession(store, user.id);
  setSessionCookie(c, session.token);
  return { user, session };
}
