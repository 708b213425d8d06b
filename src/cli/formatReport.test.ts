import { describe, expect, it } from 'vitest';
import { attachBenchmarks } from '../indicators/benchmarks/attachBenchmarks.js';
import { compareIndicators } from '../indicators/comparison/changes.js';
import { computeIndicators } from '../indicators/report.js';
import { sectorBenchmarks } from '../services/benchmarks/sectorBenchmarks.js';
import { webBreakdowns } from '../indicators/web/breakdowns.js';
import type { Report } from '../services/report/buildReport.js';
import { formatReport } from './formatReport.js';

/** The contract definition of churn, as a workspace with contract end dates has it. */
const BY_CONTRACT = { definition: 'contract' } as const;

const report: Report = {
  period: { from: '2025-03-01', to: '2025-03-31' },
  indicators: computeIndicators({
    nps: [0, 0, 0, 0, 0, 50, 0, 60, 0, 40, 50],
    detractorFollowUp: { cases: 50, contacted: 45 },
    enps: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2],
    churnRate: { atStart: 20, lost: 0, definition: BY_CONTRACT },
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
    // 45 of 50 detractors contacted within 48 hours → 90 %, Wilson [78.6, 95.7], right under the NPS.
    expect(text).toMatch(/NPS \(customers\)[^\n]+\nDetractors contacted in 48 h\s+90 %\s+\[78\.6; 95\.7\]\s+50 detractors\n/);
    expect(text).toMatch(/eNPS \(employees\)\s+hidden \(fewer than 5 respondents\)/);
    expect(text).toMatch(/Churn rate\s+0 %\s+\[0; 16\.1\]\s+20 customers at start/);
    expect(text).toMatch(/Sessions\s+1,200\s+2\.5 pages\/session, 100 s/);
  });

  it('writes the same table in French with French number formats and typography', () => {
    const lines = formatReport(large, 'fr').split('\n');
    // No-break space (U+00A0) before the colon and the units, inside the interval; thousands grouped with U+202F.
    expect(lines[0]).toBe('Période\u00A0: 2025-03-01 → 2025-03-31');
    expect(lines[2]).toMatch(/^Indicateur\s+Valeur\s+IC 95\u00A0%\s+Base$/);
    expect(lines).toContainEqual(expect.stringMatching(/^NPS \(clients\) +20 +\[8,5\u00A0; 30,9\] +n = 200$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Taux d'attrition +0\u00A0% +\[0\u00A0; 0,2\] +2\u202F000 clients au début$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Sessions +2\u202F304 +1,3 pages\/session, 100\u00A0s$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Valeur client historique +146,6\u00A0€ +1\u202F705 clients$/));
  });

  it('keeps the English counts ungrouped and its intervals written [low; high]', () => {
    const text = formatReport(large, 'en');
    expect(text).toMatch(/Churn rate +0 % +\[0; 0\.2\] +2000 customers at start/);
    expect(text).toMatch(/Historical CLV +146\.6 € +1705 customers/);
    expect(text).not.toMatch(/\u00A0|\u202F/);
  });

  it('writes the groups of a split report under Groupe : in French', () => {
    const text = formatReport({ ...report, groups: [{ key: null, indicators: report.indicators }] }, 'fr');
    expect(text).toContain('\nGroupe\u00A0: (sans valeur)\n');
    expect(text).toMatch(/Détracteurs rappelés en 48 h +90\u00A0% +\[78,6\u00A0; 95,7\] +50 détracteurs/);
  });
});

