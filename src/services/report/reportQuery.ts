import { z } from 'zod';
import {
  type ComparePeriod,
  oneOf,
  optionalChurnWindow,
  optionalComparePeriod,
  optionalFieldName,
  optionalSeriesInterval,
  parseQuery,
  periodFields,
  refuseBackwardsPeriod,
  type SeriesInterval,
} from '../queryFields.js';
import type { FieldFilter } from '../../store/queries/rowScope.js';

export type { FieldFilter };

/**
 * What a report asks for — the one query shape the CLI, the HTTP API and the dashboard
 * send (docs/cli.md, docs/api.md). Dates are calendar days in UTC, both ends included; null means
 * "from the first data" / "to the last data".
 */
export interface ReportQuery {
  from: string | null;
  to: string | null;
  where: FieldFilter[];
  by: string | null;
  /** The inactivity window of churn in days (--churn-window), or null: the workspace's definition and window (docs/indicators.md). */
  churnWindow: number | null;
  /** `month` adds the retention cohorts by month of first order (--cohorts month), null leaves them out. */
  cohorts: 'month' | null;
  /** With a unit, the report adds a series of that unit (docs/indicators.md); absent: none. */
  interval?: SeriesInterval;
  /** With a period, each indicator gains its change against it; absent: no comparison. */
  compare?: ComparePeriod;
}

const cohortsField = oneOf(['month'], (value) => ({ en: `${value} must be month.`, fr: `${value} doit être month.` }))
  .optional()
  .transform((value) => value ?? null);

const reportQuerySchema = z.object({
  ...periodFields,
  by: optionalFieldName,
  churnWindow: optionalChurnWindow,
  cohorts: cohortsField,
  interval: optionalSeriesInterval,
  compare: optionalComparePeriod,
});

/** The fields of a report query, by their neutral names (the URL parameters of GET /api/report). */
export const REPORT_QUERY_FIELDS: readonly string[] = Object.keys(reportQuerySchema.shape);

/** The query's raw parts, as flags or URL parameters carry them (text, or absent). */
export type ReportQueryInput = z.input<typeof reportQuerySchema>;

/**
 * Checks and shapes a report query: dates must be real calendar days written YYYY-MM-DD
 * in the years 1900 to 2200 with from ≤ to; each filter is FIELD=VALUE with a non-empty
 * field; `by` names a field; `churnWindow` is a whole number of days from 1 to 3650;
 * `cohorts` is `month`; `interval` is day, week or month; `compare` is previous, year or
 * FROM..TO (two such days, FROM ≤ TO).
 *
 * @throws UsageError about the field at fault (`error.field`), worded for the CLI or the API by `wordedFor`.
 * @example parseReportQuery({ from: '2025-01-01', where: ['channel=web'] })
 *   // { from: '2025-01-01', to: null, where: [{ field: 'channel', value: 'web' }], by: null }
 */
export function parseReportQuery(input: ReportQueryInput): ReportQuery {
  const query = parseQuery(reportQuerySchema, input);
  refuseBackwardsPeriod(query);
  return query;
}
