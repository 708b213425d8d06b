import { assertCount } from '../../indicators/_lib/assertCount.js';
import { compareText } from '../../output/compareText.js';

/** One brand's mentions in the period, as the store counts them. */
export interface BrandMentionStatistics {
  brand: string;
  /** True when the mentions are of the user's own brand (is_own_brand). */
  own: boolean;
  mentions: number;
  /** Mentions whose text was analysed (the others have no text). */
  analysed: number;
  positive: number;
  neutral: number;
  negative: number;
  /** Sum of the analysed mentions' sentiment scores, each in [−1, 1]. */
  scoreSum: number;
}

/** One brand's mentions and sentiment in one calendar month (YYYY-MM). */
export interface BrandMonthStatistics {
  brand: string;
  month: string;
  mentions: number;
  analysed: number;
  scoreSum: number;
}

/** Social listening for one brand. */
export interface BrandListening {
  brand: string;
  own: boolean;
  mentions: number;
  /** 100 × the brand's mentions / all brands' mentions (plain share of voice). */
  shareOfVoice: number | null;
  /**
   * Sentiment-weighted share of voice, labelled as such (docs/feedback.md): each mention
   * counts (1 + score) / 2 — 1 fully positive, ½ neutral or without text, 0 fully
   * negative — and the brand's weighted mentions are divided by all brands'.
   */
  sentimentWeightedShareOfVoice: number | null;
  sentiment: { positive: number; neutral: number; negative: number };
  /** Mean sentiment score of the analysed mentions, in [−1, 1]; null when none has text. */
  meanScore: number | null;
  /** 100 × (positive − negative) / analysed mentions (net sentiment); null when none has text. */
  netSentiment: number | null;
  /** Mentions and mean score per month, in month order. */
  trend: { month: string; mentions: number; meanScore: number | null }[];
}

/** The weight of a mention without text, or with a neutral score, in the weighted share. */
const NEUTRAL_WEIGHT = 0.5;

/**
 * Social listening per brand: the plain share of voice (mentions, Monash marketing
 * dictionary's definition, as in docs/indicators.md) beside a sentiment-weighted share — labelled,
 * since weighting is a choice (docs/feedback.md) — with each brand's sentiment counts, mean
 * score, net sentiment and monthly trend. Brands are listed by mentions, most first.
 *
 * Pitfall: both shares depend on the set of brands tracked: adding a competitor lowers
 * everyone's share.
 *
 * @example
 * brandListening([{ brand: 'us', own: true, mentions: 2, analysed: 2, positive: 2, neutral: 0, negative: 0, scoreSum: 2 },
 *                 { brand: 'them', own: false, mentions: 2, analysed: 2, positive: 0, neutral: 0, negative: 2, scoreSum: -2 }], [])
 * // us: shareOfVoice 50, sentimentWeightedShareOfVoice 100; them: 50 and 0
 */
export function brandListening(brands: readonly BrandMentionStatistics[], months: readonly BrandMonthStatistics[]): BrandListening[] {
  for (const brand of brands) checkBrand(brand);
  const weight = (mentions: number, analysed: number, scoreSum: number) => NEUTRAL_WEIGHT * (mentions - analysed) + (analysed + scoreSum) / 2;
  const totalMentions = brands.reduce((sum, brand) => sum + brand.mentions, 0);
  const totalWeight = brands.reduce((sum, brand) => sum + weight(brand.mentions, brand.analysed, brand.scoreSum), 0);
  const trendOf = (brand: string) =>
    months
      .filter((month) => month.brand === brand)
      .sort((a, b) => compareText(a.month, b.month))
      .map((month) => ({ month: month.month, mentions: month.mentions, meanScore: month.analysed > 0 ? month.scoreSum / month.analysed : null }));
  return [...brands]
    .sort((a, b) => b.mentions - a.mentions || compareText(a.brand, b.brand))
    .map((brand) => ({
      brand: brand.brand,
      own: brand.own,
      mentions: brand.mentions,
      shareOfVoice: totalMentions > 0 ? (100 * brand.mentions) / totalMentions : null,
      sentimentWeightedShareOfVoice: totalWeight > 0 ? (100 * weight(brand.mentions, brand.analysed, brand.scoreSum)) / totalWeight : null,
      sentiment: { positive: brand.positive, neutral: brand.neutral, negative: brand.negative },
      meanScore: brand.analysed > 0 ? brand.scoreSum / brand.analysed : null,
      netSentiment: brand.analysed > 0 ? (100 * (brand.positive - brand.negative)) / brand.analysed : null,
      trend: trendOf(brand.brand),
    }));
}

function checkBrand(brand: BrandMentionStatistics): void {
  for (const key of ['mentions', 'analysed', 'positive', 'neutral', 'negative'] as const) assertCount(brand[key], `brandListening ${brand.brand}.${key}`);
  if (brand.analysed > brand.mentions || brand.positive + brand.neutral + brand.negative !== brand.analysed) {
    throw new RangeError(`brandListening: ${JSON.stringify(brand.brand)} has inconsistent counts (analysed mentions must be split into the three sentiments).`);
  }
  if (!(Math.abs(brand.scoreSum) <= brand.analysed + 1e-9))
    throw new RangeError(`brandListening: ${JSON.stringify(brand.brand)}'s score sum lies outside [−analysed, analysed].`);
}
