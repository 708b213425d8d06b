import { type BreakdownStatistics, WEB_BREAKDOWNS, type WebStatistics } from '../../indicators/statistics.js';
import { TOP_VALUES } from '../../indicators/web/breakdowns.js';
import { attributePath } from './rowScope.js';
import { byteOrderSql, pickBySql, urlHostSql, urlPathSql } from './dialect.js';
import { type QueryContext, queryParams } from './QueryContext.js';
import { visitorRelations } from './visitorRelations.js';

/** The event attribute each session-level breakdown reads (set by the collector, or imported as a column). */
const SESSION_ATTRIBUTES = { sources: 'source', campaigns: 'utm_campaign', devices: 'device', browsers: 'browser', os: 'os' } as const;

/**
 * The counts of every web breakdown (docs/indicators.md) over the sessions that start in the
 * period (sessions as the report defines them, from the events --where keeps), in one query:
 * pages = their `pageview` events by page; entry and exit pages = their first and last page
 * view with a URL; sources, campaigns, devices, browsers and OS = the first value each
 * session's events carry of the attribute (null: none carries it). A page is the URL's path
 * without query string or fragment, prefixed with its host when the period's page views
 * have several hosts. Each breakdown returns its total, its distinct values and its
 * {@link TOP_VALUES} most frequent values (ties by value in byte order, null last).
 * Null when no session starts in the period.
 */
export async function webBreakdownCounts(context: QueryContext): Promise<WebStatistics | null> {
  const engine = context.session.engine;
  const relations = visitorRelations(context);
  const attribute = (name: string) => `e.attributes ->> '${attributePath(engine, name)}'`;
  const order = ['occurred_at', byteOrderSql(engine, 'url')];
  const pick = (which: 'first' | 'last', value: string, filter: string) => pickBySql(engine, which, value, order, filter);
  const sessionAttributes = Object.entries(SESSION_ATTRIBUTES);
  const rows = await context.session.query<{ breakdown: string; key: string | null; units: number; total: number; distinct_keys: number }>(
    'web breakdown counts',
    `with in_period as (
  select s.visitor_id, s.started_at, s.ended_at from ${relations.sessions} as s
  where s.started_at >= $start::timestamp and s.started_at < $end::timestamp
),
session_events as (
  select s.visitor_id, s.started_at, e.occurred_at, e.type, e.url,
    ${sessionAttributes.map(([key, name]) => `${attribute(name)} as ${key}`).join(', ')}
  from in_period s join ${relations.events} as e
    on e.visitor_id = s.visitor_id and e.occurred_at >= s.started_at and e.occurred_at <= s.ended_at
  where e.occurred_at >= $start::timestamp
),
per_session as (
  select ${pick('first', 'url', "type = 'pageview' and url is not null")} as entry_url,
    ${pick('last', 'url', "type = 'pageview' and url is not null")} as exit_url,
    ${sessionAttributes.map(([key]) => `${pick('first', key, `${key} is not null`)} as ${key}`).join(',\n    ')}
  from session_events
  group by visitor_id, started_at
),
url_counts as (
  select 'pages' as breakdown, url, count(*) as units from session_events where type = 'pageview' group by url
  union all select 'entryPages', entry_url, count(*) from per_session where entry_url is not null group by entry_url
  union all select 'exitPages', exit_url, count(*) from per_session where exit_url is not null group by exit_url
),
urls as (
  select breakdown, ${urlHostSql(engine, 'url')} as host, ${urlPathSql('url')} as path, units from url_counts
),
hosts as (
  select count(distinct host) as hosts from urls where breakdown = 'pages'
),
counts as (
  select breakdown, case when h.hosts > 1 and u.host is not null then u.host || u.path else u.path end as key, sum(units) as units
  from urls u cross join hosts h
  group by 1, 2
  ${sessionAttributes.map(([key]) => `union all select '${key}', ${key}, count(*) from per_session group by ${key}`).join('\n  ')}
),
ranked as (
  select breakdown, key, units,
    row_number() over (partition by breakdown order by units desc, ${byteOrderSql(engine, 'key')} nulls last) as rank,
    sum(units) over (partition by breakdown) as total,
    count(*) over (partition by breakdown) as distinct_keys
  from counts
)
select breakdown, key, units, total, distinct_keys from ranked where rank <= ${TOP_VALUES}
order by breakdown, rank`,
    queryParams(context),
  );
  if (rows.length === 0) return null;
  const statistics = Object.fromEntries(WEB_BREAKDOWNS.map((key) => [key, { total: 0, distinct: 0, top: [] }])) as Record<string, BreakdownStatistics>;
  for (const row of rows) {
    const entry = statistics[row.breakdown] as { total: number; distinct: number; top: { key: string | null; count: number }[] };
    entry.total = row.total;
    entry.distinct = row.distinct_keys;
    entry.top.push({ key: row.key, count: row.units });
  }
  return statistics as WebStatistics;
}
