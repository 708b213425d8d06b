import { assertCount } from '../_lib/assertCount.js';
import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import type { ShareOfVoiceStatistics } from '../statistics.js';

/** One brand's mentions and its share of all mentions. */
export interface BrandShare {
  /** Mentions of the brand in the period. */
  mentions: number;
  /** 100 × mentions / all mentions (0–100); `null` when there are no mentions at all. */
  share: number | null;
}

/** The own brand's share of the period's mentions, and every brand's share. */
export interface ShareOfVoiceResult {
  /** 100 × own-brand mentions / all mentions (0–100); `null` without mentions. */
  value: number | null;
  /** Mentions of the user's own brand. */
  ownMentions: number;
  /** All mentions in the period. */
  totalMentions: number;
  /** Wilson 95% interval of `value`, in percent; `null` without mentions. */
  ci95: Interval | null;
  /** Mentions and share per brand name; the shares add up to 100. */
  byBrand: Record<string, BrandShare>;
}

/**
 * Share of voice (SOV) in mentions: the own brand's mentions as a percentage of all the
 * mentions of the period, and each brand's share.
 *
 * Definition (docs/indicators.md): mentions published in the period; value = 100 × own-brand
 * mentions (`is_own_brand` true) / all mentions; byBrand[brand] = { mentions,
 * share: 100 × mentions / all mentions }.
 *
 * Source: "# conversations of your brand / total number of conversations of all brands",
 * Monash Business School, Marketing Dictionary, "share of voice"; the
 * earned (mentions) form of the older share of advertising spend.
 *
 * Interval: Wilson score interval of ownMentions / totalMentions (`stats/wilsonInterval.ts`);
 * it treats mentions as independent, which bursts of reposts are not.
 *
 * Pitfalls: the competitor set is the denominator: adding a competitor to the tracked
 * brands lowers every share, so shares only compare over the same set. Results depend on
 * the listening query (keywords, languages), deduplication and bots. Mention SOV is not
 * spend SOV, and a sentiment-weighted SOV must be labelled as such.
 *
 * @param statistics - own mentions, all mentions, and mentions per brand
 * @returns the own share with its interval and every brand's share; value and ci95 `null`
 *   without mentions
 * @throws {RangeError} when a count is not a non-negative integer, ownMentions >
 *   totalMentions, or the brands' mentions do not add up to totalMentions
 *
 * @example
 * shareOfVoice({ ownMentions: 30, totalMentions: 120, byBrand: { us: 30, rival: 90 } })
 * // { value: 25, ownMentions: 30, totalMentions: 120, ci95: [18.109821656809565, 33.441136664125615],
 * //   byBrand: { us: { mentions: 30, share: 25 }, rival: { mentions: 90, share: 75 } } }
 */
export function shareOfVoice(statistics: ShareOfVoiceStatistics): ShareOfVoiceResult {
  const { ownMentions, totalMentions } = statistics;
  const { value, ci95 } = percentWithInterval(ownMentions, 'shareOfVoice.ownMentions', totalMentions, 'shareOfVoice.totalMentions');
  let brandMentions = 0;
  // Object.fromEntries defines own properties, so a brand called "__proto__" stays a brand.
  const byBrand: Record<string, BrandShare> = Object.fromEntries(
    Object.entries(statistics.byBrand).map(([brand, mentions]) => {
      assertCount(mentions, `shareOfVoice.byBrand[${JSON.stringify(brand)}]`);
      brandMentions += mentions;
      return [brand, { mentions, share: totalMentions === 0 ? null : (100 * mentions) / totalMentions }];
    }),
  );
  if (brandMentions !== totalMentions) {
    throw new RangeError(`shareOfVoice.byBrand mentions add up to ${String(brandMentions)}, not to shareOfVoice.totalMentions (${String(totalMentions)}).`);
  }
  return { value, ownMentions, totalMentions, ci95, byBrand };
}
