import { answerComment } from './answerComment.js';
import type { CommentTheme } from './commentTemplates.js';
import type { DemoCustomer, DemoResponse } from './demoRecords.js';
import { DAY_MS, DEMO_MONTHS, PERIOD_END_EXCLUSIVE_MS, PERIOD_START_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import { drawScore } from './drawScore.js';
import { pickActiveCustomer } from './pickActiveCustomer.js';
import type { Prng } from './prng.js';
import { ONLINE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/** Answers to the relationship NPS survey per month, before a ±10 % monthly wobble. */
const ANSWERS_PER_MONTH = 180;
/** Typical French retail NPS answers (score 0 to 10) at shift 0: 22 % detractors, 29 % passives, 49 % promoters. */
export const NPS_DISTRIBUTION: readonly number[] = [0.02, 0.01, 0.015, 0.02, 0.025, 0.05, 0.08, 0.12, 0.17, 0.22, 0.27];
/** Latent effects: mood per standard deviation, loyalty membership, and the brand's trend across the period. */
const MOOD_EFFECT = 0.8;
const MEMBER_EFFECT = 0.35;
const TREND_FROM = -0.15;
const TREND_TO = 0.35;
/** December 2025's late deliveries pull the relationship down. */
const PEAK_DIP = -0.3;
/** A customer is surveyed at most once in this long. */
const RESURVEY_DELAY_MS = 180 * DAY_MS;
/** Customers are surveyed after their first month. */
const MIN_TENURE_MS = 30 * DAY_MS;
/** Share of invitations sent by e-mail (the rest by SMS), of respondents who comment, and of French comments. */
const EMAIL_SHARE = 0.8;
const COMMENT_SHARE = 0.75;
const FRENCH_SHARE = 0.75;
const THEMES: readonly CommentTheme[] = ['livraison', 'magasin', 'caisse', 'produit', 'prix', 'site', 'sav'];

/**
 * The yearly relationship NPS surveys, `nps-relation-2025` and `nps-relation-2026`: each month
 * about 180 active customers answer by e-mail or SMS, their score driven by their mood, loyalty
 * membership and the brand's improving trend, with a comment on any theme in three cases out of four.
 *
 * @param rng the responses' random stream.
 * @param customers the customer base, in `created_at` order.
 * @returns the answers, with empty ids (given once all responses are in time order).
 *
 * @example
 * npsRelationSurvey(rng, customers)[0]?.surveyId; // 'nps-relation-2025'
 */
export function npsRelationSurvey(rng: Prng, customers: readonly DemoCustomer[]): DemoResponse[] {
  const responses: DemoResponse[] = [];
  const lastSurveyed = new Map<string, number>();
  for (const month of DEMO_MONTHS) {
    const answers = Math.round(ANSWERS_PER_MONTH * rng.uniform(0.9, 1.1));
    for (let i = 0; i < answers; i += 1) {
      const at = wholeSecond(startOfUtcDay(rng.uniform(month.startMs, month.endExclusiveMs)) + drawTimeOfDay(rng, ONLINE_HOURS));
      const customer = pickActiveCustomer(
        rng,
        customers,
        at,
        MIN_TENURE_MS,
        (candidate) => at - (lastSurveyed.get(candidate.id) ?? -Infinity) > RESURVEY_DELAY_MS,
      );
      if (customer === null) continue;
      lastSurveyed.set(customer.id, at);
      const progress = (at - PERIOD_START_MS) / (PERIOD_END_EXCLUSIVE_MS - PERIOD_START_MS);
      const shift =
        MOOD_EFFECT * customer.mood +
        (customer.member ? MEMBER_EFFECT : 0) +
        TREND_FROM +
        (TREND_TO - TREND_FROM) * progress +
        (month.key === '2025-12' ? PEAK_DIP : 0);
      const nps = drawScore(rng, NPS_DISTRIBUTION, 0, shift);
      const { comment, language } = answerComment(rng, { metric: 'nps', score: nps, themes: THEMES, commentShare: COMMENT_SHARE, frenchShare: FRENCH_SHARE });
      responses.push({
        id: '',
        surveyId: `nps-relation-${month.year}`,
        submittedMs: at,
        customerId: customer.id,
        channel: rng.chance(EMAIL_SHARE) ? 'email' : 'sms',
        population: 'customer',
        nps,
        csat: null,
        ces: null,
        comment,
        language,
        store: customer.homeStore,
      });
    }
  }
  return responses;
}