describe('formatReport of the commerce and engagement indicators', () => {
  const commerce: Report = {
    period: { from: '2025-03-01', to: '2025-03-31' },
    indicators: computeIndicators({
      customerEngagementRate: { customers: 5, engaged: 4, interactionsByKind: { orders: 3, responses: 4, events: 1 } },
      conversionRate: { sessions: 1000, converted: 20, visitors: 400, convertedVisitors: 18 },
      newCustomers: { new: 12 },
      averageOrderValue: { orders: 4, revenue: 100, revenueSquares: 3000 },
      purchaseFrequency: { orders: 4, customers: 3 },
    }),
  };

  it('writes each with its interval and basis in English', () => {
    const text = formatReport(commerce, 'en');
    // 4 of 5 → 80 %, Wilson [37.6, 96.4]; 8 interactions / 4 engaged = 2.
    expect(text).toMatch(/Customer engagement rate +80 % +\[37\.6; 96\.4\] +5 customers, 2 interactions per engaged customer/);
    // 20 of 1000 sessions → 2 % [1.3, 3.1]; 18 of 400 visitors → 4.5 %.
    expect(text).toMatch(/Conversion rate +2 % +\[1\.3; 3\.1\] +1000 sessions, 4\.5 % of 400 visitors/);
    expect(text).toMatch(/New customers +12 +created in the period/);
    // Mean 25, t-interval [4.5, 45.5].
    expect(text).toMatch(/Average order value +25 € +\[4\.5; 45\.5\] +4 orders/);
    expect(text).toMatch(/Purchase frequency +1\.3 +4 orders/);
  });

  it('writes them in French', () => {
    const text = formatReport(commerce, 'fr');
    expect(text).toMatch(/Clients engagés +80\u00A0% +\[37,6\u00A0; 96,4\] +5 clients, 2 interactions par client engagé/);
    expect(text).toMatch(/Taux de conversion +2\u00A0% +\[1,3\u00A0; 3,1\] +1\u202F000 sessions, 4,5\u00A0% de 400 visiteurs/);
    expect(text).toMatch(/Nouveaux clients +12 +créés dans la période/);
    expect(text).toMatch(/Panier moyen +25\u00A0€ +\[4,5\u00A0; 45,5\] +4 commandes/);
    expect(text).toMatch(/Fréquence d'achat +1,3 +4 commandes/);
  });
});

/** A report with counts in the thousands, to see them grouped. */
const large: Report = {
  period: { from: '2025-03-01', to: '2025-03-31' },
  indicators: computeIndicators({
    nps: [0, 0, 0, 0, 0, 50, 0, 60, 0, 40, 50],
    churnRate: { atStart: 2000, lost: 0, definition: BY_CONTRACT },
    clvHistorical: { customers: 1705, revenue: 250000 },
    sessions: { count: 2304, totalDurationSeconds: 230400, medianDurationSeconds: 60, pageviews: 3000, bounces: 300 },
  }),
};

describe('formatReport with web data', () => {
  const counts = (total: number, top: [string | null, number][], distinct = top.length) => ({
    total,
    distinct,
    top: top.map(([key, count]) => ({ key, count })),
  });
  const none = counts(4, [[null, 4]]);
  const cookieless: Report = {
    period: { from: '2025-03-01', to: '2025-03-31' },
    indicators: computeIndicators({
      stickiness: { days: 31, sumDau: 0, sumMau: 0, dayScopedVisitorDays: 9 },
      firstWeekEngagement: { newCustomers: 2, engaged: 1, dayScopedVisitorDays: 9, followableVisitorDays: 0 },
    }),
    web: webBreakdowns({
      pages: counts(
        1500,
        [
          ['/', 900],
          ['/p/a', 300],
        ],
        5,
      ),
      entryPages: counts(4, [['/', 4]]),
      exitPages: counts(4, [['/p/a', 4]]),
      sources: counts(4, [
        ['google', 3],
        [null, 1],
      ]),
      campaigns: none,
      devices: none,
      browsers: none,
      os: none,
    }),
  };

  it('says in English which cross-day indicators cookieless mode cannot measure, and lists the breakdowns', () => {
    const lines = formatReport(cookieless, 'en').split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^Stickiness \(DAU\/MAU\) +not measurable in cookieless mode/));
    expect(lines).toContainEqual(expect.stringMatching(/^First-week engagement +not measurable in cookieless mode/));
    expect(lines).toContain('Web (sessions starting in the period)');
    expect(lines).toContain('Top pages (1500 page views)');
    // 900 of 1500 = 60 %, Wilson [57.5; 62.5]; the 3 other pages hold 300 views, 20 %.
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}\/ +900 +60\.0 % +\[57\.5; 62\.5\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Other \(3 values\) +300 +20\.0 % +\[18\.1; 22\.1\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}\(no value\) +1 +25\.0 % +\[4\.6; 69\.9\]$/));
    expect(lines).toContain('Not recorded: campaigns, devices, browsers, operating systems.');
  });

  it('says beside the basis when cookieless visitors were left out of a cross-day figure', () => {
    const mixed = computeIndicators({ stickiness: { days: 30, sumDau: 3000, sumMau: 12000, dayScopedVisitorDays: 40 } });
    const at = (language: 'en' | 'fr') => formatReport({ period: { from: '2025-03-01', to: '2025-03-30' }, indicators: mixed }, language).split('\n');
    expect(at('en')).toContainEqual(expect.stringMatching(/^Stickiness \(DAU\/MAU\) +25 % +DAU 100 \/ MAU 400, cookieless visitors left out$/));
    expect(at('fr')).toContainEqual(expect.stringMatching(/^Stickiness \(DAU\/MAU\) +25\u00A0% +DAU 100 \/ MAU 400, hors visiteurs sans cookie$/));
  });

  it('says the same in French, with French numbers and typography', () => {
    const lines = formatReport(cookieless, 'fr').split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^Stickiness \(DAU\/MAU\) +non mesurable en mode sans cookie/));
    expect(lines).toContainEqual(expect.stringMatching(/^Engagement 1re semaine +non mesurable en mode sans cookie/));
    expect(lines).toContain('Web (sessions commencées dans la période)');
    expect(lines).toContain('Pages les plus vues (1\u202F500 pages vues)');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}\/ +900 +60,0\u00A0% +\[57,5\u00A0; 62,5\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Autres \(3 valeurs\) +300 +20,0\u00A0% +\[18,1\u00A0; 22,1\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}\(sans valeur\) +1 +25,0\u00A0% +\[4,6\u00A0; 69,9\]$/));
    expect(lines).toContain('Non renseignés\u00A0: campagnes, appareils, navigateurs, systèmes d’exploitation.');
  });
});

