import { fieldError } from '../../errors/errors.js';
import type { IndicatorSet } from '../../indicators/report.js';
import type { BoundPeriod } from '../../store/queries/QueryContext.js';
import type { SeriesInterval } from '../queryFields.js';
import { boundPeriod } from './boundPeriod.js';
import type { ChurnDefinition } from '../../indicators/statistics.js';
import { indicatorsOf, statisticsOfGroup } from './periodStatistics.js';
import type { HiddenFigures } from './anonymity/employeeAnonymity.js';
import type { GroupedStatistics } from './statisticsSources.js';
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

/** How a series gets its statistics: the bucketed sources in one run, the others (churn by the model) once per point. */
export interface SeriesStatistics {
  /** The bucketed sources (statisticsSources.ts) run once over the whole period, keyed by each point's first day. */
  bucketed: (interval: SeriesInterval) => Promise<GroupedStatistics>;
  /** The other sources run over one point's days (not split). */
  perPoint: (point: BoundPeriod) => Promise<GroupedStatistics>;
  /** The employee figures each point hides (anonymity/: the points are groups of the period), given the points' first days in order. */
  hidden: (interval: SeriesInterval, keys: readonly string[]) => Promise<(HiddenFigures | null)[] | null>;
  churn: ChurnDefinition;
}

/**
 * The report's series: for each day, ISO week or month of the period (cut to it), the
 * indicators of those days alone, computed from the same statistics and indicator functions
 * as the whole report: the bucketed statistics from one query each that counts every point
 * (statisticsSources.ts), the others (churn by the model, fitted at each point's start and
 * end) from one run per point. The points are groups of the period for the anonymity rules: an
 * employee figure of a point is hidden as a --by group's would be.
 */
export async function seriesOf(period: BoundPeriod, interval: SeriesInterval, statistics: SeriesStatistics): Promise<SeriesPoint[]> {
  const bucketed = await statistics.bucketed(interval);
  const spans = seriesSpans(period, interval).map((span) => ({ span, point: boundPeriod(span, { first: null, last: null })! }));
  const hidden = await statistics.hidden(
    interval,
    spans.map(({ point }) => point.firstDay),
  );
  const points: SeriesPoint[] = [];
  for (const [index, { span, point }] of spans.entries()) {
    const own = statisticsOfGroup(bucketed, [point.firstDay, null], point, statistics.churn);
    const perPoint = statisticsOfGroup(await statistics.perPoint(point), [null], point, statistics.churn);
    points.push({ from: span.from, to: span.to, indicators: indicatorsOf({ ...own, ...perPoint }, hidden?.[index] ?? null) });
  }
  return points;
}
