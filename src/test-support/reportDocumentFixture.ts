import { compareIndicators } from '../indicators/comparison/changes.js';
import { computeIndicators, type IndicatorKey } from '../indicators/report.js';
import type { FeedbackResult } from '../services/feedback/buildFeedback.js';
import type { Report } from '../services/report/buildReport.js';
import type { ReportDocumentParts } from '../services/report/html/reportDocument.js';
import { parseReportQuery } from '../services/report/reportQuery.js';

/**
 * The parts of a shared report for the tests of reportDocument: every kind of indicator block
 * (a value with a change, a hidden eNPS, a cookieless stickiness, indicators left out), a
 * group, a monthly series, a feedback analysis with an employee text hidden, and hostile text
 * in a filter, a group key and a verbatim.
 */
export const HOSTILE = '<script>alert(1)</script>" onload="x';

const now = computeIndicators({
  nps: [0, 0, 0, 0, 0, 50, 0, 60, 0, 40, 50],
  enps: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2],
  csat: [0, 0, 14, 26, 30],
  ces: [0, 0, 1, 1, 2, 4, 2],
  churnRate: { atStart: 1000, lost: 50, definition: { definition: 'contract' } },
  stickiness: { days: 31, sumDau: 0, sumMau: 0, dayScopedVisitorDays: 9 },
});
const before = computeIndicators({
  csat: [0, 0, 32, 28, 20],
  churnRate: { atStart: 1000, lost: 70, definition: { definition: 'contract' } },
});
const changes = compareIndicators({ indicators: now, statistics: {} }, { indicators: before, statistics: {} });

const report: Report = {
  period: { from: '2025-03-01', to: '2025-03-31', boundedTo: '2025-03-28' },
  comparedWith: { from: '2025-01-29', to: '2025-02-28' },
  indicators: Object.fromEntries(
    Object.entries(now).map(([key, indicator]) => [
      key,
      changes[key as IndicatorKey] === undefined ? indicator : { ...indicator, change: changes[key as IndicatorKey] },
    ]),
  ),
  groups: [{ key: HOSTILE, indicators: computeIndicators({ csat: [0, 0, 1, 1, 3] }) }],
  interval: 'month',
  series: [
    { from: '2025-01-01', to: '2025-01-31', indicators: computeIndicators({ csat: [0, 0, 3, 3, 4] }) },
    { from: '2025-02-01', to: '2025-02-28', indicators: computeIndicators({ csat: [0, 0, 2, 3, 5] }) },
    { from: '2025-03-01', to: '2025-03-28', indicators: computeIndicators({ csat: [0, 0, 14, 26, 30] }) },
  ],
};

const feedback: FeedbackResult = {
  period: { from: '2025-03-01', to: '2025-03-28' },
  items: 40,
  sentiment: { positive: 20, neutral: 8, negative: 12 },
  languages: { fr: 40 },
  themes: [
    {
      theme: 'delivery',
      labels: { fr: 'Livraison', en: 'Delivery' },
      count: 14,
      share: 35,
      sentiment: -0.42,
      npsImpact: -18,
      npsImpactCi95: [-30, -6],
      detractorShare: 60,
      examples: ['Colis arrivé abîmé, trois jours de retard.', HOSTILE],
    },
  ],
  drivers: [
    {
      theme: 'delivery',
      respondents: 14,
      npsMentioning: 5,
      npsOthers: 23,
      npsImpact: -18,
      npsImpactCi95: [-30, -6],
      detractorShare: 60,
      netEffect: -6.3,
    } as FeedbackResult['drivers'][number],
  ],
  candidates: [],
  social: null,
  comments: [],
  total: 40,
  employeeTextsHidden: 3,
};

export const documentParts = (overrides: Partial<ReportDocumentParts> = {}): ReportDocumentParts => ({
  workspace: 'Boutique & Co',
  query: parseReportQuery({ from: '2025-03-01', to: '2025-03-31', where: [`channel=${HOSTILE}`], by: 'store', compare: 'previous' }),
  report,
  feedback,
  generatedAt: new Date('2025-04-02T09:30:00Z'),
  language: 'en',
  ...overrides,
});
