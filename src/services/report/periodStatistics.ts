import { withPrecisionFlags } from '../../indicators/comparison/lowPrecision.js';
import { computeIndicators, type IndicatorSet, type IndicatorStatistics } from '../../indicators/report.js';

/** The statistics of one period: the whole report's and, when split, each group's. */
export interface PeriodStatistics {
  overall: Partial<IndicatorStatistics>;
  groups: { key: string | null; statistics: Partial<IndicatorStatistics> }[] | null;
}

/** Computes a period's (or a group's) indicators from its statistics, flagging the imprecise ones (`lowPrecision`). */
export function indicatorsOf(statistics: Partial<IndicatorStatistics>): Partial<IndicatorSet> {
  return withPrecisionFlags(computeIndicators(statistics));
}
