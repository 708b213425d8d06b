import { fieldError } from '../../errors/errors.js';
import { controlEngagementDiscoveries, engagementChanges } from '../../indicators/barometer/engagementChanges.js';
import { type Change, compareIndicators, controlFalseDiscoveries } from '../../indicators/comparison/changes.js';
import type { IndicatorKey, IndicatorSet, IndicatorStatistics } from '../../indicators/report.js';
import type { BoundPeriod } from '../../store/queries/QueryContext.js';
import type { ComparePeriod } from '../queryFields.js';
import { boundPeriod } from './boundPeriod.js';
import type { Report } from './buildReport.js';
import { indicatorsOf, type PeriodStatistics } from './periodStatistics.js';
import { comparisonSpan, overlaps } from './reportPeriods.js';

/**
 * The period a report is compared with (docs/indicators.md), bound for the queries.
 *
 * @throws UsageError naming --compare when the days given overlap the report's own: the two
 *   periods' tests assume independent samples.
 */
export function comparisonPeriod(period: BoundPeriod, compare: ComparePeriod): BoundPeriod {
  const span = comparisonSpan(period, compare);
  if (overlaps(span, period)) {
    throw fieldError('compare', {
      en: (name) => `${name('compare')} ${span.from}..${span.to} overlaps the report's period ${period.from} to ${period.to}; compare with days outside it.`,
      fr: (name) =>
        `${name('compare')} ${span.from}..${span.to} chevauche la période du rapport, du ${period.from} au ${period.to}\u00a0; comparez avec des jours hors de celle-ci.`,
    });
  }
  return boundPeriod(span, { first: null, last: null })!;
}

/**
 * Adds to the report each indicator's `change` against the comparison period (overall, and
 * per group when split, a group matched by its key), and `comparedWith`. In a split report,
 * every group's change is tested and `significant` is decided after Benjamini–Hochberg at 5%
 * across the groups, per indicator; the report then says `fdr: "benjamini-hochberg"`. The
 * whole report's changes are not part of that family. The employee barometer's dimensions get
 * their own changes, and in a split report all its changes — every group's and dimension's —
 * form one family (engagementChanges.ts).
 */
export function addChanges(report: Report, current: PeriodStatistics, previousPeriod: BoundPeriod, previous: PeriodStatistics): void {
  report.comparedWith = { from: previousPeriod.from, to: previousPeriod.to };
  const previousOverall = indicatorsOf(previous.overall, previous.hidden);
  report.indicators = withEngagementChanges(
    withChanges(report.indicators, compareIndicators(period(report.indicators, current.overall), period(previousOverall, previous.overall))),
    current.overall,
    period(previousOverall, previous.overall),
  );
  if (report.groups === undefined || current.groups === null) return;
  const previousGroups = new Map((previous.groups ?? []).map((group) => [group.key, group]));
  const before = report.groups.map((group) => {
    const earlier = previousGroups.get(group.key);
    return earlier === undefined ? undefined : period(indicatorsOf(earlier.statistics, earlier.hidden), earlier.statistics);
  });
  const changes = controlFalseDiscoveries(
    report.groups.map((group, index) => {
      const now = period(group.indicators, current.groups![index]!.statistics);
      return before[index] === undefined ? {} : compareIndicators(now, before[index]);
    }),
  );
  const groups = report.groups.map((group, index) => {
    const changed = withChanges(group.indicators, changes[index]!);
    return before[index] === undefined ? changed : withEngagementChanges(changed, current.groups![index]!.statistics, before[index]);
  });
  // The barometer's changes of every group and dimension are one family (docs/indicators.md).
  const engagement = controlEngagementDiscoveries(groups.map((indicators) => indicators.employeeEngagement));
  report.groups = report.groups.map((group, index) => {
    const indicators = groups[index]!;
    const own = engagement[index];
    return { key: group.key, indicators: own === undefined ? indicators : { ...indicators, employeeEngagement: own } };
  });
  report.fdr = 'benjamini-hochberg';
}

/** The indicators with the barometer's dimensions' changes added (engagementChanges), when it is among them. */
function withEngagementChanges(
  indicators: Partial<IndicatorSet>,
  statistics: Partial<IndicatorStatistics>,
  previous: { indicators: Partial<IndicatorSet>; statistics: Partial<IndicatorStatistics> },
): Partial<IndicatorSet> {
  if (indicators.employeeEngagement === undefined) return indicators;
  const changed = engagementChanges(
    { result: indicators.employeeEngagement, statistics: statistics.employeeEngagement },
    { result: previous.indicators.employeeEngagement, statistics: previous.statistics.employeeEngagement },
  );
  return changed === undefined ? indicators : { ...indicators, employeeEngagement: changed };
}

function period(indicators: Partial<IndicatorSet>, statistics: Partial<IndicatorStatistics>) {
  return { indicators, statistics };
}

/** The indicators with each one's change added as `change` (those without a change left as they are). */
function withChanges(indicators: Partial<IndicatorSet>, changes: Partial<Record<IndicatorKey, Change>>): Partial<IndicatorSet> {
  const changed: Partial<Record<IndicatorKey, unknown>> = {};
  for (const [key, indicator] of Object.entries(indicators) as [IndicatorKey, IndicatorSet[IndicatorKey]][]) {
    const change = changes[key];
    changed[key] = change === undefined ? indicator : { ...indicator, change };
  }
  return changed as Partial<IndicatorSet>;
}
