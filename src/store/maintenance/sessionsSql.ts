import { edgeValueSql } from '../queries/dialect.js';
import { attributePath } from '../queries/rowScope.js';
import type { Engine } from '../Store.js';

/**
 * The event attributes a session takes from its first event, as web analytics attribute a
 * visit to how it began (the collector sets them: docs/privacy.md), each a column of
 * `sessions` named after the attribute.
 */
export const SESSION_ATTRIBUTES = ['source', 'utm_campaign', 'device', 'browser', 'os'] as const;

/** The columns of a session row, in the order sessionsFromEventsSql gives them (after group_key). */
export const SESSION_COLUMNS = [
  'workspace_id',
  'visitor_id',
  'started_at',
  'ended_at',
  'events',
  'pageviews',
  'entry_url',
  'exit_url',
  ...SESSION_ATTRIBUTES,
  'purchases',
] as const;

/** docs/indicators.md: a gap of more than 30 minutes between a visitor's events starts a new session. */
export const SESSION_TIMEOUT_MICROSECONDS = 30 * 60 * 1_000_000;

/**
 * The definition of a session (docs/indicators.md), written once and used both to maintain the
 * `sessions` table at import and to compute sessions from filtered events at report time:
 * events grouped per visitor, ordered by time, a gap of more than 30 minutes starts a new
 * session; duration = last − first event; pages = `pageview` events; purchases = `purchase`
 * events (a session with one converted, docs/indicators.md). Entry and exit pages are
 * the URLs of the first and last events that have one, and each attribute of
 * SESSION_ATTRIBUTES that of the first event that has it (null when none has); events sharing
 * an instant give the smallest (largest, for the exit page) value in byte order, so both
 * engines agree.
 *
 * `events` is a relation (table or parenthesised subquery) with workspace_id, visitor_id,
 * occurred_at and type — and `group_key` when `grouped`, each group then sessionised apart.
 * Same SQL on both engines but for the microsecond clock.
 */
export function sessionsFromEventsSql(engine: Engine, events: string, grouped = false): string {
  // Comparing integer microseconds is several times faster on DuckDB than timestamp − interval
  // arithmetic over millions of rows; PostgreSQL has no epoch_us, extract gives the same number.
  const micros = engine === 'duckdb' ? 'epoch_us(occurred_at)' : '(extract(epoch from occurred_at) * 1000000)::bigint';
  const group = grouped ? 'group_key, ' : '';
  const first = (value: string) => edgeValueSql(engine, 'first', value);
  const last = (value: string) => edgeValueSql(engine, 'last', value);
  const attributes = SESSION_ATTRIBUTES.map((name) => `${first(`(attributes ->> '${attributePath(engine, name)}')`)} as ${name}`);
  return `select ${group}workspace_id, visitor_id, min(occurred_at) as started_at, max(occurred_at) as ended_at,
  count(*) as events, count(*) filter (where type = 'pageview') as pageviews,
  ${first('url')} as entry_url, ${last('url')} as exit_url,
  ${attributes.join(',\n  ')},
  count(*) filter (where type = 'purchase') as purchases
from (
  select ${group}workspace_id, visitor_id, occurred_at, type, url, attributes,
    sum(is_start) over (partition by ${group}workspace_id, visitor_id order by occurred_at rows between unbounded preceding and current row) as session_number
  from (
    select ${group}workspace_id, visitor_id, occurred_at, type, url, attributes,
      case when ${micros} - lag(${micros}) over (partition by ${group}workspace_id, visitor_id order by occurred_at) <= ${SESSION_TIMEOUT_MICROSECONDS}
        then 0 else 1 end as is_start
    from ${events} as raw_events
  ) as gaps
) as numbered
group by ${group}workspace_id, visitor_id, session_number`;
}

/** The columns of a visitor-day row, in the order visitorDaysFromEventsSql gives them. */
export const VISITOR_DAY_COLUMNS = ['workspace_id', 'visitor_id', 'day', 'events', 'carts', 'purchases', 'next_day'] as const;

/**
 * One row per visitor and UTC day with their events, `cart` events and `purchase` events,
 * and the visitor's next active day: the base of stickiness (DAU/MAU) and cart abandonment
 * (docs/indicators.md). With `grouped`, per group_key as well.
 */
export function visitorDaysFromEventsSql(events: string, grouped = false): string {
  const group = grouped ? 'group_key, ' : '';
  return `select ${group}workspace_id, visitor_id, day, events, carts, purchases,
  lead(day) over (partition by ${group}workspace_id, visitor_id order by day) as next_day
from (
  select ${group}workspace_id, visitor_id, cast(occurred_at as date) as day, count(*) as events,
    count(*) filter (where type = 'cart') as carts, count(*) filter (where type = 'purchase') as purchases
  from ${events} as raw_events
  group by ${group}workspace_id, visitor_id, cast(occurred_at as date)
) as days`;
}
