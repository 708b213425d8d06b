import { sqlDateLiteral as literal } from '../sqlLiteral.js';
import { addRollupDays, startRollupDays } from '../rollups/refreshRollups.js';
import type { Session } from '../Store.js';
import { SESSION_COLUMNS, SESSION_TIMEOUT_MICROSECONDS, sessionsFromEventsSql } from './sessionsSql.js';

/** The session timeout as an SQL interval, the same 30 minutes as sessionsFromEventsSql's gap test. */
const TIMEOUT = `interval '${SESSION_TIMEOUT_MICROSECONDS / 1_000_000} seconds'`;

/**
 * Brings `sessions` and `visitor_days` up to date after a merge replaced or added events,
 * inside the caller's transaction, at a cost that follows the events changed rather than the
 * visitors' histories. It reads three temporary tables the merge leaves: `import_typed` (the
 * events written), `replaced_events` (visitor_id, occurred_at and type of the events they
 * replaced, as they were) and `import_visitors` (each visitor touched with `since`, the
 * earliest time among its written and replaced events).
 *
 * Sessions: a visitor's sessions that ended more than 30 minutes before `since` cannot meet a
 * changed event and stay; the later ones are deleted and rebuilt with sessionsFromEventsSql
 * from the visitor's events since the first of them began (or since `since`): that first
 * event starts a session, so the rebuilt sessions — a late event merging two sessions
 * included — are those a rebuild of the whole history would give. Visitor-days: the counts
 * of the days changed events fall on are adjusted by the events written minus those replaced
 * (a day left with none is removed), then, for the visitors with a day added or removed,
 * `next_day` is recomputed from the earliest such day on, and for their last day before it.
 *
 * It leaves the temporary table `web_days` listing the days whose sessions or visitor-days
 * changed, for refreshWebRollups. After a retention (src/services/retention/) nothing is rebuilt
 * before the first kept day `keptFrom` (rawEventsKeptFrom; null without retention): sessions are
 * rebuilt from it at the earliest, and events written before it (the merge deletes them at once)
 * change no visitor-day.
 *
 * DuckDB has no index on these tables: every read of `events`, `sessions` and `visitor_days`
 * also bounds its time column by a constant (the earliest bound of all visitors touched), so
 * its zone maps skip the row groups of older data, as live collection appends in time order.
 */
export async function refreshVisitorTablesFromChanges(session: Session, workspaceId: number, keptFrom: string | null): Promise<void> {
  const params = { workspace: workspaceId };
  await startRollupDays(session, 'web_days');
  const [earliest] = await session.query<{ since: string | null; day: string | null }>(
    'earliest change',
    `select cast(min(since) - ${TIMEOUT} as varchar) as since, cast(cast(min(since) as date) as varchar) as day from import_visitors`,
    params,
  );
  if (!earliest?.since || !earliest.day) return;
  const sessionBound = literal('timestamp', earliest.since);
  await session.execute('drop maintenance tables', 'drop table if exists rebuild_from; drop table if exists day_changes');
  // Per visitor, where its sessions are rebuilt from: the start of its first session ending
  // 30 minutes or less before `since`, else `since` — never before the first kept day.
  const rebuildStart = 'least(v.since, coalesce(min(s.started_at), v.since))';
  await session.query(
    'sessions to rebuild',
    `create temp table rebuild_from as
select v.visitor_id, ${keptFrom === null ? rebuildStart : `greatest(${rebuildStart}, cast(${literal('date', keptFrom)} as timestamp))`} as sessions_from
from import_visitors as v
left join sessions as s on s.workspace_id = $workspace and s.visitor_id = v.visitor_id
  and s.ended_at >= ${sessionBound} and s.ended_at >= v.since - ${TIMEOUT}
group by v.visitor_id, v.since`,
    params,
  );
  const [first] = await session.query<{ from: string }>('earliest rebuild', 'select cast(min(sessions_from) as varchar) as "from" from rebuild_from', params);
  const eventBound = literal('timestamp', first!.from);
  const rebuiltSessions = `select sessions.started_at as changed_at from sessions join rebuild_from on rebuild_from.visitor_id = sessions.visitor_id
where sessions.workspace_id = $workspace and sessions.started_at >= ${eventBound} and sessions.started_at >= rebuild_from.sessions_from`;
  await addRollupDays(session, 'web_days', rebuiltSessions, params);
  await session.query(
    'forget recent sessions',
    `delete from sessions using rebuild_from
where sessions.workspace_id = $workspace and sessions.started_at >= ${eventBound}
  and sessions.visitor_id = rebuild_from.visitor_id and sessions.started_at >= rebuild_from.sessions_from`,
    params,
  );
  const recentEvents = `(select events.workspace_id, events.visitor_id, events.occurred_at, events.type, events.url, events.attributes
  from events join rebuild_from on rebuild_from.visitor_id = events.visitor_id
  where events.workspace_id = $workspace and events.occurred_at >= ${eventBound} and events.occurred_at >= rebuild_from.sessions_from)`;
  await session.query(
    'rebuild recent sessions',
    `insert into sessions (${SESSION_COLUMNS.join(', ')})\n${sessionsFromEventsSql(session.engine, recentEvents)}`,
    params,
  );
  await adjustVisitorDays(session, workspaceId, literal('date', earliest.day), keptFrom === null ? null : literal('date', keptFrom));
  await addRollupDays(session, 'web_days', `${rebuiltSessions}\nunion all select day as changed_at from day_changes`, params);
}

