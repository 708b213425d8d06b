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
 *   // { from: '2025-01-01', to: '2025-01-31', start: '2025-01-01 00:00:00', end: '2025-02-01 00:00:00', days: 31 }
 */
export function boundPeriod(query: Pick<ReportQuery, 'from' | 'to'>, extent: DataExtent): BoundPeriod | null {
  const from = query.from ?? (extent.first !== null && (query.to === null || extent.first <= query.to) ? extent.first : query.to);
  const to = query.to ?? (extent.last !== null && (from === null || extent.last >= from) ? extent.last : from);
  if (from === null || to === null) return null;
  const startMs = Date.parse(`${from}T00:00:00Z`);
  const endMs = Date.parse(`${to}T00:00:00Z`) + DAY_MS;
  return { from, to, start: timestampLiteral(startMs), end: timestampLiteral(endMs), days: Math.round((endMs - startMs) / DAY_MS) };
}

function timestampLiteral(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
}
