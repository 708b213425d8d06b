import { z } from 'zod';
import { fieldError } from '../../errors/errors.js';
import {
  type ChurnModel,
  type ComparePeriod,
  oneOf,
  optionalChurnModel,
  optionalChurnWindow,
  optionalComparePeriod,
  optionalFieldName,
  optionalSeriesInterval,
  parseQuery,
  periodFields,
  refuseBackwardsPeriod,
  type SeriesInterval,
} from '../queryFields.js';
import { type FieldFilter, filterText } from '../../store/queries/rowScope.js';

export { type FieldFilter, filterText };

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
  /** Churn judged by this purchase model (--churn-model: BG/NBD's P(alive) below one half), absent: by contract or inactivity (docs/indicators.md). */
  churnModel?: ChurnModel | undefined;
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
  churnModel: optionalChurnModel,
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
 * `churnModel` is the switch --churn-model or, in a URL, bgnbd, true, 1, false, 0 or
 * nothing, and is refused beside `churnWindow`; `cohorts` is `month`; `interval` is day, week or month; `compare` is previous, year or
 * FROM..TO (two such days, FROM ≤ TO).
 *
 * @throws UsageError about the field at fault (`error.field`), worded for the CLI or the API by `wordedFor`.
 * @example parseReportQuery({ from: '2025-01-01', where: ['channel=web'] })
 *   // { from: '2025-01-01', to: null, where: [{ field: 'channel', value: 'web' }], by: null }
 */
export function parseReportQuery(input: ReportQueryInput): ReportQuery {
  const query = parseQuery(reportQuerySchema, input);
  refuseBackwardsPeriod(query);
  if (query.churnModel !== undefined && query.churnWindow !== null) {
    throw fieldError('churnModel', {
      en: (name) =>
        `${name('churnModel')} and ${name('churnWindow')} cannot be given together: churn is judged either by the model or by an inactivity window.`,
      fr: (name) =>
        `${name('churnModel')} et ${name('churnWindow')} ne peuvent pas être donnés ensemble : l'attrition se juge soit par le modèle, soit par une fenêtre d'inactivité.`,
    });
  }
  return query;
}
