import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../indicators/report.js';
import type { Report } from '../services/report/buildReport.js';
import { formatReport } from './formatReport.js';

const report: Report = {
  period: { from: '2025-03-01', to: '2025-03-31' },
  indicators: computeIndicators({
    nps: [0, 0, 0, 0, 0, 50, 0, 60, 0, 40, 50],
    enps: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2],
    churnRate: { atStart: 20, lost: 0 },
    clvHistorical: { customers: 4, revenue: 250 },
    sessions: { count: 1200, totalDurationSeconds: 120000, medianDurationSeconds: 60, pageviews: 3000, bounces: 300 },
  }),
};

describe('formatReport', () => {
  it('writes a table in English with values, intervals and what they rest on', () => {
    const text = formatReport(report, 'en');
    expect(text).toContain('Period: 2025-03-01 → 2025-03-31');
    // NPS 90/60/50 → +20, adjusted-Wald [8.5, 30.9] (MeasuringU's method; check value in docs/indicators.md).
    expect(text).toMatch(/NPS \(customers\)\s+20\s+\[8\.5; 30\.9\]\s+n = 200/);
    expect(text).toMatch(/eNPS \(employees\)\s+hidden \(fewer than 5 respondents\)/);
    expect(text).toMatch(/Churn rate\s+0 %\s+\[0; 16\.1\]\s+20 customers at start/);
    expect(text).toMatch(/Sessions\s+1,200\s+2\.5 pages\/session, 100 s/);
  });

  it('writes the same table in French with French number formats', () => {
    const text = formatReport(report, 'fr');
    expect(text).toContain('Période');
    expect(text).toMatch(/Valeur client historique\s+62,5 €\s+4 clients/);
    expect(text).toMatch(/Taux d'attrition\s+0 %\s+\[0; 16,1\]/);
  });
});