describe('formatReport with sector figures', () => {
  const withFigures: Report = {
    period: { from: '2025-03-01', to: '2025-03-31' },
    indicators: attachBenchmarks(
      computeIndicators({
        nps: [0, 0, 0, 0, 0, 50, 0, 60, 0, 40, 50],
        sessions: { count: 1200, totalDurationSeconds: 120000, medianDurationSeconds: 60, pageviews: 3000, bounces: 300 },
      }),
      sectorBenchmarks(),
      { sector: 'Retail', country: 'FR', npsSurvey: null },
      31,
    ),
  };

  it('puts each figure under its indicator with its segment, country, source and year, and the warning when it differs', () => {
    const lines = formatReport(withFigures, 'en').split('\n');
    const nps = lines.findIndex((line) => line.startsWith('NPS (customers)'));
    expect(lines[nps + 1]).toBe(
      '  all industries (All industries (average firm), global): +7.5 (Bain & Company, The Ultimate Question (book site): the average firm at 5-10, 2011)',
    );
    expect(lines[nps + 2]).toBe(
      '    warning: the figure is a relationship NPS, and the workspace has not said whether its NPS is relationship or transactional (barometre settings set npsSurvey …)',
    );
    const sessions = lines.findIndex((line) => line.startsWith('Sessions'));
    expect(lines[sessions + 1]).toBe('  bounce rate: 25 %; all industries (All industries, global): 49 % (Contentsquare 2023 Digital Experience Benchmark)');
  });

  it('writes them in French with French typography', () => {
    const text = formatReport(withFigures, 'fr');
    expect(text).toContain(
      '  taux de rebond\u00a0: 25\u00a0%\u00a0; tous secteurs (All industries, global)\u00a0: 49\u00a0% (Contentsquare 2023 Digital Experience Benchmark)',
    );
    expect(text).toContain('    attention\u00a0: le chiffre est un NPS relationnel, et l’espace de travail n’a pas dit');
  });
});

describe('formatReport with a comparison and a series', () => {
  const now = computeIndicators({
    csat: [0, 0, 14, 26, 30],
    churnRate: { atStart: 1000, lost: 50, definition: { definition: 'contract' } },
    stickiness: { days: 2, sumDau: 10, sumMau: 40, dayScopedVisitorDays: 0 },
  });
  const before = computeIndicators({
    csat: [0, 0, 32, 28, 20],
    churnRate: { atStart: 1000, lost: 70, definition: { definition: 'contract' } },
    stickiness: { days: 2, sumDau: 10, sumMau: 50, dayScopedVisitorDays: 0 },
  });
  const changes = compareIndicators({ indicators: now, statistics: {} }, { indicators: before, statistics: {} });
  const compared: Report = {
    period: { from: '2025-03-01', to: '2025-03-31', boundedTo: '2025-03-28' },
    comparedWith: { from: '2025-01-29', to: '2025-02-28' },
    indicators: Object.fromEntries(Object.entries(now).map(([key, indicator]) => [key, { ...indicator, change: changes[key as 'csat'] }])),
    interval: 'week',
    series: [
      { from: '2025-03-01', to: '2025-03-02', indicators: computeIndicators({ csat: [0, 0, 1, 1, 0] }) },
      { from: '2025-03-03', to: '2025-03-09', indicators: computeIndicators({ csat: [0, 0, 0, 0, 0] }) },
    ],
  };

  it('adds a "vs previous" column with the change, its interval and a plain verdict, in English', () => {
    const text = formatReport(compared, 'en');
    expect(text).toContain('Period: 2025-03-01 → 2025-03-31 (data to 2025-03-28)\nCompared with: 2025-01-29 → 2025-02-28');
    // Newcombe 1998 Table II (a): 56/70 − 48/80 = +20 points, [5.24, 33.39]; churn 5 % against 7 %: [−4.1, +0.1].
    expect(text).toMatch(/CSAT \(% satisfied\) .* \+20 pts \[5\.2; 33\.4\] real rise\n/);
    expect(text).toMatch(/Churn rate .* -2 pts \[-4\.1; 0\.1\] no measurable difference\n/);
    expect(text).toMatch(/Stickiness \(DAU\/MAU\) .* \+5 pts \(no test\)/);
    expect(text).toMatch(
      /Series by week\n\nCSAT \(% satisfied\) +Value[^\n]+\n-+\n2025-03-01 → 2025-03-02 +50 % +\[9\.5; 90\.5\] +n = 2\n2025-03-03 → 2025-03-09 +no data/,
    );
  });

  it('says the same in French', () => {
    const text = formatReport(compared, 'fr');
    expect(text).toContain('(données jusqu’au 2025-03-28)');
    expect(text).toMatch(/vs précédent/);
    expect(text).toMatch(/\+20 pts \[5,2\u00A0; 33,4\] hausse réelle/);
    expect(text).toMatch(/pas de différence mesurable/);
    expect(text).toMatch(/Série par semaine/);
  });
});
