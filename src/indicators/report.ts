import { mysteryShopping, type MysteryShoppingResult } from './audit/mysteryShopping.js';
import { averageOrderValue, type AverageOrderValueResult } from './commerce/averageOrderValue.js';
import { newCustomers, type NewCustomersResult } from './commerce/newCustomers.js';
import { purchaseFrequency, type PurchaseFrequencyResult } from './commerce/purchaseFrequency.js';
import { ces, type CesResult } from './effort/ces.js';
import { type EmployeeEngagementResult, employeeEngagement } from './barometer/employeeEngagement.js';
import { customerEngagementRate, type CustomerEngagementRateResult } from './engagement/customerEngagementRate.js';
import { churnRate, type ChurnRateResult } from './loyalty/churnRate.js';
import { clvHistorical, type ClvHistoricalResult } from './loyalty/clvHistorical.js';
import { repurchaseRate, type RepurchaseRateResult } from './loyalty/repurchaseRate.js';
import { retentionRate, type RetentionRateResult } from './loyalty/retentionRate.js';
import { detractorFollowUp, type DetractorFollowUpResult } from './recommendation/detractorFollowUp.js';
import { enps, type EnpsResult, type EnpsSuppressedResult } from './recommendation/enps.js';
import { nps, type NpsResult } from './recommendation/nps.js';
import { csat, type CsatResult } from './satisfaction/csat.js';
import { shareOfVoice, type ShareOfVoiceResult } from './social/shareOfVoice.js';
import { socialEngagementRate, type SocialEngagementRateResult } from './social/socialEngagementRate.js';
import type {
  CartStatistics,
  CesDistribution,
  ChurnStatistics,
  ConversionStatistics,
  CustomerEngagementStatistics,
  EmployeeEngagementStatistics,
  CsatDistribution,
  DetractorFollowUpStatistics,
  FirstWeekStatistics,
  HistoricalValueStatistics,
  MysteryShoppingStatistics,
  NewCustomerStatistics,
  NpsDistribution,
  OrderValueStatistics,
  PurchaseFrequencyStatistics,
  RepurchaseStatistics,
  RetentionStatistics,
  SessionStatistics,
  ShareOfVoiceStatistics,
  SocialEngagementStatistics,
  StickinessStatistics,
} from './statistics.js';
import { cartAbandonmentRate, type CartAbandonmentRateResult } from './web/cartAbandonmentRate.js';
import { conversionRate, type ConversionRateResult } from './web/conversionRate.js';
import { firstWeekEngagement, type FirstWeekEngagementResult } from './web/firstWeekEngagement.js';
import { sessions, type SessionsResult } from './web/sessions.js';
import { stickiness, type StickinessResult } from './web/stickiness.js';

/** Every indicator of `barometre report`, keyed and ordered as in docs/indicators.md. */
export interface IndicatorSet {
  nps: NpsResult;
  detractorFollowUp: DetractorFollowUpResult;
  enps: EnpsResult;
  employeeEngagement: EmployeeEngagementResult;
  /** Hidden (`suppressed`) when it rests on 1 to 4 employees' answers, or by the report's anonymity rules. */
  csat: CsatResult | EnpsSuppressedResult;
  ces: CesResult | EnpsSuppressedResult;
  churnRate: ChurnRateResult;
  retentionRate: RetentionRateResult;
  repurchaseRate: RepurchaseRateResult;
  sessions: SessionsResult;
  stickiness: StickinessResult;
  firstWeekEngagement: FirstWeekEngagementResult;
  socialEngagementRate: SocialEngagementRateResult;
  shareOfVoice: ShareOfVoiceResult;
  cartAbandonmentRate: CartAbandonmentRateResult;
  clvHistorical: ClvHistoricalResult;
  mysteryShopping: MysteryShoppingResult;
  customerEngagementRate: CustomerEngagementRateResult;
  conversionRate: ConversionRateResult;
  newCustomers: NewCustomersResult;
  averageOrderValue: AverageOrderValueResult;
  purchaseFrequency: PurchaseFrequencyResult;
}

