import { createHash } from 'node:crypto';
import { findApiKey } from '../../store/apiKeys.js';
import type { Store } from '../../store/Store.js';

/** How long a valid key found in the store is taken as still valid without asking it again: a revocation reaches collection within this time. */
export const KEY_RECHECK_MS = 1000;

/** The most keys remembered at once; past it, the memory starts over. */
const REMEMBERED_KEYS = 10_000;

type FoundKey = Awaited<ReturnType<typeof findApiKey>>;

const remembered = new WeakMap<Store, Map<string, { key: Promise<FoundKey>; until: number }>>();

/**
 * findApiKey (src/store/apiKeys.ts) for the collection route, which a site may call thousands
 * of times a second with the same key: a valid key found is remembered for
 * {@link KEY_RECHECK_MS}, by the SHA-256 of its text (the memory is never searched by the
 * secret itself), and requests arriving while it is looked up wait for that one look-up.
 * Unknown and revoked keys are not remembered: each is looked up again.
 */
export async function findRecentApiKey(store: Store, presented: string): Promise<FoundKey> {
  const byStore = remembered.get(store) ?? new Map<string, { key: Promise<FoundKey>; until: number }>();
  remembered.set(store, byStore);
  const digest = createHash('sha256').update(presented).digest('base64');
  const now = performance.now();
  const known = byStore.get(digest);
  if (known && known.until > now) return known.key;
  if (byStore.size >= REMEMBERED_KEYS) byStore.clear();
  const key = findApiKey(store, presented);
  byStore.set(digest, { key, until: now + KEY_RECHECK_MS });
  const found = await key.catch((error: unknown) => {
    byStore.delete(digest);
    throw error;
  });
  if (found === null) byStore.delete(digest);
  return found;
}
