import { fieldError } from '../../errors/errors.js';
import type { IndicatorSet } from '../../indicators/report.js';
import type { BoundPeriod } from '../../store/queries/QueryContext.js';
import type { SeriesInterval } from '../queryFields.js';
import { boundPeriod } from './boundPeriod.js';
import { indicatorsOf, type PeriodStatistics } from './periodStatistics.js';
import { seriesLength, seriesSpans } from './reportPeriods.js';

/** One point of a report's series: a day, ISO week or month (cut to the period) and its indicators. */
export interface SeriesPoint {
  from: string;
  to: string;
  indicators: Partial<IndicatorSet>;
}

/** The most points a series has: a longer one is refused rather than run for minutes. */
export const MAX_SERIES_POINTS = 1000;

/**
 * Refuses a series of more than {@link MAX_SERIES_POINTS} points, naming --interval.
 *
 * @throws UsageError saying how many points the period would give.
 */
export function checkSeriesLength(period: BoundPeriod, interval: SeriesInterval): void {
  const points = seriesLength(period, interval);
  if (points <= MAX_SERIES_POINTS) return;
  const count = points.toLocaleString('en-US');
  const limit = MAX_SERIES_POINTS.toLocaleString('en-US');
  throw fieldError('interval', {
    en: (name) =>
      `${name('interval')} ${interval} cuts the period ${period.from} to ${period.to} into ${count} points; a series has at most ${limit} (choose a longer interval or a shorter period).`,
    fr: (name) =>
      `${name('interval')} ${interval} découpe la période du ${period.from} au ${period.to} en ${count} points\u00a0; une série en a au plus ${limit} (choisissez un intervalle plus long ou une période plus courte).`,
  });
}

/**
 * The report's series: for each day, ISO week or month of the period (cut to it), the
 * indicators of those days alone, computed by the same statistics queries and indicator
 * functions as the whole report (one run per point; `statisticsOf` runs them for a period).
 */
export async function seriesOf(
  period: BoundPeriod,
  interval: SeriesInterval,
  statisticsOf: (period: BoundPeriod) => Promise<PeriodStatistics>,
): Promise<SeriesPoint[]> {
  const points: SeriesPoint[] = [];
  for (const span of seriesSpans(period, interval)) {
    const bound = boundPeriod(span, { first: null, last: null })!;
    points.push({ from: span.from, to: span.to, indicators: indicatorsOf((await statisticsOf(bound)).overall) });
  }
  return points;
}
