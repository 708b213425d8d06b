import type { Migration } from './Migration.js';

/**
 * The daily salts of cookieless visitor ids (src/store/visitorSalts.ts): one random salt per
 * UTC day, made by the first event collected that day and deleted two days later, so that no
 * stored value lets anyone recompute a past day's visitor ids from an IP address and a user
 * agent. Not tied to a workspace: a reference table on Citus (docs/scaling.md).
 */
export const collection: Migration = {
  version: 6,
  name: 'collection',
  sql: () => `
create table visitor_salts (
  day date primary key,
  salt text not null
);`,
};
