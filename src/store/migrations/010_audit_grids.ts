import type { Engine } from '../Store.js';
import type { Migration } from './Migration.js';

/**
 * Mystery-shopping audit grids (docs/audits.md): one row per grid, its definition (the JSON
 * of the grid, checked: criteria grouped by touchpoint, each with its maximum score and
 * weight), and when it was archived. `grid_id` is random. The visits recorded against a grid
 * land in `audits`, one row per criterion scored, like imported audits.
 */
export const auditGrids: Migration = {
  version: 10,
  name: 'audit grids',
  sql: (engine: Engine) => `
create table audit_grids (
  workspace_id integer not null,
  grid_id text not null,
  name text not null,
  definition ${engine === 'duckdb' ? 'json' : 'jsonb'} not null,
  created_at timestamp not null,
  updated_at timestamp not null,
  archived_at timestamp,
  primary key (workspace_id, grid_id)
);`,
};
