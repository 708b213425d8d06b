import type { Session } from '../Store.js';
import { sqlTimestamp } from '../sqlTimestamp.js';

/** A live session as found by the hash of its token: its user, and whether its last-seen time should be written again. */
export interface StoredSession {
  userId: number;
  seenBefore: boolean;
}

/** Records a new session under the hash of its token. */
export async function insertSession(store: Session, tokenHash: string, userId: number, now: Date, expiresAt: Date): Promise<void> {
  await store.query(
    'start session',
    `insert into auth_sessions (token_hash, user_id, created_at, last_seen_at, expires_at)
values ($hash, $user, cast($now as timestamp), cast($now as timestamp), cast($expires as timestamp))`,
    { hash: tokenHash, user: userId, now: sqlTimestamp(now), expires: sqlTimestamp(expiresAt) },
  );
}

/**
 * The live session with this token hash: not past its absolute expiry at `now`, and seen
 * after `idleSince`; else null. `seenBefore` says whether it was last seen before
 * `touchBefore` (compared in SQL: times never cross into JS, where the PostgreSQL client would
 * read them in the local time zone).
 */
export async function findLiveSession(store: Session, tokenHash: string, now: Date, idleSince: Date, touchBefore: Date): Promise<StoredSession | null> {
  const [row] = await store.query<{ user_id: number; seen_before: boolean }>(
    'find session',
    `select user_id, last_seen_at < cast($touch as timestamp) as seen_before from auth_sessions
where token_hash = $hash and expires_at > cast($now as timestamp) and last_seen_at > cast($idle as timestamp)`,
    { hash: tokenHash, now: sqlTimestamp(now), idle: sqlTimestamp(idleSince), touch: sqlTimestamp(touchBefore) },
  );
  return row ? { userId: row.user_id, seenBefore: row.seen_before } : null;
}

/** Marks a session as seen at `now` (which pushes back its idle timeout). */
export async function touchSession(store: Session, tokenHash: string, now: Date): Promise<void> {
  await store.query('touch session', 'update auth_sessions set last_seen_at = cast($now as timestamp) where token_hash = $hash', {
    hash: tokenHash,
    now: sqlTimestamp(now),
  });
}

/** Deletes a session (sign-out); false when there was none. */
export async function deleteSession(store: Session, tokenHash: string): Promise<boolean> {
  const removed = await store.query('end session', 'delete from auth_sessions where token_hash = $hash returning user_id', { hash: tokenHash });
  return removed.length > 0;
}

/** Deletes every session past its absolute expiry at `now` or idle since before `idleSince`. */
export async function deleteDeadSessions(store: Session, now: Date, idleSince: Date): Promise<void> {
  await store.query(
    'remove dead sessions',
    'delete from auth_sessions where expires_at <= cast($now as timestamp) or last_seen_at <= cast($idle as timestamp)',
    { now: sqlTimestamp(now), idle: sqlTimestamp(idleSince) },
  );
}
