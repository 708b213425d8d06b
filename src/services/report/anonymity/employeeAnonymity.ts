import { filterRevealsFew, groupsToHide, isSmallGroup, type SuppressionReason } from '../../../indicators/anonymity/smallGroups.js';
import type { IndicatorSet, IndicatorStatistics } from '../../../indicators/report.js';
import type { EngagementDimensionStatistics } from '../../../indicators/statistics.js';
import type { EmployeeCounts } from '../../../store/queries/employeeCounts.js';

/** The report's figures that rest on employees' answers (docs/indicators.md, "Anonymity"). */
export const EMPLOYEE_FIGURES = ['enps', 'employeeEngagement', 'csat', 'ces'] as const;

/** One of {@link EMPLOYEE_FIGURES}. */
export type EmployeeFigure = (typeof EMPLOYEE_FIGURES)[number];

/** What a period's (or a group's) anonymity rules hide: figures and barometer dimensions, with why. */
export interface HiddenFigures {
  figures: Map<EmployeeFigure, SuppressionReason>;
  dimensions: Map<string, SuppressionReason>;
}

/** The employee counts of a period: the whole report's, and each group's in the report's group order. */
export interface PeriodEmployeeCounts {
  overall: EmployeeCounts | undefined;
  groups: (EmployeeCounts | undefined)[] | null;
}

/** The whole report's and each group's hidden figures. */
export interface PeriodHiddenFigures {
  overall: HiddenFigures;
  groups: HiddenFigures[] | null;
}

/** The count of one figure (a key, or `dimension:NAME`) in a group's counts; 0 without employees. */
function countOf(counts: EmployeeCounts | undefined, figure: string): number {
  if (counts === undefined) return 0;
  if (figure.startsWith('dimension:')) return counts.dimensions[figure.slice('dimension:'.length)] ?? 0;
  return counts[figure as EmployeeFigure];
}

/** Every figure the counts hold: the four keys, then each dimension as `dimension:NAME`. */
function figuresOf(counts: readonly (EmployeeCounts | undefined)[]): string[] {
  const dimensions = new Set(counts.flatMap((own) => Object.keys(own?.dimensions ?? {})));
  return [...EMPLOYEE_FIGURES, ...[...dimensions].sort().map((name) => `dimension:${name}`)];
}

function noneHidden(): HiddenFigures {
  return { figures: new Map(), dimensions: new Map() };
}

function hide(hidden: HiddenFigures, figure: string, reason: SuppressionReason): void {
  if (figure.startsWith('dimension:')) hidden.dimensions.set(figure.slice('dimension:'.length), reason);
  else hidden.figures.set(figure as EmployeeFigure, reason);
}

/**
 * Decides which employee figures a report hides, so that no group under 5 employees can be read
 * from it, directly or by subtraction:
 * - a figure resting on 1 to 4 employees (`small`: eNPS, the barometer and its dimensions, and
 *   CSAT or CES with 1 to 4 employee answers among theirs);
 * - with --where, a figure whose twin with one filter fewer (`parents`: one per filter, same
 *   period and split; with one filter, the unfiltered report) rests on 1 to 4 more employees
 *   (`filter`): the two side by side would reveal them;
 * - with --by, while the hidden groups of a figure hold 1 to 4 employees together, the smallest
 *   shown group too (`complement`): the total minus the shown groups would reveal them.
 */
export function hiddenFigures(filtered: PeriodEmployeeCounts, parents: readonly PeriodEmployeeCounts[]): PeriodHiddenFigures {
  const all = [filtered.overall, ...(filtered.groups ?? [])];
  const overall = noneHidden();
  const groups = filtered.groups === null ? null : filtered.groups.map(noneHidden);
  for (const figure of figuresOf(all)) {
    const count = countOf(filtered.overall, figure);
    if (isSmallGroup(count)) hide(overall, figure, 'small');
    else if (parents.some((parent) => filterRevealsFew(count, countOf(parent.overall, figure)))) hide(overall, figure, 'filter');
    if (filtered.groups === null || groups === null) continue;
    const counts = filtered.groups.map((own) => countOf(own, figure));
    const byFilter = counts.map((n, index) =>
      parents.some((parent) => filterRevealsFew(n, countOf(parent.groups?.[index], figure))) ? ('filter' as const) : null,
    );
    groupsToHide(counts, byFilter).forEach((reason, index) => {
      if (reason !== null) hide(groups[index]!, figure, reason);
    });
  }
  return { overall, groups };
}

/** The statistics with each hidden dimension of the barometer marked `hidden` (its reason), so that it is left out of the value and drivers. */
export function withHiddenDimensions(statistics: Partial<IndicatorStatistics>, hidden: HiddenFigures | null): Partial<IndicatorStatistics> {
  const engagement = statistics.employeeEngagement;
  if (hidden === null || engagement === undefined || hidden.dimensions.size === 0) return statistics;
  const dimensions: Record<string, EngagementDimensionStatistics> = {};
  for (const [name, dimension] of Object.entries(engagement.dimensions)) {
    const reason = hidden.dimensions.get(name);
    dimensions[name] = reason === undefined || reason === 'small' ? dimension : { ...dimension, hidden: reason };
  }
  return { ...statistics, employeeEngagement: { ...engagement, dimensions } };
}

/** The indicators with every hidden figure replaced by its marker: `{ suppressed: true }`, with `reason` unless it is small itself. */
export function withHiddenFigures(indicators: Partial<IndicatorSet>, hidden: HiddenFigures | null): Partial<IndicatorSet> {
  if (hidden === null || hidden.figures.size === 0) return indicators;
  const result: Partial<Record<keyof IndicatorSet, unknown>> = { ...indicators };
  for (const [figure, reason] of hidden.figures) {
    if (result[figure] !== undefined) result[figure] = reason === 'small' ? { suppressed: true } : { suppressed: true, reason };
  }
  return result as Partial<IndicatorSet>;
}
