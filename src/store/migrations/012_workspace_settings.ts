import type { Migration } from './Migration.js';

/**
 * `workspace_settings`: what a workspace says about itself, one value per key (its sector
 * and country for the sector figures, the kind of its NPS survey: docs/benchmarks.md). The
 * keys and their values are checked by the service that writes them.
 */
export const workspaceSettings: Migration = {
  version: 12,
  name: 'workspace settings',
  sql: () => `
create table workspace_settings (
  workspace_id integer not null,
  key text not null,
  value text not null,
  updated_at timestamp not null,
  primary key (workspace_id, key)
);`,
};
