/**
 * The parts of the engagement score and their weights (sum 1). Behaviour weighs most;
 * what customers said and what they did on the site complete it. docs/customers.md.
 */
export const ENGAGEMENT_WEIGHTS = {
  recency: 0.2,
  frequency: 0.2,
  monetary: 0.1,
  pAlive: 0.15,
  voice: 0.2,
  site: 0.15,
} as const;

/** Active days on the site in the last 30 days that count as fully engaged (about twice a week). */
export const FULL_SITE_ACTIVITY_DAYS = 8;

export interface EngagementInput {
  /** RFM scores 1–5. */
  r: number;
  f: number;
  m: number;
  /** Probability of being alive, 0–1; null when no purchase model could be fitted (left out like any missing part). */
  pAlive: number | null;
  /** The last 0–10 recommendation answer, or null. */
  lastNps: number | null;
  /** The last 1–5 satisfaction answer, or null (used when there is no NPS answer). */
  lastCsat: number | null;
  /** The sentiment score (−1…1) of the last comment, or null when the customer never wrote one. */
  lastCommentScore: number | null;
  /** Days with site activity in the 30 days to the end of the period, or null for a customer the tracker never identified. */
  siteActiveDays: number | null;
}

/**
 * The engagement score, 0–100: a weighted mean of parts each scaled to 0–1 — RFM scores
 * ((score − 1) / 4), P(alive), what the customer said (the mean of the last answer, NPS / 10
 * else (CSAT − 1) / 4, and the last comment's sentiment, (score + 1) / 2, whichever exist)
 * and site activity (active days in the last 30 / 8, at most 1). A part with no data
 * (never answered, never tracked) is left out and the others' weights rescaled, so missing
 * data neither rewards nor punishes.
 *
 * @example engagementScore({ r: 5, f: 5, m: 5, pAlive: 1, lastNps: 10, lastCsat: null, lastCommentScore: 1, siteActiveDays: 8 }) // 100
 * @example engagementScore({ r: 1, f: 1, m: 1, pAlive: 0, lastNps: null, lastCsat: null, lastCommentScore: null, siteActiveDays: null }) // 0
 */
export function engagementScore(input: EngagementInput): number {
  const scaled = (score: number) => (score - 1) / 4;
  const answer = input.lastNps !== null ? input.lastNps / 10 : input.lastCsat !== null ? scaled(input.lastCsat) : null;
  const comment = input.lastCommentScore === null ? null : (input.lastCommentScore + 1) / 2;
  const voice = answer !== null && comment !== null ? (answer + comment) / 2 : (answer ?? comment);
  const site = input.siteActiveDays === null ? null : Math.min(1, input.siteActiveDays / FULL_SITE_ACTIVITY_DAYS);
  const parts: [number | null, number][] = [
    [scaled(input.r), ENGAGEMENT_WEIGHTS.recency],
    [scaled(input.f), ENGAGEMENT_WEIGHTS.frequency],
    [scaled(input.m), ENGAGEMENT_WEIGHTS.monetary],
    [input.pAlive, ENGAGEMENT_WEIGHTS.pAlive],
    [voice, ENGAGEMENT_WEIGHTS.voice],
    [site, ENGAGEMENT_WEIGHTS.site],
  ];
  let sum = 0;
  let weights = 0;
  for (const [value, weight] of parts) {
    if (value === null) continue;
    sum += value * weight;
    weights += weight;
  }
  return (100 * sum) / weights;
}
