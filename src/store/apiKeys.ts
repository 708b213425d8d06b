import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from './Store.js';
import { isoSeconds } from './timestampText.js';

/**
 * What a key may do: a `read` key reads the reports of its workspace; a `site` key only sends
 * events to it (it sits in public web pages, so it must open nothing else).
 */
export type KeyKind = 'read' | 'site';

export const KEY_KINDS: readonly KeyKind[] = ['read', 'site'];

/** A key as the store knows it; the key's text itself is never kept. */
export interface ApiKey {
  id: string;
  kind: KeyKind;
  workspaceId: number;
  createdAt: string;
  revokedAt: string | null;
}

/** `brm_<kind>_<id>_<secret>`: the id is 12 hex digits, the secret 32 base64url characters (192 bits). */
const KEY_PATTERN = /^brm_(read|site)_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/;

/** Keys made before key ids existed: `brm_read_<secret>`, found by their hash alone. */
const LEGACY_PATTERN = /^brm_read_[A-Za-z0-9_-]{32}$/;

/** The stored form of a key: its SHA-256, so a leaked table leaks no usable key. */
function hashKey(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}

/** Makes a new random key of `kind` for a workspace, stores its hash, and returns it with its id (the key is shown once). */
export async function createApiKey(store: Store, workspaceId: number, kind: KeyKind): Promise<{ id: string; kind: KeyKind; key: string }> {
  const id = randomBytes(6).toString('hex');
  const key = `brm_${kind}_${id}_${randomBytes(24).toString('base64url')}`;
  await store.query(
    'create api key',
    `insert into api_keys (key_hash, key_id, workspace_id, scope, created_at)
values ($hash, $id, $workspace, $kind, current_timestamp::timestamp)`,
    { hash: hashKey(key).toString('hex'), id, workspace: workspaceId, kind },
  );
  return { id, kind, key };
}

/**
 * The key a client presented, or null when it is malformed, unknown or revoked. The row is
 * found by the id the key carries, and the hashes compared in constant time, so the time of
 * a refusal says nothing about how much of a secret was right.
 */
export async function findApiKey(store: Store, presented: string): Promise<{ id: string; kind: KeyKind; workspaceId: number } | null> {
  const hash = hashKey(presented);
  const id = KEY_PATTERN.exec(presented)?.[2];
  const where = id !== undefined ? 'key_id = $id' : LEGACY_PATTERN.test(presented) ? 'key_hash = $hash' : null;
  if (where === null) return null;
  const [row] = await store.query<{ key_id: string; key_hash: string; workspace_id: number; scope: KeyKind }>(
    'find api key',
    `select key_id, key_hash, workspace_id, scope from api_keys where ${where} and revoked_at is null`,
    { id: id ?? '', hash: hash.toString('hex') },
  );
  if (!row || !timingSafeEqual(Buffer.from(row.key_hash, 'hex'), hash)) return null;
  return { id: row.key_id, kind: row.scope, workspaceId: row.workspace_id };
}

/** The keys of a workspace, revoked ones included (with their date), oldest first. */
export async function listApiKeys(store: Store, workspaceId: number): Promise<ApiKey[]> {
  const rows = await store.query<{ key_id: string; scope: KeyKind; created_at: string; revoked_at: string | null }>(
    'list api keys',
    `select key_id, scope, cast(created_at as text) as created_at, cast(revoked_at as text) as revoked_at
from api_keys where workspace_id = $workspace order by created_at, key_id`,
    { workspace: workspaceId },
  );
  return rows.map((row) => ({
    id: row.key_id,
    kind: row.scope,
    workspaceId,
    createdAt: isoSeconds(row.created_at),
    revokedAt: row.revoked_at === null ? null : isoSeconds(row.revoked_at),
  }));
}

/** Revokes the workspace's key `id` from now on; false when the workspace has no such key still valid. */
export async function revokeApiKey(store: Store, workspaceId: number, id: string): Promise<boolean> {
  const rows = await store.query<{ key_id: string }>(
    'revoke api key',
    `update api_keys set revoked_at = current_timestamp::timestamp
where workspace_id = $workspace and key_id = $id and revoked_at is null returning key_id`,
    { workspace: workspaceId, id },
  );
  return rows.length > 0;
}
