import { startSession } from '../services/accounts/sessions.js';
import { addUser } from '../services/accounts/users.js';
import { createApp } from '../server/createApp.js';
import type { Role } from '../store/accounts/memberships.js';
import type { Store } from '../store/Store.js';
import { type Browser, browser } from './cookieJar.js';

/** A member of a workspace signed in to an app over the store: a browser carrying the session's cookie, and the headers a JSON client sends. */
export interface SignedIn {
  app: ReturnType<typeof createApp>;
  userId: number;
  /** A browser with the session cookie (pages and forms). */
  browser: Browser;
  /** The session cookie, its CSRF token and `Content-Type: application/json` (JSON routes). */
  headers: { cookie: string; 'x-csrf-token': string; 'content-type': string };
}

/** Adds a member with `role` to `workspace` (`shop` unless given) and signs them in to a new app over `store`. */
export async function signedIn(
  store: Store,
  role: Role,
  { email = `${role}@shop.fr`, workspace = 'shop', displayName }: { email?: string; workspace?: string; displayName?: string } = {},
): Promise<SignedIn> {
  const { user } = await addUser(store, {
    email,
    role,
    workspace,
    password: async () => 'correct horse battery',
    ...(displayName === undefined ? {} : { displayName }),
  });
  const { token, csrfToken } = await startSession(store, user.id);
  const app = createApp(store);
  const client = browser(app);
  client.cookies.set('brm_session', token);
  return { app, userId: user.id, browser: client, headers: { cookie: `brm_session=${token}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' } };
}
