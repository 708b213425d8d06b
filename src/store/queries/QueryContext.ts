import type { Session, SqlValue } from '../Store.js';
import type { RowScope } from './rowScope.js';
import { compareText } from '../../output/compareText.js';

/** The report period as the queries bind it: [start, end) in UTC, end = the day after `to`. */
export interface BoundPeriod {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD (included). */
  to: string;
  /** `from` at 00:00 UTC, as an SQL timestamp literal, moved into the dates data can have (DATE_RANGE). */
  start: string;
  /** The day after `to` at 00:00 UTC, moved likewise: at most 2201-01-01, never a five-digit year. */
  end: string;
  /** Calendar days in the period. */
  days: number;
  /**
   * `from` and `to` as the queries bind them (start_day, end_day): kept within the dates
   * data can have (DATE_RANGE), like `start` and `end`, so any day a query names parses on both engines.
   */
  firstDay: string;
  lastDay: string;
}

/** The calendar units a report's series cuts its period into: a day, an ISO week (Monday to Sunday) or a month (UTC). */
export type BucketInterval = 'day' | 'week' | 'month';

/**
 * Everything a statistics query needs: where to run, which workspace, which period, which
 * rows. With `bucket` (a report's series, never split by --by), a query that supports it keys
 * its statistics by the bucket of each row's date instead of the group key (see rowKeySql).
 */
export interface QueryContext {
  session: Session;
  workspaceId: number;
  period: BoundPeriod;
  scope: RowScope;
  bucket?: BucketInterval;
}

/** The parameters every statistics query binds, plus those of its row scope. */
export function queryParams(context: QueryContext): Record<string, SqlValue> {
  return {
    workspace: context.workspaceId,
    start: context.period.start,
    end: context.period.end,
    start_day: context.period.firstDay,
    end_day: context.period.lastDay,
    ...context.scope.params,
  };
}

/** Statistics per group key (null = rows without a value, or the whole report when not split). */
export type Grouped<T> = Map<string | null, T>;

/** Groups query rows by their `group_key` column, turning each row into statistics. */
export function byGroup<R extends { group_key: unknown }, T>(rows: readonly R[], toStatistics: (row: R) => T): Grouped<T> {
  return new Map(rows.map((row) => [row.group_key === null ? null : String(row.group_key), toStatistics(row)]));
}

/**
 * Orders rows by a text column by code point, the same on both engines (their collations
 * differ), so per-brand, per-platform and per-site objects list their keys identically.
 */
export function sortedBy<R>(rows: readonly R[], text: (row: R) => string): R[] {
  return [...rows].sort((a, b) => compareText(text(a), text(b)));
}
