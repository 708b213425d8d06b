import { createHash, createHmac, randomBytes } from 'node:crypto';
import { deleteDeadSessions, deleteSession, findLiveSession, insertSession, touchSession } from '../../store/accounts/authSessions.js';
import type { Store } from '../../store/Store.js';

/**
 * A session ends after 30 minutes without a request (OWASP Session Management Cheat Sheet,
 * "Idle Timeout": 15–30 minutes for low-risk applications) ...
 */
export const SESSION_IDLE_MS = 30 * 60_000;

/** ... and 8 hours after sign-in whatever happens (same cheat sheet, "Absolute Timeout": 4–8 hours for a tool used through a working day). */
export const SESSION_ABSOLUTE_MS = 8 * 3_600_000;

/** How long a session's last-seen time may lag before a request writes it again: one write a minute per session, not one per request. */
const TOUCH_EVERY_MS = 60_000;

/** A session token: 256 random bits, base64url (OWASP: at least 64 bits of entropy). */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A signed-in session, as a request finds it. */
export interface LiveSession {
  userId: number;
  /** The token the browser holds (its cookie); the store has only its hash. */
  token: string;
  /** The session's CSRF token, which state-changing requests must send back (docs/accounts.md). */
  csrfToken: string;
}

/** The stored form of a session token: its SHA-256, so a leaked table opens no session. */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The CSRF token of a session: HMAC-SHA256 of a fixed label keyed by the session token
 * (OWASP CSRF Prevention Cheat Sheet, "Synchronizer Token Pattern"). Tied to the session,
 * unguessable without the HttpOnly cookie, and nothing to store.
 */
export function csrfTokenOf(token: string): string {
  return createHmac('sha256', token).update('barometre csrf').digest('base64url');
}

/** Starts a session for a user (and removes the store's dead ones); returns it with its token. */
export async function startSession(store: Store, userId: number, now = new Date()): Promise<LiveSession> {
  await deleteDeadSessions(store, now, new Date(now.getTime() - SESSION_IDLE_MS));
  const token = randomBytes(32).toString('base64url');
  await insertSession(store, hashToken(token), userId, now, new Date(now.getTime() + SESSION_ABSOLUTE_MS));
  return { userId, token, csrfToken: csrfTokenOf(token) };
}

/**
 * The live session a token opens, or null (malformed, unknown, ended, idle for more than
 * {@link SESSION_IDLE_MS} or older than {@link SESSION_ABSOLUTE_MS}); marks it as seen.
 */
export async function findSession(store: Store, token: string, now = new Date()): Promise<LiveSession | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const tokenHash = hashToken(token);
  const found = await findLiveSession(store, tokenHash, now, new Date(now.getTime() - SESSION_IDLE_MS), new Date(now.getTime() - TOUCH_EVERY_MS));
  if (found === null) return null;
  if (found.seenBefore) await touchSession(store, tokenHash, now);
  return { userId: found.userId, token, csrfToken: csrfTokenOf(token) };
}

/** Ends the session of a token (sign-out): its row is deleted, so the cookie opens nothing any more. */
export async function endSession(store: Store, token: string): Promise<void> {
  if (TOKEN_PATTERN.test(token)) await deleteSession(store, hashToken(token));
}
