import type { Prng } from './prng.js';

/**
 * Where the demo's web visits come from, as the collector would record them (docs/api.md):
 * the referrer the browser sends, the `source` (the link's `utm_source`, else the referrer's
 * site without `www.`, else `direct`) and the `utm_campaign` of tagged links. About 30 % of
 * the visits come from paid links (search ads, paid social), the rest from search results,
 * typed addresses and bookmarks, social posts and the newsletter (src/demo/README.md).
 */

/** Where one visit comes from. */
export interface Origin {
  referrer: string | null;
  source: string;
  campaign: string | null;
}

/** The kinds of origin, each turned into an `Origin` (with the campaign of the day) by `drawOrigin`. */
type OriginKind =
  | 'direct'
  | 'organic-google'
  | 'organic-bing'
  | 'google-shopping'
  | 'google-brand'
  | 'instagram'
  | 'instagram-ads'
  | 'facebook'
  | 'facebook-ads'
  | 'pinterest'
  | 'tiktok'
  | 'newsletter'
  | 'press';

/** Visits of people who browse (fictional shares; paid links ≈ 30 %, as in the published figures of the README). */
export const BROWSING_ORIGINS: readonly (readonly [OriginKind, number])[] = [
  ['direct', 20],
  ['organic-google', 23],
  ['organic-bing', 2],
  ['google-shopping', 12],
  ['google-brand', 5],
  ['instagram', 5],
  ['instagram-ads', 9],
  ['facebook', 2],
  ['facebook-ads', 4],
  ['pinterest', 6],
  ['tiktok', 3],
  ['newsletter', 7],
  ['press', 2],
];

/**
 * Visits that end in a purchase: more of them typed or bookmarked, from the brand's name in
 * a search engine or from the newsletter, fewer from paid social, since paid traffic converts
 * less than the rest (src/demo/README.md).
 */
export const CHECKOUT_ORIGINS: readonly (readonly [OriginKind, number])[] = [
  ['direct', 30],
  ['organic-google', 20],
  ['organic-bing', 2],
  ['google-shopping', 9],
  ['google-brand', 12],
  ['instagram', 3],
  ['instagram-ads', 4],
  ['facebook', 1],
  ['facebook-ads', 2],
  ['pinterest', 3],
  ['tiktok', 1],
  ['newsletter', 12],
  ['press', 1],
];

/** The newsletter's referrer, its links' `utm_source` and the weekly campaign. */
const NEWSLETTER: Origin = { referrer: 'https://newsletter.maison-lumiere.fr/', source: 'newsletter', campaign: 'newsletter-hebdo' };

/** The welcome e-mail that new customers receive, as a visit's origin. */
export const WELCOME_EMAIL: Origin = { referrer: NEWSLETTER.referrer, source: 'newsletter', campaign: 'bienvenue' };

/** Paid social runs one campaign at a time: the back-to-school home refresh until the end of September, then autumn. */
const AUTUMN_CAMPAIGN_FROM_MS = Date.UTC(2026, 8, 21);

/**
 * The origin of a visit starting at `atMs`, drawn from `kinds` (`BROWSING_ORIGINS` or
 * `CHECKOUT_ORIGINS`).
 *
 * @example
 * drawOrigin(rng, BROWSING_ORIGINS, Date.UTC(2026, 8, 3));
 * // e.g. { referrer: 'https://www.instagram.com/', source: 'instagram', campaign: 'rentree-maison-2026' }
 */
export function drawOrigin(rng: Prng, kinds: readonly (readonly [OriginKind, number])[], atMs: number): Origin {
  const socialCampaign = atMs < AUTUMN_CAMPAIGN_FROM_MS ? 'rentree-maison-2026' : 'automne-2026';
  switch (rng.weighted(kinds)) {
    case 'direct':
      return { referrer: null, source: 'direct', campaign: null };
    case 'organic-google':
      return { referrer: 'https://www.google.com/', source: 'google.com', campaign: null };
    case 'organic-bing':
      return { referrer: 'https://www.bing.com/', source: 'bing.com', campaign: null };
    case 'google-shopping':
      return { referrer: 'https://www.google.com/', source: 'google', campaign: 'shopping-catalogue' };
    case 'google-brand':
      return { referrer: 'https://www.google.com/', source: 'google', campaign: 'marque' };
    case 'instagram':
      return { referrer: 'https://www.instagram.com/', source: 'instagram.com', campaign: null };
    case 'instagram-ads':
      return { referrer: 'https://www.instagram.com/', source: 'instagram', campaign: socialCampaign };
    case 'facebook':
      return { referrer: 'https://www.facebook.com/', source: 'facebook.com', campaign: null };
    case 'facebook-ads':
      return { referrer: 'https://www.facebook.com/', source: 'facebook', campaign: socialCampaign };
    case 'pinterest':
      return { referrer: 'https://www.pinterest.fr/', source: 'pinterest.fr', campaign: null };
    case 'tiktok':
      return { referrer: 'https://www.tiktok.com/', source: 'tiktok.com', campaign: null };
    case 'newsletter':
      return NEWSLETTER;
    case 'press':
      return { referrer: 'https://www.elle.fr/deco/', source: 'elle.fr', campaign: null };
  }
}
