import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildReport, type Report } from './buildReport.js';
import { parseReportQuery } from './reportQuery.js';

/**
 * Ten answers in February 2025 and ten in March, by hand:
 * February: CSAT 3 of 10 positive (30 %); NPS 2 promoters, 3 passives, 5 detractors (−30); CES 5, 6, 7.
 * March 1–28: CSAT 9 of 10 (90 %); NPS 8 promoters, 2 passives (80); CES 3, 4, 5.
 * Odd answers come from the web, even ones from the shop.
 */
const RESPONSES = `response_id,survey_id,submitted_at,channel,nps,csat,ces
f1,s,2025-02-03,web,10,5,5
f2,s,2025-02-04,shop,9,4,6
f3,s,2025-02-05,web,8,4,7
f4,s,2025-02-06,shop,7,2,
f5,s,2025-02-07,web,7,2,
f6,s,2025-02-08,shop,6,1,
f7,s,2025-02-09,web,5,3,
f8,s,2025-02-10,shop,3,3,
f9,s,2025-02-11,web,0,2,
f10,s,2025-02-12,shop,2,1,
m1,s,2025-03-01,web,10,5,3
m2,s,2025-03-02,shop,10,5,4
m3,s,2025-03-04,web,9,4,5
m4,s,2025-03-05,shop,9,4,
m5,s,2025-03-11,web,10,5,
m6,s,2025-03-12,shop,9,4,
m7,s,2025-03-18,web,9,5,
m8,s,2025-03-19,shop,10,4,
m9,s,2025-03-25,web,8,5,
m10,s,2025-03-28T12:00:00Z,shop,7,2,
`;
const MARCH = { from: '2025-03-01', to: '2025-03-28' };

type Fields = Record<string, Record<string, unknown>>;
const indicators = (report: Report) => report.indicators as unknown as Fields;

describeEachEngine('report comparisons and series', (engine) => {
  const test = workspaceStore(engine, {
    per: 'block',
    fill: async (store, workspaceId) => expect((await importCsvText(store, workspaceId, 'responses', RESPONSES)).rejected).toEqual([]),
  });
  const report = (input: Parameters<typeof parseReportQuery>[0]) => buildReport(test.store, test.workspaceId, parseReportQuery(input));

  it('compares with the 28 days before: CSAT 90 % against 30 % by Newcombe (Table II example b: [17.05, 80.90])', async () => {
    const result = await report({ ...MARCH, compare: 'previous' });
    expect(result.comparedWith).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    const csat = indicators(result).csat!.change as { ci95: [number, number] };
    expect(csat).toMatchObject({ previous: 30, method: 'newcombe', significant: true });
    expect(csat.ci95[0]).toBeCloseTo(17.05, 2);
    expect(csat.ci95[1]).toBeCloseTo(80.9, 2);
    expect(indicators(result).nps!.change).toMatchObject({ previous: -30, delta: 110, method: 'adjusted-wald', significant: true });
    // CES 3, 4, 5 against 5, 6, 7: Welch t = −2.449 on 4 degrees of freedom, p = 0.0705.
    const ces = indicators(result).ces!.change as { pValue: number };
    expect(ces).toMatchObject({ previous: 6, delta: -2, method: 'welch', significant: false });
    expect(ces.pValue).toBeCloseTo(0.0705, 4);
    expect(result.fdr).toBeUndefined();
  });

  it('gives no change where the comparison period has no value, and compares with the same dates a year earlier', async () => {
    const result = await report({ ...MARCH, compare: 'year' });
    expect(result.comparedWith).toEqual({ from: '2024-03-01', to: '2024-03-28' });
    expect(indicators(result).csat!.change).toBeUndefined();
  });

  it('tests each group’s change and decides significance after Benjamini–Hochberg across the groups', async () => {
    const result = await report({ ...MARCH, compare: 'previous', by: 'channel' });
    expect(result.fdr).toBe('benjamini-hochberg');
    expect(result.groups?.map((group) => group.key)).toEqual(['shop', 'web']);
    const changes = result.groups!.map((group) => (group.indicators as unknown as Fields).csat!.change as { pValue: number; significant: boolean });
    // Shop: 4 of 5 in March against 1 of 5 in February, Newcombe [−0.03, 83.16], p = 0.0501;
    // web: 5 of 5 against 2 of 5, [2.98, 88.24], p = 0.0382 — real on its own, but
    // Benjamini–Hochberg over the two groups adjusts it to min(0.0382 × 2 / 1, 0.0501 × 2 / 2) = 0.0501: not real.
    expect(changes[0]!.pValue).toBeCloseTo(0.0501, 4);
    expect(changes[1]!.pValue).toBeCloseTo(0.0382, 4);
    expect(changes.map((change) => change.significant)).toEqual([false, false]);
    // The whole report's CSAT (9 of 10 against 3 of 10) is outside the family and stays real.
    expect(indicators(result).csat!.change).toMatchObject({ significant: true });
  });

  it('refuses a comparison range that overlaps the period, naming --compare', async () => {
    await expect(report({ ...MARCH, compare: '2025-02-15..2025-03-05' })).rejects.toThrow(/^compare 2025-02-15\.\.2025-03-05 overlaps the report's period/);
  });

  it('cuts the period into ISO weeks, each point with the indicators of its days', async () => {
    const result = await report({ ...MARCH, interval: 'week' });
    expect(result.series?.map((point) => [point.from, point.to])).toEqual([
      ['2025-03-01', '2025-03-02'],
      ['2025-03-03', '2025-03-09'],
      ['2025-03-10', '2025-03-16'],
      ['2025-03-17', '2025-03-23'],
      ['2025-03-24', '2025-03-28'],
    ]);
    expect(result.series?.map((point) => (point.indicators as unknown as Fields).nps!.n)).toEqual([2, 2, 2, 2, 2]);
    // Week of 24 March: answers 8 and 7 give no promoter, no detractor: NPS 0, from 2 answers — far too imprecise.
    expect((result.series![4]!.indicators as unknown as Fields).nps).toMatchObject({ value: 0, n: 2, lowPrecision: true });
  });

  it('refuses a series of more than 1,000 points, naming --interval', async () => {
    await expect(report({ from: '2020-01-01', to: '2025-03-28', interval: 'day' })).rejects.toThrow(
      /^interval day cuts the period 2020-01-01 to 2025-03-28 into 1,914 points/,
    );
  });

  it('brings a --to past the data back to its last day, and says so', async () => {
    const result = await report({ from: '2025-03-01', to: '2025-06-30' });
    expect(result.period).toEqual({ from: '2025-03-01', to: '2025-06-30', boundedTo: '2025-03-28' });
    expect(indicators(result).nps!.n).toBe(10);
  });
});
