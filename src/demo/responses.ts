import { cesAfterSalesSurvey } from './cesAfterSalesSurvey.js';
import { csatDeliverySurvey } from './csatDeliverySurvey.js';
import { csatStoreSurvey } from './csatStoreSurvey.js';
import type { DemoCustomer, DemoOrder, DemoResponse } from './demoRecords.js';
import { npsRelationSurvey } from './npsRelationSurvey.js';
import type { Prng } from './prng.js';

/**
 * Every imported survey answer of the demo: the relationship NPS, the delivery and store CSAT
 * and the after-sales CES, each from its own random stream. (The employee barometer is a
 * survey Baromètre runs: employeeBarometer.ts, loaded by loadDemoBarometer.ts.)
 *
 * @param rng the responses' random stream (forked per survey).
 * @param customers the customer base, in `created_at` order.
 * @param orders the orders, which trigger the CSAT surveys.
 * @returns the answers in time order, with ids `resp-000001`… in that order.
 *
 * @example
 * generateResponses(rng.fork('responses'), customers, orders).length; // about 5,650
 */
export function generateResponses(rng: Prng, customers: readonly DemoCustomer[], orders: readonly DemoOrder[]): DemoResponse[] {
  const responses = [
    ...npsRelationSurvey(rng.fork('nps-relation'), customers),
    ...csatDeliverySurvey(rng.fork('csat-livraison'), customers, orders),
    ...csatStoreSurvey(rng.fork('csat-magasin'), customers, orders),
    ...cesAfterSalesSurvey(rng.fork('ces-sav'), customers),
  ];
  // A stable sort keeps the survey order for answers in the same second.
  responses.sort((a, b) => a.submittedMs - b.submittedMs);
  responses.forEach((response, index) => {
    response.id = `resp-${String(index + 1).padStart(6, '0')}`;
  });
  return responses;
}
