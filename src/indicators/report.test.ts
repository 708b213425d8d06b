import { describe, expect, it } from 'vitest';
import { mysteryShopping } from './audit/mysteryShopping.js';
import { averageOrderValue } from './commerce/averageOrderValue.js';
import { newCustomers } from './commerce/newCustomers.js';
import { purchaseFrequency } from './commerce/purchaseFrequency.js';
import { ces } from './effort/ces.js';
import { customerEngagementRate } from './engagement/customerEngagementRate.js';
import { churnRate } from './loyalty/churnRate.js';
import { clvHistorical } from './loyalty/clvHistorical.js';
import { repurchaseRate } from './loyalty/repurchaseRate.js';
import { retentionRate } from './loyalty/retentionRate.js';
import { detractorFollowUp } from './recommendation/detractorFollowUp.js';
import { enps } from './recommendation/enps.js';
import { employeeEngagement } from './barometer/employeeEngagement.js';
import { nps } from './recommendation/nps.js';
import { computeIndicators, type IndicatorStatistics } from './report.js';
import { csat } from './satisfaction/csat.js';
import { shareOfVoice } from './social/shareOfVoice.js';
import { socialEngagementRate } from './social/socialEngagementRate.js';
import { cartAbandonmentRate } from './web/cartAbandonmentRate.js';
import { conversionRate } from './web/conversionRate.js';
import { firstWeekEngagement } from './web/firstWeekEngagement.js';
import { sessions } from './web/sessions.js';
import { stickiness } from './web/stickiness.js';

/** The contract definition of churn, as a workspace with contract end dates has it. */
const BY_CONTRACT = { definition: 'contract' } as const;

/** The keys of docs/indicators.md, in its order. */
const CONTRACT_KEYS = [
  'nps',
  'detractorFollowUp',
  'enps',
  'employeeEngagement',
  'csat',
  'ces',
  'churnRate',
  'retentionRate',
  'repurchaseRate',
  'sessions',
  'stickiness',
  'firstWeekEngagement',
  'socialEngagementRate',
  'shareOfVoice',
  'cartAbandonmentRate',
  'clvHistorical',
  'mysteryShopping',
  'customerEngagementRate',
  'conversionRate',
  'newCustomers',
  'averageOrderValue',
  'purchaseFrequency',
];

/** One set of statistics for every indicator. */
function allStatistics(): IndicatorStatistics {
  return {
    nps: [0, 0, 0, 0, 0, 10, 40, 30, 30, 45, 45],
    detractorFollowUp: { cases: 50, contacted: 45 },
    enps: [0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1],
    employeeEngagement: { scores: { n: 3, sum: 9, sumSquares: 29 }, dimensions: {} },
    csat: [1, 1, 3, 25, 20],
    ces: [0, 0, 1, 1, 2, 4, 2],
    churnRate: { atStart: 1000, lost: 50, definition: BY_CONTRACT },
    retentionRate: { atStart: 200, atEnd: 210, new: 30, definition: BY_CONTRACT },
    repurchaseRate: { customers: 50, repeatCustomers: 45 },
    sessions: { count: 4, totalDurationSeconds: 600, medianDurationSeconds: 90, pageviews: 10, bounces: 1 },
    stickiness: { days: 30, sumDau: 3000, sumMau: 12000, dayScopedVisitorDays: 0 },
    firstWeekEngagement: { newCustomers: 20, engaged: 20, dayScopedVisitorDays: 0, followableVisitorDays: 0 },
    socialEngagementRate: {
      posts: 1,
      sumRate: 0.5,
      medianRate: 0.5,
      byPlatform: { instagram: { posts: 1, sumRate: 0.5, medianRate: 0.5 } },
    },
    shareOfVoice: { ownMentions: 30, totalMentions: 120, byBrand: { us: 30, rival: 90 } },
    cartAbandonmentRate: { carts: 100, abandoned: 70 },
    clvHistorical: { customers: 4, revenue: 250 },
    mysteryShopping: {
      visits: 1,
      sumVisitScores: 90,
      bySite: { Lyon: { visits: 1, sumVisitScores: 90 } },
      byTouchpoint: { accueil: { criteria: 1, weightedScore: 9, weightedMax: 10 } },
    },
    customerEngagementRate: { customers: 5, engaged: 4, interactionsByKind: { orders: 3, responses: 4, events: 1 } },
    conversionRate: { sessions: 1000, converted: 20, visitors: 400, convertedVisitors: 18 },
    newCustomers: { new: 30 },
    averageOrderValue: { orders: 4, revenue: 100, revenueSquares: 3000 },
    purchaseFrequency: { orders: 4, customers: 3 },
  };
}

