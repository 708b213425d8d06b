import { expect, it } from 'vitest';
import type { IndicatorSet } from '../../../indicators/report.js';
import { EMPLOYEE_FIGURES_ANSWERS, EMPLOYEE_FIGURES_SURVEY } from '../../../test-support/barometerFixture.js';
import { describeEachEngine } from '../../../test-support/engines.js';
import { definitionOf } from '../../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../../test-support/workspaceStore.js';
import { formatReport } from '../../../cli/formatReport.js';
import { answerSurvey } from '../../surveys/answerSurvey.js';
import { loadSurvey } from '../../surveys/loadSurvey.js';
import { createSurvey } from '../../surveys/manageSurveys.js';
import { buildReport } from '../buildReport.js';
import { buildReportDocument } from '../html/buildReportDocument.js';
import { parseReportQuery } from '../reportQuery.js';
import { reportTable } from '../reportTables.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const FIGURES = ['enps', 'employeeEngagement', 'csat', 'ces'] as const;

/** The employee figures of a block of indicators. */
function figures(indicators: Partial<IndicatorSet>) {
  return FIGURES.map((key) => indicators[key]);
}

describeEachEngine('anonymity of employee figures', (engine) => {
  const test = workspaceStore(engine, {
    per: 'block',
    fill: async (store, workspaceId) => {
      const id = (await createSurvey(store, workspaceId, definitionOf(EMPLOYEE_FIGURES_SURVEY), NOW)).id;
      const survey = await loadSurvey(store, workspaceId, id);
      for (const { answers, attributes } of EMPLOYEE_FIGURES_ANSWERS) {
        await answerSurvey(store, survey!, { answers, attributes, channel: 'link', language: 'fr' }, NOW);
      }
    },
  });
  const report = (flags: Record<string, unknown> = {}) =>
    buildReport(test.store, test.workspaceId, parseReportQuery({ from: '2026-03-01', to: '2026-03-31', ...flags }), NOW);

  it('shows every employee figure of the 22', async () => {
    for (const figure of figures((await report()).indicators)) expect(figure).toHaveProperty('value');
  });

  it('hides a group of 4 (eNPS, CSAT, CES, the barometer) and, with --by, the next smallest group', async () => {
    const split = await report({ by: 'team' });
    const byTeam = Object.fromEntries(split.groups!.map((group) => [group.key, group.indicators]));
    for (const figure of figures(byTeam.A!)) expect(figure).toEqual({ suppressed: true });
    // A's 4 = total − B − C: so C (6, the smallest shown) is hidden too.
    for (const figure of figures(byTeam.C!)) expect(figure).toEqual({ suppressed: true, reason: 'complement' });
    for (const figure of figures(byTeam.B!)) expect(figure).toHaveProperty('value');
    const engagement = byTeam.B!.employeeEngagement as { n: number };
    expect(engagement.n).toBe(12);
  });

  it('hides a --where group of 4 on its own', async () => {
    for (const figure of figures((await report({ where: ['site=lyon'] })).indicators)) expect(figure).toEqual({ suppressed: true });
    for (const figure of figures((await report({ where: ['team=A'] })).indicators)) expect(figure).toEqual({ suppressed: true });
  });

  it('hides a --where figure that differs from the unfiltered one by 4 (18 of 22), and from one filter fewer (8 of 12)', async () => {
    for (const figure of figures((await report({ where: ['site=paris'] })).indicators)) expect(figure).toEqual({ suppressed: true, reason: 'filter' });
    for (const figure of figures((await report({ where: ['team=B', 'site=paris'] })).indicators)) {
      expect(figure).toEqual({ suppressed: true, reason: 'filter' });
    }
    // team=B (12 of 22) leaves out 10: shown.
    for (const figure of figures((await report({ where: ['team=B'] })).indicators)) expect(figure).toHaveProperty('value');
  });

  it('applies the rules to the groups of a filtered split: with --where site=paris --by team, B (8) differs from its unfiltered twin (12) by 4', async () => {
    const split = await report({ where: ['site=paris'], by: 'team' });
    const byTeam = Object.fromEntries(split.groups!.map((group) => [group.key, group.indicators]));
    expect(byTeam.B!.enps).toEqual({ suppressed: true, reason: 'filter' });
    // A (4) is small; A and B hidden hold 12: C (6) can stay — and its twin is the same 6.
    expect(byTeam.A!.enps).toEqual({ suppressed: true });
    expect(byTeam.C!.enps).toHaveProperty('value');
  });

  it('hides them in the exports and in the CLI text, in French and English', async () => {
    const split = await report({ by: 'team' });
    const rows = reportTable(split).rows.filter((row) => row.group === 'A' || row.group === 'C');
    const employeeRows = rows.filter((row) => (FIGURES as readonly string[]).includes(row.indicator as string));
    expect(employeeRows).toHaveLength(8);
    for (const row of employeeRows) {
      expect(row.suppressed).toBe(true);
      expect(row.value ?? null).toBeNull();
    }
    const english = formatReport(split, 'en');
    expect(english).toContain('hidden (fewer than 5 respondents)');
    expect(english).toContain('hidden (would reveal a group under 5 by subtraction)');
    const french = formatReport(await report({ where: ['site=paris'] }), 'fr');
    expect(french).toContain('masqué (le filtre écarte moins de 5 répondants)');
  });

  it('hides them in the shared HTML report, its monthly series included', async () => {
    const html = await buildReportDocument(
      test.store,
      test.workspaceId,
      parseReportQuery({ from: '2026-03-01', to: '2026-03-31', where: ['site=lyon'] }),
      'en',
      NOW,
    );
    expect(html).toContain('hidden (fewer than 5 respondents)');
    // The series' points are groups of the period: the month of the 4 is hidden as the period is.
    const { series } = await report({ where: ['site=lyon'], interval: 'month' });
    for (const figure of figures(series![0]!.indicators)) expect(figure).toEqual({ suppressed: true });
  });

  it('hides a series point under 5 and, with the whole period shown, the next smallest point', async () => {
    // All 22 answered on 10 March: a weekly series has one point with employees, the others none — nothing to hide.
    const weekly = await report({ interval: 'week' });
    const shown = weekly.series!.filter((point) => 'value' in (point.indicators.csat ?? {}) && (point.indicators.csat as { n: number }).n > 0);
    expect(shown).toHaveLength(1);
  });
});
