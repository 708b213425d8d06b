import type { Engine } from '../Store.js';
import type { Migration } from './Migration.js';

/**
 * The first schema. Every table but `workspaces` carries `workspace_id`, and every primary
 * key starts with it, so the schema distributes by workspace on Citus as it is
 * (docs/scaling.md). Timestamps are `timestamp` holding UTC (the import converts offsets).
 * Free attributes (CSV columns the contract does not name) live in one JSON column.
 *
 * `sessions` and `visitor_days` are maintained from `events` by the import, in the same
 * transaction (src/store/maintenance/), never by triggers.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  sql: (engine: Engine) => {
    const json = engine === 'duckdb' ? 'json' : 'jsonb';
    // DuckDB: the high-volume tables (events and what is maintained from them) carry no
    // PRIMARY KEY. DuckDB's ART index makes bulk inserts several times slower and holds the
    // whole key set in memory; the import's merge keeps their keys unique instead
    // (docs/architecture.md). PostgreSQL keeps every key, as Citus needs.
    const eventKey = (columns: string) => (engine === 'duckdb' ? '' : `,\n  primary key (${columns})`);
    // PostgreSQL: events are range-partitioned by month with no default partition (the import
    // creates the months it needs first, src/store/ensureEventPartitions.ts), so the key
    // includes the partition column; an index serves the per-visitor session rebuild.
    const events = `create table events (
  workspace_id integer not null,
  event_id text not null,
  visitor_id text not null,
  occurred_at timestamp not null,
  type text not null,
  customer_id text,
  url text,
  referrer text,
  attributes ${json}${eventKey('workspace_id, event_id, occurred_at')}
)${
      engine === 'postgres'
        ? ` partition by range (occurred_at);
create index events_visitor on events (workspace_id, visitor_id, occurred_at)`
        : ''
    };`;
    return `
create table workspaces (
  workspace_id integer primary key,
  name text not null unique,
  is_demo boolean not null default false,
  created_at timestamp not null
);

create table customers (
  workspace_id integer not null,
  customer_id text not null,
  created_at timestamp not null,
  churned_at timestamp,
  email text,
  attributes ${json},
  primary key (workspace_id, customer_id)
);

create table orders (
  workspace_id integer not null,
  order_id text not null,
  customer_id text not null,
  ordered_at timestamp not null,
  amount double precision not null,
  currency text,
  channel text,
  attributes ${json},
  primary key (workspace_id, order_id)
);

create table responses (
  workspace_id integer not null,
  response_id text not null,
  survey_id text not null,
  submitted_at timestamp not null,
  customer_id text,
  channel text,
  population text not null,
  nps smallint,
  csat smallint,
  ces smallint,
  comment text,
  language text,
  attributes ${json},
  primary key (workspace_id, response_id)
);

${events}

create table posts (
  workspace_id integer not null,
  post_id text not null,
  platform text not null,
  published_at timestamp not null,
  followers bigint not null,
  impressions bigint,
  reach bigint,
  likes bigint,
  comments bigint,
  shares bigint,
  saves bigint,
  attributes ${json},
  primary key (workspace_id, post_id)
);

create table mentions (
  workspace_id integer not null,
  mention_id text not null,
  brand text not null,
  published_at timestamp not null,
  platform text,
  text text,
  reach bigint,
  is_own_brand boolean not null,
  attributes ${json},
  primary key (workspace_id, mention_id)
);

create table audits (
  workspace_id integer not null,
  visit_id text not null,
  criterion text not null,
  site text not null,
  visited_at timestamp not null,
  score double precision not null,
  max_score double precision not null,
  weight double precision not null,
  touchpoint text,
  attributes ${json},
  primary key (workspace_id, visit_id, criterion)
);

-- The free attributes (extra CSV columns) seen per kind, so --where/--by can tell an
-- attribute from a typo without scanning JSON. Filled by the import.
create table attribute_keys (
  workspace_id integer not null,
  kind text not null,
  key text not null,
  primary key (workspace_id, kind, key)
);

create table sessions (
  workspace_id integer not null,
  visitor_id text not null,
  started_at timestamp not null,
  ended_at timestamp not null,
  events integer not null,
  pageviews integer not null${eventKey('workspace_id, visitor_id, started_at')}
);

create table visitor_days (
  workspace_id integer not null,
  visitor_id text not null,
  day date not null,
  events integer not null,
  carts integer not null,
  purchases integer not null,
  -- The visitor's next active day (null for the last): MAU sums need no window at report time.
  next_day date${eventKey('workspace_id, visitor_id, day')}
);
`;
  },
};
