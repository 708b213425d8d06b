import { answerComment } from './answerComment.js';
import type { CommentTheme } from './commentTemplates.js';
import type { DemoCustomer, DemoResponse } from './demoRecords.js';
import { DAY_MS, DEMO_MONTHS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import { drawScore } from './drawScore.js';
import { pickActiveCustomer } from './pickActiveCustomer.js';
import type { Prng } from './prng.js';
import { OFFICE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/** After-sales contacts answered per month, before seasonality. */
const ANSWERS_PER_MONTH = 55;
/** January brings the Christmas returns. */
const JANUARY_FACTOR = 1.6;
/** Typical CES answers (1 = very hard to 7 = very easy) at shift 0: mean about 5.1. */
export const CES_DISTRIBUTION: readonly number[] = [0.04, 0.05, 0.08, 0.13, 0.22, 0.26, 0.22];
const MOOD_EFFECT = 0.4;
/** January 2026 overwhelms the team; the self-service returns portal makes it easier from April 2026. */
const JANUARY_2026_EFFECT = -0.7;
const PORTAL_FROM = Date.UTC(2026, 3, 1);
const PORTAL_EFFECT = 0.45;
/** Share of invitations sent by e-mail (the rest in the chat), of respondents who comment, and of French comments. */
const EMAIL_SHARE = 0.6;
const COMMENT_SHARE = 0.6;
const FRENCH_SHARE = 0.75;
const THEMES: readonly CommentTheme[] = ['sav'];

/**
 * The `ces-sav` survey after a contact with customer service (a return, an exchange, a
 * refund): about 55 answers a month, more in January, harder in January 2026 and easier once
 * the returns portal opens in April 2026.
 *
 * @param rng the responses' random stream.
 * @param customers the customer base, in `created_at` order.
 * @returns the answers, with empty ids.
 *
 * @example
 * cesAfterSalesSurvey(rng, customers).length; // about 1,000
 */
export function cesAfterSalesSurvey(rng: Prng, customers: readonly DemoCustomer[]): DemoResponse[] {
  const responses: DemoResponse[] = [];
  for (const month of DEMO_MONTHS) {
    const answers = Math.round(ANSWERS_PER_MONTH * (month.month === 1 ? JANUARY_FACTOR : 1) * rng.uniform(0.85, 1.15));
    for (let i = 0; i < answers; i += 1) {
      const at = wholeSecond(startOfUtcDay(rng.uniform(month.startMs, month.endExclusiveMs)) + drawTimeOfDay(rng, OFFICE_HOURS));
      const customer = pickActiveCustomer(rng, customers, at, 2 * DAY_MS);
      if (customer === null) continue;
      const shift = MOOD_EFFECT * customer.mood + (month.key === '2026-01' ? JANUARY_2026_EFFECT : 0) + (at >= PORTAL_FROM ? PORTAL_EFFECT : 0);
      const ces = drawScore(rng, CES_DISTRIBUTION, 1, shift);
      const { comment, language } = answerComment(rng, { metric: 'ces', score: ces, themes: THEMES, commentShare: COMMENT_SHARE, frenchShare: FRENCH_SHARE });
      responses.push({
        id: '',
        surveyId: 'ces-sav',
        submittedMs: at,
        customerId: customer.id,
        channel: rng.chance(EMAIL_SHARE) ? 'email' : 'chat',
        population: 'customer',
        nps: null,
        csat: null,
        ces,
        comment,
        language,
        store: null,
      });
    }
  }
  return responses;
}