describe('computeIndicators', () => {
  it('computes every indicator through its own function', () => {
    const statistics = allStatistics();
    expect(computeIndicators(statistics)).toEqual({
      nps: nps(statistics.nps),
      detractorFollowUp: detractorFollowUp(statistics.detractorFollowUp),
      enps: enps(statistics.enps),
      employeeEngagement: employeeEngagement(statistics.employeeEngagement),
      csat: csat(statistics.csat),
      ces: ces(statistics.ces),
      churnRate: churnRate(statistics.churnRate),
      retentionRate: retentionRate(statistics.retentionRate),
      repurchaseRate: repurchaseRate(statistics.repurchaseRate),
      sessions: sessions(statistics.sessions),
      stickiness: stickiness(statistics.stickiness),
      firstWeekEngagement: firstWeekEngagement(statistics.firstWeekEngagement),
      socialEngagementRate: socialEngagementRate(statistics.socialEngagementRate),
      shareOfVoice: shareOfVoice(statistics.shareOfVoice),
      cartAbandonmentRate: cartAbandonmentRate(statistics.cartAbandonmentRate),
      clvHistorical: clvHistorical(statistics.clvHistorical),
      mysteryShopping: mysteryShopping(statistics.mysteryShopping),
      customerEngagementRate: customerEngagementRate(statistics.customerEngagementRate),
      conversionRate: conversionRate(statistics.conversionRate),
      newCustomers: newCustomers(statistics.newCustomers),
      averageOrderValue: averageOrderValue(statistics.averageOrderValue),
      purchaseFrequency: purchaseFrequency(statistics.purchaseFrequency),
    });
  });

  it('orders the output keys as docs/indicators.md does, whatever the input order', () => {
    const statistics = allStatistics();
    const reversed = Object.fromEntries(Object.entries(statistics).reverse()) as unknown as IndicatorStatistics;
    expect(Object.keys(computeIndicators(reversed))).toEqual(CONTRACT_KEYS);
  });

  it('leaves out the indicators whose statistics are absent or undefined', () => {
    const result = computeIndicators({
      churnRate: { atStart: 20, lost: 0, definition: BY_CONTRACT },
      clvHistorical: { customers: 4, revenue: 250 },
      nps: undefined,
    });
    expect(Object.keys(result)).toEqual(['churnRate', 'clvHistorical']);
    expect(result.clvHistorical).toEqual({ value: 62.5, customers: 4, revenue: 250 });
    expect(result.churnRate?.ci95?.[1]).toBeCloseTo(16.1, 1);
  });

  it('returns an empty object for no statistics', () => {
    expect(computeIndicators({})).toEqual({});
  });

  it('passes the eNPS suppression through, and the empty results with value null', () => {
    const result = computeIndicators({ enps: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2], csat: [0, 0, 0, 0, 0] });
    expect(result.enps).toStrictEqual({ suppressed: true });
    expect(result.csat).toMatchObject({ value: null });
  });

  it('serialises to the JSON fields of docs/indicators.md', () => {
    const json = JSON.parse(JSON.stringify(computeIndicators(allStatistics()))) as Record<string, Record<string, unknown>>;
    const fields: Record<string, string[]> = {
      nps: ['value', 'n', 'promoters', 'passives', 'detractors', 'ci95', 'distribution'],
      detractorFollowUp: ['value', 'n', 'contacted', 'ci95'],
      csat: ['value', 'n', 'positive', 'mean', 'ci95', 'distribution'],
      ces: ['value', 'n', 'easyShare', 'ci95', 'distribution'],
      churnRate: ['value', 'atStart', 'lost', 'ci95', 'definition'],
      retentionRate: ['value', 'atStart', 'atEnd', 'new', 'definition'],
      repurchaseRate: ['value', 'customers', 'repeatCustomers', 'ci95'],
      sessions: ['count', 'avgDurationSeconds', 'medianDurationSeconds', 'pagesPerSession', 'bounceRate'],
      stickiness: ['value', 'avgDau', 'avgMau'],
      firstWeekEngagement: ['value', 'newCustomers', 'engaged', 'ci95'],
      socialEngagementRate: ['value', 'posts', 'median', 'byPlatform'],
      shareOfVoice: ['value', 'ownMentions', 'totalMentions', 'ci95', 'byBrand'],
      cartAbandonmentRate: ['value', 'carts', 'abandoned', 'ci95'],
      clvHistorical: ['value', 'customers', 'revenue'],
      mysteryShopping: ['value', 'visits', 'bySite', 'byTouchpoint'],
      customerEngagementRate: ['value', 'customers', 'engaged', 'interactions', 'interactionsPerEngaged', 'ci95'],
      conversionRate: ['value', 'sessions', 'converted', 'ci95'],
      newCustomers: ['value'],
      averageOrderValue: ['value', 'orders', 'revenue', 'ci95'],
      purchaseFrequency: ['value', 'orders', 'customers'],
    };
    for (const [key, names] of Object.entries(fields)) {
      expect(Object.keys(json[key] ?? {})).toEqual(expect.arrayContaining(names));
    }
    expect(json.enps).toEqual({ suppressed: true });
  });

  it('lets an indicator’s RangeError through, naming the indicator', () => {
    expect(() => computeIndicators({ churnRate: { atStart: 1, lost: 2, definition: BY_CONTRACT } })).toThrow(/churnRate.lost \(2\)/);
  });

  it('leaves its input unchanged', () => {
    const statistics = allStatistics();
    const before = structuredClone(statistics);
    computeIndicators(statistics);
    expect(statistics).toEqual(before);
  });
});
