import type { DemoMention } from './demoRecords.js';
import type { Language } from '../output/language.js';
import { DEMO_MONTHS, DAY_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import { withoutAccents } from './composeComment.js';
import { MENTION_HASHTAGS, MENTION_TEMPLATES, type MentionSentiment } from './mentionTemplates.js';
import type { Prng } from './prng.js';
import { retailSeasonality } from './seasonality.js';
import { ONLINE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/** The user's own brand, as `is_own_brand=true` mentions name it. */
export const OWN_BRAND = 'Maison Lumière';

/** A brand followed by the listening tool: its mentions per ordinary month and their sentiment mix. */
interface BrandProfile {
  brand: string;
  own: boolean;
  perMonth: number;
  sentiment: readonly (readonly [MentionSentiment, number])[];
  /** Months (`YYYY-MM`) when the brand makes more noise (a launch, a campaign), and by how much. */
  campaigns: Readonly<Record<string, number>>;
}

/** The own brand and its three competitors; about 5,000 mentions in all over the 18 months. */
const BRANDS: readonly BrandProfile[] = [
  {
    brand: OWN_BRAND,
    own: true,
    perMonth: 80,
    sentiment: [
      ['positive', 50],
      ['neutral', 32],
      ['negative', 18],
    ],
    campaigns: { '2025-09': 1.5, '2026-03': 1.3, '2026-09': 1.4 },
  },
  {
    brand: 'Casa Nova',
    own: false,
    perMonth: 90,
    sentiment: [
      ['positive', 40],
      ['neutral', 35],
      ['negative', 25],
    ],
    campaigns: { '2025-10': 1.3, '2026-04': 1.4 },
  },
  {
    brand: 'Atelier Blanc',
    own: false,
    perMonth: 55,
    sentiment: [
      ['positive', 55],
      ['neutral', 33],
      ['negative', 12],
    ],
    campaigns: { '2026-05': 1.5 },
  },
  {
    brand: 'Brico&Maison',
    own: false,
    perMonth: 47,
    sentiment: [
      ['positive', 30],
      ['neutral', 40],
      ['negative', 30],
    ],
    campaigns: {},
  },
];

/** December 2025's late deliveries bring more complaints about the own brand. */
const OWN_PEAK_NEGATIVE_BOOST = 2;

/** Where mentions are found, how often, and the median reach of one there. */
const PLATFORMS: readonly (readonly [string, number, number])[] = [
  ['instagram', 28, 1_800],
  ['x', 14, 900],
  ['facebook', 14, 600],
  ['tiktok', 14, 4_000],
  ['forum', 8, 300],
  ['avis-google', 12, 150],
  ['youtube', 5, 2_500],
  ['presse', 5, 45_000],
];
const PLATFORM_CHOICES = PLATFORMS.map((entry) => [entry, entry[1]] as const);
const REACH_SIGMA = 1.2;
/** Share of mentions whose reach the listening tool could not measure (empty field). */
const MISSING_REACH_SHARE = 0.06;
const FRENCH_SHARE = 0.8;
/** Share of mentions ending with a hashtag, and of those typed without accents. */
const HASHTAG_SHARE = 0.15;
const NO_ACCENT_SHARE = 0.1;

/**
 * Mentions of Maison Lumière (`is_own_brand=true`) and of its competitors Casa Nova, Atelier
 * Blanc and Brico&Maison, every month, with seasonality, campaign spikes, a platform, a short
 * French or English text whose sentiment follows the brand's profile, and a reach.
 *
 * @param rng the mentions' own random stream.
 * @returns the mentions in time order, with ids `men-00001`… in that order.
 *
 * @example
 * generateMentions(new Prng(1)).filter((m) => m.isOwnBrand).length; // about 30 % of about 5,000
 */
export function generateMentions(rng: Prng): DemoMention[] {
  const mentions: DemoMention[] = [];
  for (const profile of BRANDS) {
    for (const month of DEMO_MONTHS) {
      const season = retailSeasonality(month.startMs + 15 * DAY_MS);
      const count = Math.round(profile.perMonth * season * (profile.campaigns[month.key] ?? 1) * rng.uniform(0.9, 1.1));
      const sentiment = profile.own && month.key === '2025-12' ? boostNegative(profile.sentiment) : profile.sentiment;
      for (let i = 0; i < count; i += 1) {
        const at = wholeSecond(startOfUtcDay(rng.uniform(month.startMs, month.endExclusiveMs)) + drawTimeOfDay(rng, ONLINE_HOURS));
        mentions.push(buildMention(rng, profile, rng.weighted(sentiment), at));
      }
    }
  }
  mentions.sort((a, b) => a.publishedMs - b.publishedMs || (a.brand < b.brand ? -1 : a.brand > b.brand ? 1 : 0));
  mentions.forEach((mention, index) => {
    mention.id = `men-${String(index + 1).padStart(5, '0')}`;
  });
  return mentions;
}

function boostNegative(sentiment: BrandProfile['sentiment']): BrandProfile['sentiment'] {
  return sentiment.map(([name, weight]) => [name, name === 'negative' ? weight * OWN_PEAK_NEGATIVE_BOOST : weight] as const);
}

function buildMention(rng: Prng, profile: BrandProfile, sentiment: MentionSentiment, at: number): DemoMention {
  const language: Language = rng.chance(FRENCH_SHARE) ? 'fr' : 'en';
  const [platform, , medianReach] = rng.weighted(PLATFORM_CHOICES);
  let text = rng.pick(MENTION_TEMPLATES[language][sentiment]).replaceAll('{brand}', profile.brand);
  if (rng.chance(HASHTAG_SHARE)) text += ` ${rng.pick(MENTION_HASHTAGS)}`;
  // People often type the brand, or everything, without accents.
  if (rng.chance(NO_ACCENT_SHARE)) text = withoutAccents(text);
  return {
    id: '',
    brand: profile.brand,
    publishedMs: at,
    platform,
    text,
    reach: rng.chance(MISSING_REACH_SHARE) ? null : Math.max(1, Math.round(rng.logNormal(medianReach, REACH_SIGMA))),
    isOwnBrand: profile.own,
    language,
  };
}