/** The sufficient statistics each indicator of {@link IndicatorSet} is computed from. */
export interface IndicatorStatistics {
  nps: NpsDistribution;
  detractorFollowUp: DetractorFollowUpStatistics;
  enps: NpsDistribution;
  employeeEngagement: EmployeeEngagementStatistics;
  csat: CsatDistribution;
  ces: CesDistribution;
  churnRate: ChurnStatistics;
  retentionRate: RetentionStatistics;
  repurchaseRate: RepurchaseStatistics;
  sessions: SessionStatistics;
  stickiness: StickinessStatistics;
  firstWeekEngagement: FirstWeekStatistics;
  socialEngagementRate: SocialEngagementStatistics;
  shareOfVoice: ShareOfVoiceStatistics;
  cartAbandonmentRate: CartStatistics;
  clvHistorical: HistoricalValueStatistics;
  mysteryShopping: MysteryShoppingStatistics;
  customerEngagementRate: CustomerEngagementStatistics;
  conversionRate: ConversionStatistics;
  newCustomers: NewCustomerStatistics;
  averageOrderValue: OrderValueStatistics;
  purchaseFrequency: PurchaseFrequencyStatistics;
}

/** The name of one indicator, a key of the report's `indicators` object. */
export type IndicatorKey = keyof IndicatorSet;

/** The indicator functions by key; the type ties each key's statistics to its result. */
const INDICATOR_FUNCTIONS: { readonly [K in IndicatorKey]: (statistics: IndicatorStatistics[K]) => IndicatorSet[K] } = {
  nps,
  detractorFollowUp,
  enps,
  employeeEngagement,
  csat,
  ces,
  churnRate,
  retentionRate,
  repurchaseRate,
  sessions,
  stickiness,
  firstWeekEngagement,
  socialEngagementRate,
  shareOfVoice,
  cartAbandonmentRate,
  clvHistorical,
  mysteryShopping,
  customerEngagementRate,
  conversionRate,
  newCustomers,
  averageOrderValue,
  purchaseFrequency,
};

/** The keys in docs/indicators.md's order, which is also the order of the output's keys. */
const INDICATOR_KEYS: readonly IndicatorKey[] = [
  'nps',
  'detractorFollowUp',
  'enps',
  'employeeEngagement',
  'csat',
  'ces',
  'churnRate',
  'retentionRate',
  'repurchaseRate',
  'sessions',
  'stickiness',
  'firstWeekEngagement',
  'socialEngagementRate',
  'shareOfVoice',
  'cartAbandonmentRate',
  'clvHistorical',
  'mysteryShopping',
  'customerEngagementRate',
  'conversionRate',
  'newCustomers',
  'averageOrderValue',
  'purchaseFrequency',
];

/** Computes one key; generic so that the statistics and the function agree on K. */
function computeOne<K extends IndicatorKey>(key: K, statistics: Partial<IndicatorStatistics>, into: Partial<IndicatorSet>): void {
  const input = statistics[key];
  if (input !== undefined) {
    into[key] = INDICATOR_FUNCTIONS[key](input);
  }
}

/**
 * Turns the sufficient statistics of a period (or of one `--by` group) into the indicators
 * of `barometre report`.
 *
 * Each key present in `statistics` goes through its indicator function (`nps`, `detractorFollowUp`, `enps`, …,
 * `mysteryShopping`); a key that is absent (or `undefined`) is absent from the result. That
 * is how an indicator whose rows have no `--by` field is left out of the groups rather than
 * computed wrongly (docs/cli.md). The result's keys follow docs/indicators.md's order, whatever the
 * order of the input. Definitions, sources, intervals and pitfalls are on each function and
 * in docs/indicators.md.
 *
 * @param statistics - the statistics per indicator key, any subset of them
 * @returns the indicators for the keys given, in contract order
 * @throws {RangeError} when any indicator's statistics are invalid (the message names the
 *   indicator and the value)
 *
 * @example
 * computeIndicators({ churnRate: { atStart: 20, lost: 0, definition: { definition: 'contract' } }, clvHistorical: { customers: 4, revenue: 250 } })
 * // { churnRate: { value: 0, atStart: 20, lost: 0, ci95: [0, 16.112515805281937], definition: 'contract' },
 * //   clvHistorical: { value: 62.5, customers: 4, revenue: 250 } }
 */
export function computeIndicators(statistics: Partial<IndicatorStatistics>): Partial<IndicatorSet> {
  const indicators: Partial<IndicatorSet> = {};
  for (const key of INDICATOR_KEYS) {
    computeOne(key, statistics, indicators);
  }
  return indicators;
}
