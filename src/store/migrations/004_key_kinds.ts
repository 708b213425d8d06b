import type { Migration } from './Migration.js';

/**
 * Keys of two kinds, each with a public id and a revocation date. A key's text is
 * `brm_<kind>_<id>_<secret>`: the id finds its row, and the stored SHA-256 of the whole key is
 * then compared in constant time (src/store/apiKeys.ts). Keys made before this migration (no id
 * in their text) get an id from their hash and are still found by it. `api_keys` stays a
 * reference table on Citus (docs/scaling.md).
 */
export const keyKinds: Migration = {
  version: 4,
  name: 'key kinds',
  sql: () => `
alter table api_keys add column key_id text;
alter table api_keys add column revoked_at timestamp;
update api_keys set key_id = substr(key_hash, 1, 12);
create unique index api_keys_id on api_keys (key_id);`,
};
