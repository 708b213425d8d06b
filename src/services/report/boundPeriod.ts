import { DATE_RANGE } from '../../store/schema/dateRange.js';
import type { DataExtent } from '../../store/queries/dataExtent.js';
import type { BoundPeriod } from '../../store/queries/QueryContext.js';
import type { ReportQuery } from './reportQuery.js';

const DAY_MS = 86_400_000;

/**
 * Fixes the report's days: the query's --from/--to, or else the first/last day with data
 * (docs/cli.md: "without them the period is all the data"). Returns null when neither the
 * query nor the data gives a day. A lone --from past the data ends on itself.
 *
 * @example boundPeriod({ from: '2025-01-01', to: '2025-01-31', where: [], by: null }, { first: null, last: null })
 *   // { from: '2025-01-01', to: '2025-01-31', start: '2025-01-01 00:00:00', end: '2025-02-01 00:00:00', days: 31, firstDay: '2025-01-01', lastDay: '2025-01-31' }
 */
export function boundPeriod(query: Pick<ReportQuery, 'from' | 'to'>, extent: DataExtent): BoundPeriod | null {
  const from = query.from ?? (extent.first !== null && (query.to === null || extent.first <= query.to) ? extent.first : query.to);
  const to = query.to ?? (extent.last !== null && (from === null || extent.last >= from) ? extent.last : from);
  if (from === null || to === null) return null;
  const startMs = Date.parse(`${from}T00:00:00Z`);
  const endMs = Date.parse(`${to}T00:00:00Z`) + DAY_MS;
  const start = withinStoredDates(startMs);
  const end = withinStoredDates(endMs);
  return {
    from,
    to,
    start: timestampLiteral(start),
    end: timestampLiteral(end),
    days: Math.round((endMs - startMs) / DAY_MS),
    firstDay: dayText(start),
    lastDay: dayText(end - DAY_MS),
  };
}

/**
 * The query's days with a --to past the last day of data brought back to that day, so that
 * days without data do not dilute the indicators (stickiness counts each day's visitors
 * against the month's, and would fall for every empty day), and the day it was brought back
 * to, or null when it was not. A period that starts after the data is left as asked.
 *
 * @example boundToData({ from: '2026-10-01', to: '2026-12-31' }, { first: '2025-05-03', last: '2026-10-31' })
 *   // { from: '2026-10-01', to: '2026-10-31', boundedTo: '2026-10-31' }
 */
export function boundToData(query: Pick<ReportQuery, 'from' | 'to'>, extent: DataExtent): { from: string | null; to: string | null; boundedTo: string | null } {
  const last = extent.last;
  if (query.to === null || last === null || query.to <= last || (query.from !== null && query.from > last))
    return { from: query.from, to: query.to, boundedTo: null };
  return { from: query.from, to: last, boundedTo: last };
}

/** The first instant data can have, and the midnight after the last (src/store/schema/dateRange.ts). */
const FIRST_STORED_MS = Date.parse(DATE_RANGE.first);
const AFTER_LAST_STORED_MS = Date.parse(DATE_RANGE.last) + 1000;

/**
 * Moves an instant into [first stored date, midnight after the last]: no stored row lies
 * outside, so the rows a period takes are the same, and its bounds are dates both engines
 * parse (year 0 and year 10000 are not: PostgreSQL has no year 0, and JavaScript writes
 * 10000-01-01 as +010000-01-01).
 */
function withinStoredDates(ms: number): number {
  return Math.min(Math.max(ms, FIRST_STORED_MS), AFTER_LAST_STORED_MS);
}

function timestampLiteral(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
}

function dayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
