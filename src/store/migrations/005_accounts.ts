import type { Migration } from './Migration.js';

/**
 * Accounts (issue 11, docs/accounts.md):
 *
 * - `users`: one row per person; `email_key` is the address in lower case, unique, so that
 *   `Ana@Shop.fr` and `ana@shop.fr` are one account; the Argon2id hash of the password in
 *   its PHC string form (algorithm, parameters and salt included).
 * - `memberships`: a user's role in a workspace, admin, editor or viewer.
 * - `auth_sessions`: signed-in browsers. Only the SHA-256 of the session token is kept, so a
 *   leaked table opens no session; `last_seen_at` gives the idle timeout, `expires_at` the
 *   absolute one.
 *
 * All three are read before the workspace is known (by e-mail, by session token, a user's
 * workspaces), so under Citus they are small reference tables like `workspaces` and
 * `api_keys` (docs/scaling.md).
 */
export const accounts: Migration = {
  version: 5,
  name: 'accounts',
  sql: () => `
create table users (
  user_id integer primary key,
  email text not null,
  email_key text not null unique,
  display_name text not null,
  password_hash text not null,
  created_at timestamp not null
);
create table memberships (
  workspace_id integer not null,
  user_id integer not null,
  role text not null check (role in ('admin', 'editor', 'viewer')),
  created_at timestamp not null,
  primary key (workspace_id, user_id)
);
create table auth_sessions (
  token_hash text primary key,
  user_id integer not null,
  created_at timestamp not null,
  last_seen_at timestamp not null,
  expires_at timestamp not null
);`,
};
