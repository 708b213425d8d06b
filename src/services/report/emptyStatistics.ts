import type { IndicatorKey, IndicatorStatistics } from '../../indicators/report.js';
import type { ChurnDefinition } from '../../indicators/statistics.js';

/**
 * The statistics of an indicator over no rows — what a period or a group without data
 * gets, so that its indicator says `value: null` with zero counts (docs/indicators.md);
 * churn and retention still say how they are measured (`churn`).
 */
export function emptyStatistics(days: number, churn: ChurnDefinition): { [K in IndicatorKey]: IndicatorStatistics[K] } {
  return {
    nps: new Array<number>(11).fill(0),
    detractorFollowUp: { cases: 0, contacted: 0 },
    enps: new Array<number>(11).fill(0),
    employeeEngagement: { scores: { n: 0, sum: 0, sumSquares: 0 }, dimensions: {} },
    csat: new Array<number>(5).fill(0),
    ces: new Array<number>(7).fill(0),
    churnRate: { atStart: 0, lost: 0, definition: churn },
    retentionRate: { atStart: 0, atEnd: 0, new: 0, definition: churn },
    repurchaseRate: { customers: 0, repeatCustomers: 0 },
    sessions: { count: 0, totalDurationSeconds: 0, medianDurationSeconds: null, pageviews: 0, bounces: 0 },
    stickiness: { days, sumDau: 0, sumMau: 0, dayScopedVisitorDays: 0 },
    firstWeekEngagement: { newCustomers: 0, engaged: 0, dayScopedVisitorDays: 0, followableVisitorDays: 0 },
    socialEngagementRate: { posts: 0, sumRate: 0, sumSquaredRate: 0, medianRate: null, byPlatform: {} },
    shareOfVoice: { ownMentions: 0, totalMentions: 0, byBrand: {} },
    cartAbandonmentRate: { carts: 0, abandoned: 0 },
    clvHistorical: { customers: 0, revenue: 0 },
    mysteryShopping: { visits: 0, sumVisitScores: 0, bySite: {}, byTouchpoint: {} },
    customerEngagementRate: { customers: 0, engaged: 0, interactionsByKind: { orders: 0, responses: 0, events: 0 } },
    conversionRate: { sessions: 0, converted: 0, visitors: 0, convertedVisitors: 0 },
    newCustomers: { new: null },
    averageOrderValue: { orders: 0, revenue: 0, revenueSquares: 0 },
    purchaseFrequency: { orders: 0, customers: 0 },
  };
}
