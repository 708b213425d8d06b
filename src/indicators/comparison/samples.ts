import type { NpsCounts } from '../stats/npsDifference.js';
import type { ProportionCounts } from '../stats/newcombeDifference.js';
import type { MeanSample } from '../stats/welchTest.js';
import { meanOfSums } from '../stats/meanOfSums.js';
import { hundredScaleSample } from '../barometer/engagementChanges.js';
import type { IndicatorKey, IndicatorSet, IndicatorStatistics } from '../report.js';

/** What a period's indicator is tested on, by the kind of value it is. */
export type Sample =
  | { method: 'adjusted-wald'; counts: NpsCounts }
  | { method: 'newcombe'; counts: ProportionCounts }
  | { method: 'welch'; sample: MeanSample };

/** The name of a test of a change, as the report's `change.method` writes it. */
export type ChangeMethod = Sample['method'];

/** One indicator's result and statistics, loosely typed: each reader below knows its own fields. */
type Fields = Record<string, unknown>;

/** The NPS keys: a difference of two scores, tested by the adjusted-Wald method. */
const NPS_KEYS: readonly IndicatorKey[] = ['nps', 'enps'];

/**
 * The proportions, each as k of n read from the indicator's own fields: a difference of two
 * proportions, tested with Newcombe's hybrid score interval. Their values are percentages.
 */
export const PROPORTIONS: Partial<Record<IndicatorKey, { k: string; n: string }>> = {
  detractorFollowUp: { k: 'contacted', n: 'n' },
  csat: { k: 'positive', n: 'n' },
  churnRate: { k: 'lost', n: 'atStart' },
  repurchaseRate: { k: 'repeatCustomers', n: 'customers' },
  firstWeekEngagement: { k: 'engaged', n: 'newCustomers' },
  shareOfVoice: { k: 'ownMentions', n: 'totalMentions' },
  cartAbandonmentRate: { k: 'abandoned', n: 'carts' },
};

/**
 * The means, each as n, mean and sample variance read from the indicator's sufficient
 * statistics (the result carries no variance): a difference of two means, tested by Welch's t.
 * A mean whose statistics lack the sum of squares (null) has no test.
 */
const MEANS: Partial<Record<IndicatorKey, (statistics: Fields) => MeanSample | null>> = {
  ces: (statistics) => meanOfDistribution(statistics as unknown as IndicatorStatistics['ces'], 1),
  employeeEngagement: (statistics) => hundredScaleSample((statistics as unknown as IndicatorStatistics['employeeEngagement']).scores),
  socialEngagementRate: (statistics) => {
    const { posts, sumRate, sumSquaredRate } = statistics as unknown as IndicatorStatistics['socialEngagementRate'];
    return sumSquaredRate === undefined ? null : meanOfSums(posts, sumRate, sumSquaredRate);
  },
};

/** Whether the indicator's value is an NPS (−100 to 100). */
export function isNpsKey(key: IndicatorKey): boolean {
  return NPS_KEYS.includes(key);
}

/**
 * What a period's indicator can be tested on: NPS counts, k of n, or a mean with its
 * variance; null when the indicator has no value in the period (no rows, suppressed) or is
 * none of these (a ratio of sums such as stickiness, a count, a value per customer).
 */
export function sampleOf<K extends IndicatorKey>(key: K, result: IndicatorSet[K], statistics: IndicatorStatistics[K] | undefined): Sample | null {
  const fields = result as unknown as Fields;
  if (typeof fields.value !== 'number') return null;
  if (isNpsKey(key)) {
    const { promoters, passives, detractors } = fields as unknown as NpsCounts;
    return { method: 'adjusted-wald', counts: { promoters, passives, detractors } };
  }
  const proportion = PROPORTIONS[key];
  if (proportion !== undefined) return { method: 'newcombe', counts: { k: fields[proportion.k] as number, n: fields[proportion.n] as number } };
  const mean = MEANS[key];
  const sample = mean === undefined || statistics === undefined ? null : mean(statistics as unknown as Fields);
  return sample === null ? null : { method: 'welch', sample };
}

/** n, mean and sample variance of the answers counted per score (index 0 = `firstScore`). */
function meanOfDistribution(distribution: readonly number[], firstScore: number): MeanSample {
  const n = distribution.reduce((sum, count) => sum + count, 0);
  const mean = distribution.reduce((sum, count, index) => sum + count * (index + firstScore), 0) / n;
  const squares = distribution.reduce((sum, count, index) => sum + count * (index + firstScore - mean) ** 2, 0);
  return { n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
}
