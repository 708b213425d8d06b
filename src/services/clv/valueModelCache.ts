import { ordersFingerprint } from '../../store/queries/ordersFingerprint.js';
import type { Store } from '../../store/Store.js';
import type { CustomerValueOptions, FittedValueModels } from './customerValue.js';

/** How many fitted models are kept per store (the least recently used goes first). */
const MODELS_PER_STORE = 32;

/** Per store, the fitted models by workspace and options, each with the fingerprint of the orders they were fitted on. */
const cache = new WeakMap<Store, Map<string, { fingerprint: string; models: FittedValueModels }>>();

/**
 * The customer-value models of a workspace for these options: the ones fitted earlier in this
 * process when the workspace's orders have not changed since (same {@link ordersFingerprint}:
 * an import or an erasure that touches orders changes it), else those of `fitModels()`, kept for next time.
 * A fit that throws is not kept.
 */
export async function cachedValueModels(
  store: Store,
  workspaceId: number,
  to: string,
  options: CustomerValueOptions,
  fitModels: () => Promise<FittedValueModels>,
): Promise<FittedValueModels> {
  const key = JSON.stringify([workspaceId, to, options.timeUnit ?? 'day', options.horizon ?? null, options.discountRate ?? 0, options.model ?? 'bgnbd']);
  const fingerprint = await ordersFingerprint(store, workspaceId);
  let models = cache.get(store);
  if (models === undefined) {
    models = new Map();
    cache.set(store, models);
  }
  const kept = models.get(key);
  models.delete(key);
  if (kept !== undefined && kept.fingerprint === fingerprint) {
    models.set(key, kept);
    return kept.models;
  }
  const fitted = await fitModels();
  models.set(key, { fingerprint, models: fitted });
  if (models.size > MODELS_PER_STORE) models.delete(models.keys().next().value as string);
  return fitted;
}
