import { type BreakdownStatistics, WEB_BREAKDOWNS, type WebStatistics } from '../../indicators/statistics.js';
import { TOP_VALUES } from '../../indicators/web/breakdowns.js';
import { attributePath } from './rowScope.js';
import { byteOrderSql, urlHostSql, urlPathSql } from './dialect.js';
import { type QueryContext, queryParams } from './QueryContext.js';
import { visitorRelations } from './visitorRelations.js';

/** The event attribute each session-level breakdown reads (set by the collector, or imported as a column). */
const SESSION_ATTRIBUTES = { sources: 'source', campaigns: 'utm_campaign', devices: 'device', browsers: 'browser', os: 'os' } as const;

/**
 * The counts of every web breakdown (docs/indicators.md), in one query. Pages: the `pageview`
 * events of the period by page. Every other breakdown counts the sessions that start in the
 * period (sessions as the report defines them, from the events --where keeps): entry and
 * exit pages are the pages of a session's first and last event; sources, campaigns,
 * devices, browsers and OS the attributes of its first event (null: it has none). Events
 * sharing a session's first (or last) instant give the smallest (largest, for the exit
 * page) value in byte order. A page is the URL's path without query string or fragment,
 * prefixed with its host when the period's page views have several hosts. Each breakdown
 * returns its total, its distinct values and its {@link TOP_VALUES} most frequent values
 * (ties by value in byte order, null last). Null when no session starts in the period.
 *
 * Cost: a session's first and last events are found by an equality join on (visitor,
 * instant) with the maintained sessions, never by re-sessionising or sorting the events,
 * and only those events' attributes are read.
 */
export async function webBreakdownCounts(context: QueryContext): Promise<WebStatistics | null> {
  const engine = context.session.engine;
  const relations = visitorRelations(context);
  const text = (expression: string) => byteOrderSql(engine, expression);
  const sessionAttributes = Object.entries(SESSION_ATTRIBUTES);
  const rows = await context.session.query<{ breakdown: string; key: string | null; units: number; total: number; distinct_keys: number }>(
    'web breakdown counts',
    `with ends as (
  select s.visitor_id, s.started_at, bound.is_first, case when bound.is_first then s.started_at else s.ended_at end as at
  from ${relations.sessions} as s cross join (values (true), (false)) as bound(is_first)
  where s.started_at >= $start::timestamp and s.started_at < $end::timestamp
),
end_events as (
  select b.visitor_id, b.started_at, b.is_first, e.url, e.attributes
  from ends b join ${relations.events} as e on e.visitor_id = b.visitor_id and e.occurred_at = b.at
  where e.occurred_at >= $start::timestamp
),
per_session as materialized (
  select min(${text('url')}) filter (where is_first) as entry_url, max(${text('url')}) filter (where not is_first) as exit_url,
    ${sessionAttributes.map(([key, name]) => `min(${text(`(attributes ->> '${attributePath(engine, name)}')`)}) filter (where is_first) as ${key}`).join(',\n    ')}
  from end_events
  group by visitor_id, started_at
),
url_counts as (
  select 'pages' as breakdown, url, count(*) as units from ${relations.events} as e
  where type = 'pageview' and occurred_at >= $start::timestamp and occurred_at < $end::timestamp group by url
  union all select 'entryPages', entry_url, count(*) from per_session group by entry_url
  union all select 'exitPages', exit_url, count(*) from per_session group by exit_url
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
    row_number() over (partition by breakdown order by units desc, ${text('key')} nulls last) as rank,
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
