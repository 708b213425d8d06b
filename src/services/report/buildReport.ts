import { fieldError, UsageError } from '../../errors/errors.js';
import type { IndicatorSet } from '../../indicators/report.js';
import { type RetentionCohort, retentionCohorts } from '../../indicators/loyalty/retentionCohorts.js';
import type { ChurnDefinition } from '../../indicators/statistics.js';
import { cohortCounts } from '../../store/queries/cohortCounts.js';
import { type WebBreakdowns, webBreakdowns } from '../../indicators/web/breakdowns.js';
import { dataExtent } from '../../store/queries/dataExtent.js';
import { rawEventsKeptFrom } from '../../store/rollups/rawEventsKept.js';
import { type FieldCatalog, loadFieldCatalog } from '../../store/queries/fieldCatalog.js';
import { groupCount } from '../../store/queries/groupCount.js';
import { webBreakdownCounts } from '../../store/queries/webBreakdownCounts.js';
import type { BoundPeriod, BucketInterval } from '../../store/queries/QueryContext.js';
import { ANALYSIS_FIELDS, BAND_FIELD, rowScope } from '../../store/queries/rowScope.js';
import { checkComparedFields } from '../comparedFields.js';
import type { Store } from '../../store/Store.js';
import { boundPeriod, boundToData } from './boundPeriod.js';
import { churnDefinition } from './churnDefinition.js';
import type { ReportQuery } from './reportQuery.js';
import {
  BUCKETED_SOURCES,
  type GroupedStatistics,
  PER_POINT_SOURCES,
  STATISTICS_KINDS,
  STATISTICS_SOURCES,
  type StatisticsSource,
} from './statisticsSources.js';
import { compareText } from '../../output/compareText.js';
import { attachBenchmarks } from '../../indicators/benchmarks/attachBenchmarks.js';
import { sectorBenchmarks } from '../benchmarks/sectorBenchmarks.js';
import { benchmarkAudience, workspaceSettings } from '../settings/workspaceSettings.js';
import { addChanges, comparisonPeriod } from './reportComparison.js';
import { checkSeriesLength, type SeriesPoint, seriesOf } from './reportSeries.js';
import type { DaySpan } from './reportPeriods.js';
import type { SeriesInterval } from '../queryFields.js';
import { indicatorsOf, type PeriodStatistics, statisticsOfGroup } from './periodStatistics.js';
import { periodHiddenFigures } from './anonymity/periodHiddenFigures.js';

/** The JSON of `barometre report` and `GET /api/report` (docs/indicators.md). */
export interface Report {
  /** The days asked (or those of the data); `boundedTo`, the last day of data, when --to ran past it and the report stops there. */
  period: { from: string | null; to: string | null; boundedTo?: string };
  indicators: Partial<IndicatorSet>;
  /** Top pages, entry and exit pages, sources, campaigns, devices…: present when sessions start in the period. */
  web?: WebBreakdowns;
  /** Present with --by: one entry per value of the field (null for rows without one). */
  groups?: { key: string | null; indicators: Partial<IndicatorSet> }[];
  /** Present with --cohorts month (unless a --where field is on neither orders nor customers): the retention triangle. */
  cohorts?: RetentionCohort[];
  /** Present with --compare: the days each indicator's `change` compares with. */
  comparedWith?: DaySpan;
  /** Present with --compare and --by: the groups' changes are called significant after this control of the false discovery rate. */
  fdr?: 'benjamini-hochberg';
  /** Present with --interval: the unit of the series. */
  interval?: SeriesInterval;
  /** Present with --interval: the indicators of each day, week or month of the period. */
  series?: SeriesPoint[];
  /**
   * Present when the workspace's retention deleted the raw events before this day (YYYY-MM-DD) and
   * the period or the comparison period starts before it: the figures that need raw events cover
   * only the days from it (rawEventsNote, docs/privacy.md "Retention").
   */
  rawEventsFrom?: string;
}

/**
 * Computes every indicator of docs/indicators.md for a workspace and a query: resolves the period,
 * runs each statistics query (SQL returns counts and sums) over the rows --where keeps,
 * and turns the statistics into values and intervals with the pure indicator functions.
 * The web breakdowns (top pages, sources…) come beside the indicators, for the whole
 * period only. With --by, the indicators again split by the field's values. An indicator whose rows have
 * none of the query's fields is left out rather than computed wrongly. `sentiment` and
 * `theme` name the stored analysis of a response's comment (or a mention's text). `now` is
 * when the report is made: the detractors' follow-up rate counts the cases whose 48 hours
 * are over by then. Churn and retention are measured as {@link churnDefinition} decides; with
 * --cohorts month the retention cohorts of the orders --where keeps come beside the indicators.
 * When the workspace has a sector, each indicator of the whole period with a published figure
 * measured the same way carries it as `benchmark` (docs/benchmarks.md).
 *
 * A --to past the last day of data is brought back to it (`period.boundedTo`). With
 * --compare, each indicator gains its `change` against the comparison period; with
 * --interval, the report adds its series (docs/indicators.md). A period starting before the
 * first day the workspace's retention keeps raw events of carries `rawEventsFrom`.
 *
 * @throws UsageError when a --where or --by field belongs to no kind of row at all, a
 *   comparison (`<`, `<=`, `>`, `>=`) names a field that holds text, the
 *   --by field has more than MAX_GROUPS values, the series would have too many points, or
 *   the comparison period overlaps the report's.
 */
