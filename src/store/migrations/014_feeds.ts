import type { Migration } from './Migration.js';

/**
 * `feeds`: the RSS and Atom feeds a workspace listens to (docs/feedback.md, "Social
 * listening"). Each names the brand its items are mentions of (`own`: the workspace's own
 * brand, `is_own_brand` of the mentions it stores) and the keywords that count as naming it
 * too (a JSON array of texts). The last fetch is recorded: when, how it went (`last_status`
 * `ok`, `not modified` or `failed`, with `last_error`), how many mentions it added, and the
 * validators the server sent (`etag`, `last_modified`) for the next conditional GET.
 */
export const feeds: Migration = {
  version: 14,
  name: 'feeds',
  sql: () => `
create table feeds (
  workspace_id integer not null,
  id text not null,
  url text not null,
  brand text not null,
  keywords text not null,
  own boolean not null,
  added_at timestamp not null,
  last_fetched_at timestamp,
  last_status text check (last_status in ('ok', 'not modified', 'failed')),
  last_error text,
  last_added integer,
  etag text,
  last_modified text,
  primary key (workspace_id, id),
  unique (workspace_id, url, brand)
);`,
};