/**
 * The visitor-days part of {@link refreshVisitorTablesFromChanges}; no changed day is before
 * `dayBound`, and none before `keptFrom` (a date literal, or null without retention) is changed.
 */
async function adjustVisitorDays(session: Session, workspaceId: number, dayBound: string, keptFrom: string | null): Promise<void> {
  const params = { workspace: workspaceId };
  // Per visitor and day: the events written count +1, those replaced −1, merged with the stored counts.
  await session.query(
    'day changes',
    `create temp table day_changes as
select changed.visitor_id, changed.day,
  coalesce(stored.events, 0) + changed.events as events,
  -- A day added or emptied changes the visitor's next_day links.
  stored.events is null or coalesce(stored.events, 0) + changed.events = 0 as relinks,
  coalesce(stored.carts, 0) + changed.carts as carts,
  coalesce(stored.purchases, 0) + changed.purchases as purchases, stored.next_day
from (
  select visitor_id, day, sum(sign) as events, sum(case when type = 'cart' then sign else 0 end) as carts,
    sum(case when type = 'purchase' then sign else 0 end) as purchases
  from (
    select visitor_id, cast(occurred_at as date) as day, type, 1 as sign from import_typed
    union all select visitor_id, cast(occurred_at as date) as day, type, -1 as sign from replaced_events
  ) as signed${
    keptFrom === null
      ? ''
      : `
  where day >= ${keptFrom}`
  }
  group by visitor_id, day
) as changed
left join visitor_days as stored on stored.workspace_id = $workspace and stored.day >= ${dayBound}
  and stored.visitor_id = changed.visitor_id and stored.day = changed.day`,
    params,
  );
  await session.query(
    'forget changed days',
    `delete from visitor_days using day_changes
where visitor_days.workspace_id = $workspace and visitor_days.day >= ${dayBound}
  and visitor_days.visitor_id = day_changes.visitor_id and visitor_days.day = day_changes.day`,
    params,
  );
  await session.query(
    'write changed days',
    `insert into visitor_days (workspace_id, visitor_id, day, events, carts, purchases, next_day)
select $workspace, visitor_id, day, events, carts, purchases, next_day from day_changes where events > 0`,
    params,
  );
  // next_day of the days from the earliest day added or emptied of each visitor that has one, and of its last day before.
  await session.query(
    'relink days',
    `update visitor_days set next_day = linked.next_day
from (
  select days.visitor_id, days.day, lead(days.day) over (partition by days.workspace_id, days.visitor_id order by days.day) as next_day
  from visitor_days as days
  join (select visitor_id, min(day) as day from day_changes where relinks group by visitor_id) as changed on changed.visitor_id = days.visitor_id
  where days.workspace_id = $workspace and (days.day >= changed.day or days.next_day is null or days.next_day >= changed.day)
) as linked
where visitor_days.workspace_id = $workspace and visitor_days.visitor_id = linked.visitor_id and visitor_days.day = linked.day
  and visitor_days.next_day is distinct from linked.next_day`,
    params,
  );
}
