import type { ImportKind } from '../../store/schema/kinds.js';
import type { IndicatorKey, IndicatorStatistics } from '../../indicators/report.js';
import type { ChurnDefinition } from '../../indicators/statistics.js';
import { auditScores } from '../../store/queries/auditScores.js';
import { cartCounts } from '../../store/queries/cartCounts.js';
import { conversionCounts } from '../../store/queries/conversionCounts.js';
import { customerCounts } from '../../store/queries/customerCounts.js';
import { engagementStatistics, likertItems } from '../../store/queries/engagementStatistics.js';
import { engagementCounts } from '../../store/queries/engagementCounts.js';
import { firstWeekCounts } from '../../store/queries/firstWeekCounts.js';
import { followUpCounts } from '../../store/queries/followUpCounts.js';
import { mentionCounts } from '../../store/queries/mentionCounts.js';
import { orderCounts } from '../../store/queries/orderCounts.js';
import { inactivityCounts } from '../../store/queries/inactivityCounts.js';
import { modelChurnCounts } from './modelChurnCounts.js';
import { newCustomerCounts } from '../../store/queries/newCustomerCounts.js';
import { postEngagement } from '../../store/queries/postEngagement.js';
import type { Grouped, QueryContext } from '../../store/queries/QueryContext.js';
import { recommendationCounts } from '../../store/queries/recommendationCounts.js';
import { scaleCounts } from '../../store/queries/scaleCounts.js';
import { sessionStatistics } from '../../store/queries/sessionStatistics.js';
import { stickinessSums } from '../../store/queries/stickinessSums.js';

/** Grouped statistics for some indicators, as one query returns them. */
export type GroupedStatistics = { [K in IndicatorKey]?: Grouped<IndicatorStatistics[K]> };

/**
 * One statistics query: the kind of rows it reads (for --where/--by) and the indicators it
 * feeds; `now` is the moment the report is made (the follow-up rate counts only the cases
 * that can be judged by then); `churn`, how the report measures churn. A source with
 * `onlyFor` runs only under that churn definition. A `bucketed` source honours
 * `context.bucket`: one run gives every point of a series, keyed by the point's first day (the
 * null key, when present, holds the statistics of a point without rows of its own) — a sum
 * over rows dated in the period groups them by point (rowKeySql), a count of a state at the
 * period's start or end counts it at each point's (periodBoundsSql). The others (churn by the
 * model, fitted at each point's start and end) run once per point.
 */
export interface StatisticsSource {
  kind: ImportKind;
  indicators: readonly IndicatorKey[];
  onlyFor?: ChurnDefinition['definition'];
  bucketed?: true;
  run: (context: QueryContext, now: Date, churn: ChurnDefinition) => Promise<GroupedStatistics>;
}

/** Churn's and retention's statistics from one set of counts per group, with the definition that produced them. */
function churnStatistics(
  counts: Grouped<Omit<IndicatorStatistics['retentionRate'] & IndicatorStatistics['churnRate'], 'definition'>>,
  definition: ChurnDefinition,
): GroupedStatistics {
  const withDefinition = new Map([...counts].map(([key, value]) => [key, { ...value, definition }]));
  return { churnRate: withDefinition, retentionRate: withDefinition };
}

