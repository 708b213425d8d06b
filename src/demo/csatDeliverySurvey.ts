import { answerComment } from './answerComment.js';
import type { CommentTheme } from './commentTemplates.js';
import type { DemoCustomer, DemoOrder, DemoResponse } from './demoRecords.js';
import { DAY_MS, PERIOD_END_EXCLUSIVE_MS, startOfUtcDay, wholeSecond } from './demoPeriod.js';
import { drawScore } from './drawScore.js';
import type { Prng } from './prng.js';
import { ONLINE_HOURS, drawTimeOfDay } from './timeOfDay.js';

/** Share of web and app orders whose buyer answers the delivery survey. */
const ANSWER_SHARE = 0.095;
/** Typical CSAT answers (1 to 5) at shift 0: 76 % satisfied (4 or 5). */
export const CSAT_DISTRIBUTION: readonly number[] = [0.05, 0.07, 0.12, 0.36, 0.4];
const MOOD_EFFECT = 0.5;
/** The carrier struggles through the Christmas peak, then a new carrier lifts the scores. */
const PEAK_FROM = Date.UTC(2025, 10, 20);
const PEAK_TO = Date.UTC(2026, 0, 10);
const PEAK_EFFECT = -1.0;
const NEW_CARRIER_FROM = Date.UTC(2026, 2, 1);
const NEW_CARRIER_EFFECT = 0.3;
/** Share of invitations sent by e-mail (the rest by SMS), of respondents who comment, and of French comments. */
const EMAIL_SHARE = 0.7;
const COMMENT_SHARE = 0.6;
const FRENCH_SHARE = 0.78;
/** The delivery themes weigh twice the product's. */
const THEMES: readonly CommentTheme[] = ['livraison', 'livraison', 'produit'];

/**
 * The `csat-livraison` survey, sent when a web or app order is delivered: about 9.5 % of
 * buyers answer 2 to 8 days after ordering, less happily during the 2025 Christmas peak and
 * more so once the new carrier starts in March 2026.
 *
 * @param rng the responses' random stream.
 * @param customers the customer base.
 * @param orders the orders; store orders are not surveyed here.
 * @returns the answers, with empty ids.
 *
 * @example
 * csatDeliverySurvey(rng, customers, orders).length; // about 1,000
 */
export function csatDeliverySurvey(rng: Prng, customers: readonly DemoCustomer[], orders: readonly DemoOrder[]): DemoResponse[] {
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const responses: DemoResponse[] = [];
  for (const order of orders) {
    if (order.channel === 'store' || !rng.chance(ANSWER_SHARE)) continue;
    const customer = byId.get(order.customerId);
    if (customer === undefined) continue;
    const at = wholeSecond(startOfUtcDay(order.orderedMs + rng.int(2, 8) * DAY_MS) + drawTimeOfDay(rng, ONLINE_HOURS));
    if (at >= PERIOD_END_EXCLUSIVE_MS || (customer.churnedMs !== null && at >= customer.churnedMs)) continue;
    const delivered = order.orderedMs + 2 * DAY_MS;
    const shift =
      MOOD_EFFECT * customer.mood +
      (delivered >= PEAK_FROM && delivered < PEAK_TO ? PEAK_EFFECT : 0) +
      (delivered >= NEW_CARRIER_FROM ? NEW_CARRIER_EFFECT : 0);
    const csat = drawScore(rng, CSAT_DISTRIBUTION, 1, shift);
    const { comment, language } = answerComment(rng, { metric: 'csat', score: csat, themes: THEMES, commentShare: COMMENT_SHARE, frenchShare: FRENCH_SHARE });
    responses.push({
      id: '',
      surveyId: 'csat-livraison',
      submittedMs: at,
      customerId: customer.id,
      channel: rng.chance(EMAIL_SHARE) ? 'email' : 'sms',
      population: 'customer',
      nps: null,
      csat,
      ces: null,
      comment,
      language,
      store: null,
    });
  }
  return responses;
}