export async function buildReport(store: Store, workspaceId: number, query: ReportQuery, now: Date = new Date()): Promise<Report> {
  const catalog = await loadFieldCatalog(store, workspaceId);
  const fields = [...query.where.map((filter) => filter.field), ...(query.by === null ? [] : [query.by])];
  for (const field of fields) checkFieldExists(field, catalog);
  await checkComparedFields(store, workspaceId, query.where, catalog, STATISTICS_KINDS);
  // Sentiment and theme filters read the stored text analyses: bring them up to date first
  // (only new or changed texts are analysed).
  // The text analysis (model, stemmers, language identification) is loaded only for a report that filters or splits by it.
  if (fields.some((field) => (ANALYSIS_FIELDS as readonly string[]).includes(field))) {
    await import('../feedback/refreshAnalyses.js').then(({ refreshAnalyses }) => refreshAnalyses(store, workspaceId));
  }
  if (query.by !== null) await checkGroupCount(store, workspaceId, query, catalog);
  const extent = await dataExtent(store, workspaceId);
  const { boundedTo, ...days } = boundToData(query, extent);
  const period = boundPeriod(days, extent);
  const report: Report = { period: { from: period?.from ?? null, to: boundedTo === null ? (period?.to ?? null) : query.to }, indicators: {} };
  if (boundedTo !== null) report.period.boundedTo = boundedTo;
  if (period !== null && query.interval !== undefined) checkSeriesLength(period, query.interval);
  const previousPeriod = period === null || query.compare === undefined ? null : comparisonPeriod(period, query.compare);
  const churn = await churnDefinition(store, workspaceId, query.churnWindow, query.churnModel);
  const statisticsOf = async (of: BoundPeriod | null, split: boolean): Promise<PeriodStatistics> => {
    const overall = statisticsOfGroup(await gatherStatistics(store, workspaceId, { ...query, by: null }, catalog, of, now, churn), [null], of, churn);
    if (!split || query.by === null) {
      const hidden = await periodHiddenFigures(store, workspaceId, query, catalog, of, null);
      return { overall, hidden: hidden?.overall ?? null, groups: null };
    }
    const grouped = await gatherStatistics(store, workspaceId, query, catalog, of, now, churn);
    const keys = groupKeys(grouped);
    const hidden = await periodHiddenFigures(store, workspaceId, query, catalog, of, { keys });
    return {
      overall,
      hidden: hidden?.overall ?? null,
      groups: keys.map((key, index) => ({ key, statistics: statisticsOfGroup(grouped, [key], of, churn), hidden: hidden?.groups?.[index] ?? null })),
    };
  };
  const current = await statisticsOf(period, true);
  report.indicators = indicatorsOf(current.overall, current.hidden);
  // The sector figures measured as Baromètre measures (docs/benchmarks.md), when the workspace has a sector.
  const audience = benchmarkAudience(await workspaceSettings(store, workspaceId));
  if (audience !== null) report.indicators = attachBenchmarks(report.indicators, sectorBenchmarks(), audience, period?.days ?? 0);
  const web = await gatherWebBreakdowns(store, workspaceId, query, catalog, period);
  if (web !== null) report.web = web;
  if (current.groups !== null) report.groups = current.groups.map((group) => ({ key: group.key, indicators: indicatorsOf(group.statistics, group.hidden) }));
  if (previousPeriod !== null) addChanges(report, current, previousPeriod, await statisticsOf(previousPeriod, true));
  const rawEventsFrom = await rawEventsKeptFrom(store, workspaceId);
  const earliest = [period?.from, previousPeriod?.from].filter((day): day is string => day !== undefined).sort()[0];
  if (rawEventsFrom !== null && earliest !== undefined && earliest < rawEventsFrom) report.rawEventsFrom = rawEventsFrom;
  if (period !== null && query.interval !== undefined) {
    report.interval = query.interval;
    const unsplit = { ...query, by: null };
    report.series = await seriesOf(period, query.interval, {
      bucketed: (bucket) => gatherStatistics(store, workspaceId, unsplit, catalog, period, now, churn, { bucket, sources: BUCKETED_SOURCES }),
      perPoint: (point) => gatherStatistics(store, workspaceId, unsplit, catalog, point, now, churn, { sources: PER_POINT_SOURCES }),
      hidden: async (bucket, keys) => (await periodHiddenFigures(store, workspaceId, unsplit, catalog, period, { keys, bucket }))?.groups ?? null,
      churn,
    });
  }
  if (query.cohorts !== null) {
    const cohorts = await gatherCohorts(store, workspaceId, query, catalog, period);
    if (cohorts !== null) report.cohorts = cohorts;
  }
  return report;
}

