import { answerComment } from './answerComment.js';
import type { CommentTheme } from './commentTemplates.js';
import { CSAT_DISTRIBUTION } from './csatDeliverySurvey.js';
import type { DemoCustomer, DemoOrder, DemoResponse, StoreCity } from './demoRecords.js';
import { HOUR_MS, PERIOD_END_EXCLUSIVE_MS, wholeSecond } from './demoPeriod.js';
import { drawScore } from './drawScore.js';
import type { Prng } from './prng.js';

/** Share of store orders whose buyer answers the in-store survey (QR code on the receipt, or SMS). */
const ANSWER_SHARE = 0.09;
const MOOD_EFFECT = 0.5;
/** How each store does: Paris is busy at the tills, Lyon shines, Lille recovers after its 2026 action plan. */
const STORE_EFFECT: Readonly<Record<StoreCity, number>> = { Paris: -0.3, Lyon: 0.35, Bordeaux: 0.1, Lille: -0.45, Nantes: 0 };
const LILLE_PLAN_FROM = Date.UTC(2026, 0, 1);
const LILLE_PLAN_EFFECT = 0.55;
/** Share of answers through the receipt's QR code (the rest by SMS), of respondents who comment, and of French comments. */
const QR_CODE_SHARE = 0.4;
const COMMENT_SHARE = 0.55;
const FRENCH_SHARE = 0.8;
const THEMES: readonly CommentTheme[] = ['magasin', 'magasin', 'caisse', 'produit', 'prix'];

/**
 * The `csat-magasin` survey after a store purchase: about 9 % of store buyers answer within two
 * days, each answer carrying the `store`, whose scores differ from store to store.
 *
 * @param rng the responses' random stream.
 * @param customers the customer base.
 * @param orders the orders; only store orders are surveyed here.
 * @returns the answers, with empty ids.
 *
 * @example
 * csatStoreSurvey(rng, customers, orders)[0]?.store; // e.g. 'Lyon'
 */
export function csatStoreSurvey(rng: Prng, customers: readonly DemoCustomer[], orders: readonly DemoOrder[]): DemoResponse[] {
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  const responses: DemoResponse[] = [];
  for (const order of orders) {
    if (order.store === null || !rng.chance(ANSWER_SHARE)) continue;
    const customer = byId.get(order.customerId);
    if (customer === undefined) continue;
    const at = wholeSecond(order.orderedMs + rng.uniform(0.2, 48) * HOUR_MS);
    if (at >= PERIOD_END_EXCLUSIVE_MS || (customer.churnedMs !== null && at >= customer.churnedMs)) continue;
    const shift = MOOD_EFFECT * customer.mood + STORE_EFFECT[order.store] + (order.store === 'Lille' && at >= LILLE_PLAN_FROM ? LILLE_PLAN_EFFECT : 0);
    const csat = drawScore(rng, CSAT_DISTRIBUTION, 1, shift);
    const { comment, language } = answerComment(rng, { metric: 'csat', score: csat, themes: THEMES, commentShare: COMMENT_SHARE, frenchShare: FRENCH_SHARE });
    responses.push({
      id: '',
      surveyId: 'csat-magasin',
      submittedMs: at,
      customerId: customer.id,
      channel: rng.chance(QR_CODE_SHARE) ? 'qr-code' : 'sms',
      population: 'customer',
      nps: null,
      csat,
      ces: null,
      comment,
      language,
      store: order.store,
    });
  }
  return responses;
}
