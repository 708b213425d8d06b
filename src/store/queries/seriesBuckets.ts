import type { QueryContext } from './QueryContext.js';

/**
 * The key a statistics query counts a row under, as SQL text: without `context.bucket`,
 * `groupKey` (the --by key, or null); with it, the first day (YYYY-MM-DD) of the day, ISO
 * week or month holding the row's instant or date `at`, cut to the period (a week or month
 * that starts before the period starts on its first day) — the `from` of the series point the
 * row belongs to (reportPeriods.seriesSpans). A series is never split, so the bucket takes
 * the group key's place.
 *
 * @example rowKeySql({ ...context, bucket: 'month' }, 'null', 't.submitted_at')
 *   // DuckDB: strftime(greatest(cast(date_trunc('month', cast(t.submitted_at as timestamp)) as date), $start_day::date), '%Y-%m-%d')
 */
export function rowKeySql(context: Pick<QueryContext, 'bucket' | 'session'>, groupKey: string, at: string): string {
  if (context.bucket === undefined) return groupKey;
  const start = `greatest(cast(date_trunc('${context.bucket}', cast(${at} as timestamp)) as date), $start_day::date)`;
  return context.session.engine === 'duckdb' ? `strftime(${start}, '%Y-%m-%d')` : `to_char(${start}, 'YYYY-MM-DD')`;
}

/**
 * The bounds of the period as a statistics query that depends on a state at the period's
 * start or end reads them, as SQL text: without `context.bucket`, the bound parameters
 * (`join` empty, `key` the group key); with it, the columns of `p`, one row per series point
 * (each day, ISO week or month of the period cut to it) that `join` cross-joins, and `key` the
 * point's first day (YYYY-MM-DD), so one query counts every point as it would count its period.
 */
export interface PeriodBounds {
  /** The first instant (timestamp). */
  start: string;
  /** The instant after the last (timestamp, excluded). */
  end: string;
  /** The first and last day (date). */
  firstDay: string;
  lastDay: string;
  /** ` cross join (…) as p` with `context.bucket`, else ''. */
  join: string;
  /** The key to count under: `groupKey`, or the point's first day. */
  key: (groupKey: string) => string;
}

/** The {@link PeriodBounds} of a query's period, or of each point of a series (see there). */
export function periodBoundsSql(context: Pick<QueryContext, 'bucket' | 'session'>): PeriodBounds {
  if (context.bucket === undefined) {
    return {
      start: '$start::timestamp',
      end: '$end::timestamp',
      firstDay: '$start_day::date',
      lastDay: '$end_day::date',
      join: '',
      key: (groupKey) => groupKey,
    };
  }
  const step = `interval '1 ${context.bucket}'`;
  const points = `(select ${rowKeySql(context, 'null', 'g.point')} as point_key, greatest(g.point, $start::timestamp) as point_start,
    least(g.point + ${step}, $end::timestamp) as point_end
  from generate_series(date_trunc('${context.bucket}', $start::timestamp), $end::timestamp - interval '1 day', ${step}) as g(point))`;
  return {
    start: 'p.point_start',
    end: 'p.point_end',
    firstDay: 'cast(p.point_start as date)',
    lastDay: '(cast(p.point_end as date) - 1)',
    join: ` cross join ${points} as p`,
    key: () => 'p.point_key',
  };
}