/**
 * The most groups a split report has (null group aside): more is a field like an id, whose
 * report would hold one group per row and take minutes and gigabytes to build.
 */
export const MAX_GROUPS = 1000;

/** Refuses a --by field with more than MAX_GROUPS values over the rows the report reads, saying how many it has. */
async function checkGroupCount(store: Store, workspaceId: number, query: ReportQuery, catalog: FieldCatalog): Promise<void> {
  const kinds = STATISTICS_KINDS.flatMap((kind) => {
    const scope = rowScope(kind, query, catalog);
    return scope === null ? [] : [{ kind, scope }];
  });
  const groups = await groupCount(store, workspaceId, kinds);
  if (groups > MAX_GROUPS) {
    throw fieldError(
      'by',
      (name) =>
        `${name('by')} ${query.by} has ${groups.toLocaleString('en-US')} different values; a report splits into at most ${MAX_GROUPS.toLocaleString('en-US')} groups (narrow the rows with ${name('where')} or split by a coarser field).`,
    );
  }
}

/**
 * Runs every statistics query of `sources` (all by default) whose rows have the query's
 * fields; the others are left out. With `bucket`, the queries key their statistics by the
 * series point of each row instead of the --by group (only for bucketed sources).
 */
async function gatherStatistics(
  store: Store,
  workspaceId: number,
  query: ReportQuery,
  catalog: FieldCatalog,
  period: BoundPeriod | null,
  now: Date,
  churn: ChurnDefinition,
  { sources = STATISTICS_SOURCES, bucket }: { sources?: readonly StatisticsSource[]; bucket?: BucketInterval } = {},
): Promise<GroupedStatistics> {
  const results: GroupedStatistics[] = [];
  for (const source of sources) {
    if (source.onlyFor !== undefined && source.onlyFor !== churn.definition) continue;
    const scope = rowScope(source.kind, query, catalog);
    if (scope === null) continue;
    if (period === null) {
      results.push(Object.fromEntries(source.indicators.map((key) => [key, new Map()])));
      continue;
    }
    results.push(await source.run({ session: store, workspaceId, period, scope, bucket }, now, churn));
  }
  return Object.assign({}, ...results) as GroupedStatistics;
}

/** The web breakdowns of the events --where keeps, or null when no session starts in the period (or events lack a --where field). */
async function gatherWebBreakdowns(
  store: Store,
  workspaceId: number,
  query: ReportQuery,
  catalog: FieldCatalog,
  period: BoundPeriod | null,
): Promise<WebBreakdowns | null> {
  const scope = rowScope('events', { where: query.where, by: null }, catalog);
  if (scope === null || period === null) return null;
  const counts = await webBreakdownCounts({ session: store, workspaceId, period, scope });
  return counts === null ? null : webBreakdowns(counts);
}

/** The retention triangle of the orders --where keeps (no cohort without data), or null when a --where field is on neither orders nor their customers. */
async function gatherCohorts(
  store: Store,
  workspaceId: number,
  query: ReportQuery,
  catalog: FieldCatalog,
  period: BoundPeriod | null,
): Promise<RetentionCohort[] | null> {
  const scope = rowScope('orders', { where: query.where, by: null }, catalog);
  if (scope === null) return null;
  if (period === null) return [];
  return retentionCohorts(await cohortCounts({ session: store, workspaceId, period, scope }));
}

/** Every group key any indicator has, sorted, the null group last. */
function groupKeys(statistics: GroupedStatistics): (string | null)[] {
  const keys = new Set<string | null>();
  for (const grouped of Object.values(statistics)) for (const key of grouped.keys()) keys.add(key);
  return [...keys].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareText(a, b)));
}

function checkFieldExists(field: string, catalog: FieldCatalog): void {
  if ((ANALYSIS_FIELDS as readonly string[]).includes(field) || field === BAND_FIELD) return;
  for (const kind of new Set([...STATISTICS_KINDS, 'customers'] as const)) if (catalog.columns(kind).has(field) || catalog.attributes(kind).has(field)) return;
  throw new UsageError(`The field ${JSON.stringify(field)} is neither a column nor an imported attribute of any data in this workspace.`);
}