/** Which query feeds which indicators of docs/indicators.md, and over which rows. */
export const STATISTICS_SOURCES: readonly StatisticsSource[] = [
  {
    kind: 'responses',
    indicators: ['nps', 'enps'],
    bucketed: true,
    run: async (context) => {
      const counts = await recommendationCounts(context);
      return { nps: counts.customer, enps: counts.employee };
    },
  },
  {
    // Only for a workspace whose employee surveys have Likert items with a dimension: absent otherwise.
    kind: 'responses',
    indicators: ['employeeEngagement'],
    bucketed: true,
    run: async (context) => {
      const items = await likertItems(context.session, context.workspaceId);
      return items.length === 0 ? {} : { employeeEngagement: await engagementStatistics(context, items) };
    },
  },
  {
    kind: 'responses',
    indicators: ['detractorFollowUp'],
    bucketed: true,
    run: async (context, now) => ({ detractorFollowUp: await followUpCounts(context, now) }),
  },
  { kind: 'responses', indicators: ['csat'], bucketed: true, run: async (context) => ({ csat: await scaleCounts(context, 'csat') }) },
  { kind: 'responses', indicators: ['ces'], bucketed: true, run: async (context) => ({ ces: await scaleCounts(context, 'ces') }) },
  {
    kind: 'customers',
    indicators: ['churnRate', 'retentionRate'],
    onlyFor: 'contract',
    bucketed: true,
    run: async (context, _now, churn) => churnStatistics(await customerCounts(context), churn),
  },
  {
    // Acquisition counts customers whatever the churn definition: a query of its own.
    kind: 'customers',
    indicators: ['newCustomers'],
    bucketed: true,
    run: async (context) => ({ newCustomers: await newCustomerCounts(context) }),
  },
  {
    kind: 'orders',
    indicators: ['churnRate', 'retentionRate'],
    onlyFor: 'inactivity',
    bucketed: true,
    run: async (context, _now, churn) => (churn.definition === 'inactivity' ? churnStatistics(await inactivityCounts(context, churn.windowDays), churn) : {}),
  },
  {
    // By the model, the verdicts are per customer: --where and --by name customer fields.
    kind: 'customers',
    indicators: ['churnRate', 'retentionRate'],
    onlyFor: 'model',
    run: async (context, _now, churn) => {
      if (churn.definition !== 'model') return {};
      const { counts, reason } = await modelChurnCounts(context, churn.threshold);
      return churnStatistics(counts, reason === undefined ? churn : { ...churn, reason });
    },
  },
  {
    kind: 'orders',
    indicators: ['repurchaseRate', 'clvHistorical', 'averageOrderValue', 'purchaseFrequency'],
    bucketed: true,
    run: async (context) => {
      const counts = await orderCounts(context);
      return { repurchaseRate: counts, clvHistorical: counts, averageOrderValue: counts, purchaseFrequency: counts };
    },
  },
  { kind: 'events', indicators: ['sessions'], bucketed: true, run: async (context) => ({ sessions: await sessionStatistics(context) }) },
  { kind: 'events', indicators: ['stickiness'], bucketed: true, run: async (context) => ({ stickiness: await stickinessSums(context) }) },
  { kind: 'customers', indicators: ['firstWeekEngagement'], bucketed: true, run: async (context) => ({ firstWeekEngagement: await firstWeekCounts(context) }) },
  { kind: 'posts', indicators: ['socialEngagementRate'], bucketed: true, run: async (context) => ({ socialEngagementRate: await postEngagement(context) }) },
  { kind: 'mentions', indicators: ['shareOfVoice'], bucketed: true, run: async (context) => ({ shareOfVoice: await mentionCounts(context) }) },
  { kind: 'events', indicators: ['cartAbandonmentRate'], bucketed: true, run: async (context) => ({ cartAbandonmentRate: await cartCounts(context) }) },
  { kind: 'audits', indicators: ['mysteryShopping'], bucketed: true, run: async (context) => ({ mysteryShopping: await auditScores(context) }) },
  {
    kind: 'customers',
    indicators: ['customerEngagementRate'],
    bucketed: true,
    run: async (context) => ({ customerEngagementRate: await engagementCounts(context) }),
  },
  { kind: 'events', indicators: ['conversionRate'], bucketed: true, run: async (context) => ({ conversionRate: await conversionCounts(context) }) },
];

/** The kinds of rows the report reads, each once, in the order of {@link STATISTICS_SOURCES}. */
export const STATISTICS_KINDS: readonly ImportKind[] = [...new Set(STATISTICS_SOURCES.map((source) => source.kind))];

/** The sources a series runs once over its whole period, keyed by point (see {@link StatisticsSource}). */
export const BUCKETED_SOURCES: readonly StatisticsSource[] = STATISTICS_SOURCES.filter((source) => source.bucketed);

/** The sources a series runs once per point: those that depend on a state at the point's start or end. */
export const PER_POINT_SOURCES: readonly StatisticsSource[] = STATISTICS_SOURCES.filter((source) => !source.bucketed);
