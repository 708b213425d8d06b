import type { Migration } from './Migration.js';

/**
 * Read keys for the HTTP API. A reference table (looked up before the workspace is known,
 * docs/scaling.md): only the SHA-256 of a key is kept, never the key itself.
 */
export const apiKeys: Migration = {
  version: 2,
  name: 'api keys',
  sql: () => `
create table api_keys (
  key_hash text primary key,
  workspace_id integer not null,
  scope text not null,
  created_at timestamp not null
);`,
};
