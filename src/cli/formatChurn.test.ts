import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../indicators/report.js';
import { retentionCohorts } from '../indicators/loyalty/retentionCohorts.js';
import type { Report } from '../services/report/buildReport.js';
import { churnDefinitionLine } from '../services/report/churnDefinitionLine.js';
import { formatReport } from './formatReport.js';

const DERIVED = { definition: 'inactivity', windowDays: 120, windowSource: 'derived', gaps: 40 } as const;

/** A shop's report: churn by inactivity (2 of 3 lost) and two cohorts. */
const shop: Report = {
  period: { from: '2026-02-01', to: '2026-03-31' },
  indicators: computeIndicators({
    churnRate: { atStart: 3, lost: 2, definition: DERIVED },
    retentionRate: { atStart: 3, atEnd: 2, new: 1, definition: DERIVED },
  }),
  cohorts: retentionCohorts({
    lastMonth: 2026 * 12 + 2,
    cells: [
      { cohortMonth: 2026 * 12 + 1, monthsAfter: 0, customers: 3 },
      { cohortMonth: 2026 * 12 + 1, monthsAfter: 1, customers: 1 },
      { cohortMonth: 2026 * 12 + 2, monthsAfter: 0, customers: 1 },
    ],
  }),
};

describe('churn and cohorts in the text report', () => {
  it('says under churn how it was measured, in English and French', () => {
    const english = formatReport(shop, 'en').split('\n');
    const churn = english.findIndex((line) => line.startsWith('Churn rate'));
    expect(english[churn]).toMatch(/^Churn rate +66\.7 % +\[20\.8; 93\.9\] +3 customers at start$/);
    expect(english[churn + 1]).toBe('  churn by inactivity, window 120 days (90th percentile of the gaps between orders)');
    // Retention by inactivity is a proportion of the same customers: 1 of 3, with its Wilson interval.
    expect(english[churn + 2]).toMatch(/^Retention rate +33\.3 % +\[6\.1; 79\.2\] +3 customers at start$/);
    expect(formatReport(shop, 'fr')).toContain('\n  attrition par inactivité, fenêtre de 120 jours (90e centile des écarts entre commandes)\n');
  });

  it('names every definition and source of the window', () => {
    expect(churnDefinitionLine({ definition: 'contract' }, 'en')).toBe('churn by contract end (churned_at)');
    expect(churnDefinitionLine({ definition: 'inactivity', windowDays: 30, windowSource: 'flag' }, 'en')).toBe(
      'churn by inactivity, window 30 days (given with --churn-window)',
    );
    expect(churnDefinitionLine({ definition: 'inactivity', windowDays: 365, windowSource: 'default' }, 'fr')).toBe(
      'attrition par inactivité, fenêtre de 365 jours (un an : aucun client n’a encore commandé deux fois)',
    );
  });

  it('says churn was judged by the BG/NBD model, and why it has no value when the model could not be fitted', () => {
    const model = { definition: 'model', model: 'bgnbd', threshold: 0.5 } as const;
    expect(churnDefinitionLine(model, 'en')).toBe('churn by the BG/NBD model: lost when P(alive) < 0.5');
    expect(churnDefinitionLine(model, 'fr')).toBe('attrition par le modèle BG/NBD : perdu quand P(vivant) < 0,5');
    expect(churnDefinitionLine({ ...model, reason: 'BG/NBD needs a repeat purchase.' }, 'en')).toBe(
      'churn by the BG/NBD model: lost when P(alive) < 0.5 (model not fitted: BG/NBD needs a repeat purchase.)',
    );
    const report: Report = {
      period: { from: '2026-02-01', to: '2026-02-28' },
      indicators: computeIndicators({ churnRate: { atStart: 40, lost: 4, definition: model } }),
    };
    expect(formatReport(report, 'fr')).toMatch(/\nTaux d'attrition +10\s% .*\n {2}attrition par le modèle BG\/NBD\s: perdu quand P\(vivant\) < 0,5$/);
  });

  it('draws the cohort triangle as a table, with French number formats', () => {
    const english = formatReport(shop, 'en');
    expect(english).toContain('Cohorts: share of customers ordering again, by month after their first order');
    expect(english).toMatch(/\nCohort +Customers +M0 +M1\n-+\n2026-02 +3 +100 % +33\.3 %\n2026-03 +1 +100 %$/);
    expect(formatReport(shop, 'fr')).toMatch(/\nCohorte +Clients +M0 +M1\n-+\n2026-02 +3 +100\u00A0% +33,3\u00A0%\n/);
  });
});
