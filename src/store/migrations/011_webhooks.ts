import type { Migration } from './Migration.js';

/**
 * Webhooks of surveys (docs/api.md, "Survey webhooks"):
 *
 * - `survey_webhooks`: at most one per survey, its target URL, the secret its deliveries are
 *   signed with (kept as is: signing needs it), and which answers it wants (`on_event`).
 * - `webhook_deliveries`: the outbox. A delivery is written in the transaction that stores
 *   the answer, with the JSON body it will send, then sent by the deliverer: `pending` until
 *   a receiver answers 2xx (`delivered`) or the attempts run out (`failed`). While pending,
 *   `next_attempt_at` is when it is due; a deliverer that claims it moves that time forward
 *   (a lease), so no other process sends it meanwhile.
 */
export const webhooks: Migration = {
  version: 11,
  name: 'webhooks',
  sql: () => `
create table survey_webhooks (
  workspace_id integer not null,
  survey_id text not null,
  url text not null,
  secret text not null,
  on_event text not null check (on_event in ('detractors', 'answers')),
  created_at timestamp not null,
  updated_at timestamp not null,
  primary key (workspace_id, survey_id)
);
create table webhook_deliveries (
  workspace_id integer not null,
  delivery_id text not null,
  survey_id text not null,
  event text not null,
  url text not null,
  body text not null,
  status text not null check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null,
  next_attempt_at timestamp,
  last_status integer,
  last_error text,
  created_at timestamp not null,
  delivered_at timestamp,
  primary key (workspace_id, delivery_id)
);
create index webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);`,
};
