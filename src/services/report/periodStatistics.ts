import { withPrecisionFlags } from '../../indicators/comparison/lowPrecision.js';
import { computeIndicators, type IndicatorKey, type IndicatorSet, type IndicatorStatistics } from '../../indicators/report.js';
import type { ChurnDefinition } from '../../indicators/statistics.js';
import type { BoundPeriod } from '../../store/queries/QueryContext.js';
import { type HiddenFigures, withHiddenDimensions, withHiddenFigures } from './anonymity/employeeAnonymity.js';
import { emptyStatistics } from './emptyStatistics.js';
import type { GroupedStatistics } from './statisticsSources.js';

/** The statistics of one period: the whole report's and, when split, each group's, with the employee figures each hides (anonymity/). */
export interface PeriodStatistics {
  overall: Partial<IndicatorStatistics>;
  hidden: HiddenFigures | null;
  groups: { key: string | null; statistics: Partial<IndicatorStatistics>; hidden: HiddenFigures | null }[] | null;
}

/**
 * Computes a period's (or a group's) indicators from its statistics, flagging the imprecise ones
 * (`lowPrecision`), the employee figures and barometer dimensions in `hidden` replaced by their
 * suppression marker (docs/indicators.md, "Anonymity").
 */
export function indicatorsOf(statistics: Partial<IndicatorStatistics>, hidden: HiddenFigures | null = null): Partial<IndicatorSet> {
  return withPrecisionFlags(withHiddenFigures(computeIndicators(withHiddenDimensions(statistics, hidden)), hidden));
}

/**
 * One group's statistics per indicator: for each indicator the statistics under the first of
 * `keys` it has, else the empty statistics of `period` (a group, or a series point, without rows).
 */
export function statisticsOfGroup(
  statistics: GroupedStatistics,
  keys: readonly (string | null)[],
  period: BoundPeriod | null,
  churn: ChurnDefinition,
): Partial<IndicatorStatistics> {
  const empty = emptyStatistics(period?.days ?? 0, churn);
  const picked: Partial<Record<IndicatorKey, unknown>> = {};
  for (const indicator of Object.keys(statistics) as IndicatorKey[]) {
    const grouped = statistics[indicator];
    const key = keys.find((candidate) => grouped?.has(candidate));
    picked[indicator] = key === undefined ? empty[indicator] : grouped?.get(key);
  }
  return picked as Partial<IndicatorStatistics>;
}
