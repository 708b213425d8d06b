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
