/**
 * How the schema spreads over a Citus cluster (docs/scaling.md). Every table is distributed by
 * {@link DISTRIBUTION_COLUMN}, co-located, except the reference tables below, copied whole to
 * every node. A table is a reference table when it is read before the workspace is known (by
 * name, key, e-mail address, session token, public survey id) or serves every workspace;
 * they stay small (a few rows per workspace or per user). The Citus tests check the migrated
 * catalog and every SQL text the store sends against this list (src/store/citusSchema.test.ts, src/store/citusQueries.test.ts).
 */

/** The column every distributed table is distributed by; every key of theirs starts with it. */
export const DISTRIBUTION_COLUMN = 'workspace_id';

/** Each reference table, with why it is one (restated in docs/scaling.md, which the test compares). */
export const REFERENCE_TABLES = {
  schema_migrations: 'the applied migrations, one row per schema version',
  workspaces: 'found by name and listed before any workspace is chosen',
  api_keys: 'found by the key a request carries, which names no workspace',
  users: 'found by e-mail address at sign-in',
  memberships: 'read by user across workspaces (the workspaces a user may open)',
  auth_sessions: 'found by the session token a browser sends',
  visitor_salts: 'one salt per day for the cookieless visitor ids of every workspace',
  surveys: 'found by the public survey id of /s/<id> and of answers sent to the API, which name no workspace',
} as const;
