import type { Migration } from './Migration.js';

/**
 * The record of every erasure (`barometre forget`): when, in which workspace, and how many
 * rows of each table went — never who, since the point was to forget them (GDPR art. 17,
 * with art. 5(2)'s accountability: the controller can show that requests were carried out).
 */
export const erasures: Migration = {
  version: 7,
  name: 'erasures',
  sql: () => `
create table erasures (
  workspace_id integer not null,
  erased_at timestamp not null,
  rows_erased text not null
);`,
};
