import { sessionsFromEventsSql, visitorDaysFromEventsSql } from '../maintenance/sessionsSql.js';
import type { QueryContext } from './QueryContext.js';

/** Where the session and visitor-day rows of a report come from, each with a `group_key`. */
export interface VisitorRelations {
  /** The events themselves (every column, with `group_key`). */
  events: string;
  sessions: string;
  visitorDays: string;
}

/**
 * The events, sessions and visitor-days a report reads: the maintained tables when nothing narrows
 * or splits the events (the fast, usual case), else the same definitions computed from
 * the events the --where/--by scope keeps (sessions of a group are built from that
 * group's events alone).
 */
export function visitorRelations(context: QueryContext): VisitorRelations {
  const { scope } = context;
  if (scope.plain) {
    return {
      events: '(select null as group_key, e.* from events e where e.workspace_id = $workspace)',
      sessions: '(select null as group_key, s.* from sessions s where s.workspace_id = $workspace)',
      visitorDays: '(select null as group_key, d.* from visitor_days d where d.workspace_id = $workspace)',
    };
  }
  const events = `(select ${scope.groupKey} as group_key, t.*
  from events t ${scope.joins}
  where t.workspace_id = $workspace${scope.filter})`;
  return {
    events,
    sessions: `(${sessionsFromEventsSql(context.session.engine, events, true)})`,
    visitorDays: `(${visitorDaysFromEventsSql(events, true)})`,
  };
}
