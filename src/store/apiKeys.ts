import { createHash, randomBytes } from 'node:crypto';
import type { Store } from './Store.js';

/** What a key may do. Only reading exists so far: reports over the key's workspace. */
export type KeyScope = 'read';

const KEY_PREFIX = 'brm_';

/** The stored form of a key: its SHA-256, so a leaked table leaks no usable key. */
function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Makes a new random key for a workspace, stores its hash, and returns the key (shown once). */
export async function createApiKey(store: Store, workspaceId: number, scope: KeyScope = 'read'): Promise<string> {
  const key = `${KEY_PREFIX}${scope}_${randomBytes(24).toString('base64url')}`;
  await store.query(
    'create api key',
    'insert into api_keys (key_hash, workspace_id, scope, created_at) values ($hash, $workspace, $scope, current_timestamp::timestamp)',
    { hash: hashKey(key), workspace: workspaceId, scope },
  );
  return key;
}

/** The workspace a key opens, or null for an unknown key. */
export async function workspaceOfKey(store: Store, key: string, scope: KeyScope = 'read'): Promise<number | null> {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const [row] = await store.query<{ workspace_id: number }>('find api key', 'select workspace_id from api_keys where key_hash = $hash and scope = $scope', {
    hash: hashKey(key),
    scope,
  });
  return row?.workspace_id ?? null;
}
