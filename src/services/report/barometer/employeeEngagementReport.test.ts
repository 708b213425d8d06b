import { expect, it } from 'vitest';
import { type EmployeeEngagement, type EngagementDimension, employeeEngagement } from '../../../indicators/barometer/employeeEngagement.js';
import { hundredScaleSample } from '../../../indicators/barometer/engagementChanges.js';
import { benjaminiHochberg } from '../../../indicators/stats/benjaminiHochberg.js';
import { newcombeDifference } from '../../../indicators/stats/newcombeDifference.js';
import { welchTest } from '../../../indicators/stats/welchTest.js';
import { BAROMETER_ANSWERS, BAROMETER_EXPECTED, BAROMETER_SURVEY, barometerStatistics } from '../../../test-support/barometerFixture.js';
import { describeEachEngine } from '../../../test-support/engines.js';
import { definitionOf } from '../../../test-support/surveyFixtures.js';
import { workspaceStore } from '../../../test-support/workspaceStore.js';
import { answerSurvey } from '../../surveys/answerSurvey.js';
import { loadSurvey } from '../../surveys/loadSurvey.js';
import { createSurvey } from '../../surveys/manageSurveys.js';
import { buildReport } from '../buildReport.js';
import { parseReportQuery } from '../reportQuery.js';

const NOW = new Date('2026-03-10T12:00:00Z');

describeEachEngine('employee barometer in the report', (engine) => {
  const test = workspaceStore(engine, {
    per: 'block',
    fill: async (store, workspaceId) => {
      const id = (await createSurvey(store, workspaceId, definitionOf(BAROMETER_SURVEY), NOW)).id;
      const survey = await loadSurvey(store, workspaceId, id);
      for (const answers of BAROMETER_ANSWERS) {
        await answerSurvey(store, survey!, { answers, channel: 'link', language: 'fr', attributes: { team: 'ventes' } }, NOW);
      }
    },
  });
  const report = (flags: Record<string, unknown> = {}) =>
    buildReport(test.store, test.workspaceId, parseReportQuery({ from: '2026-03-01', to: '2026-03-31', ...flags }), NOW);

  it('gives the hand-computed scores, favourable shares, α and drivers', async () => {
    const result = (await report()).indicators.employeeEngagement as EmployeeEngagement;
    expect(result.value).toBeCloseTo(BAROMETER_EXPECTED.value, 9);
    expect(result.ci95![0]).toBeCloseTo(BAROMETER_EXPECTED.ci95[0], 8);
    expect(result.favourable).toBeCloseTo(BAROMETER_EXPECTED.favourable, 9);
    expect(result).toMatchObject({ n: 6, answers: 29 });
    for (const name of ['engagement', 'recognition'] as const) {
      const dimension = result.dimensions[name] as EngagementDimension;
      const expected = BAROMETER_EXPECTED[name];
      expect(dimension.value).toBeCloseTo(expected.value, 9);
      expect(dimension.ci95![1]).toBeCloseTo(expected.ci95[1], 8);
      expect(dimension.favourable).toBeCloseTo(expected.favourable, 9);
      expect(dimension.alpha).toBeCloseTo(expected.alpha, 9);
      expect(dimension).toMatchObject({ n: 6, alphaN: expected.alphaN, items: expected.items, answers: expected.answers });
    }
    const recognition = result.drivers.find((driver) => driver.dimension === 'recognition')!;
    expect(recognition.engagement!.r).toBeCloseTo(BAROMETER_EXPECTED.recognitionWithEngagement.r, 9);
    expect(recognition.enps!.r).toBeCloseTo(BAROMETER_EXPECTED.recognitionWithEnps.r, 9);
    expect(recognition.priority).toBe(true);
  });

  it('narrows with --where and splits with --by on the responses’ attributes', async () => {
    const split = await report({ by: 'team' });
    expect((split.groups![0]!.indicators.employeeEngagement as EmployeeEngagement).value).toBeCloseTo(BAROMETER_EXPECTED.value, 9);
    const other = await report({ where: ['team=achats'] });
    expect(other.indicators.employeeEngagement).toMatchObject({ value: null, n: 0 });
  });
});

/** The previous wave: every answer one point less favourable (e2, worded against, one point more), within 1–5. */
const EARLIER_ANSWERS = BAROMETER_ANSWERS.map((answers) =>
  Object.fromEntries(
    Object.entries(answers).map(([id, answer]) => [id, id === 'q_enps' ? answer : id === 'e2' ? Math.min(5, answer + 1) : Math.max(1, answer - 1)]),
  ),
);

describeEachEngine('employee barometer waves', (engine) => {
  const test = workspaceStore(engine, {
    per: 'block',
    fill: async (store, workspaceId) => {
      const id = (await createSurvey(store, workspaceId, definitionOf({ ...BAROMETER_SURVEY, opensAt: '2026-01-01' }), NOW)).id;
      const survey = await loadSurvey(store, workspaceId, id);
      for (const [wave, sets, at] of [
        ['current', BAROMETER_ANSWERS, NOW],
        ['earlier', EARLIER_ANSWERS, new Date('2026-02-10T12:00:00Z')],
      ] as const) {
        for (const team of ['ventes', 'achats']) {
          for (const answers of sets) await answerSurvey(store, survey!, { answers, channel: 'link', language: 'fr', attributes: { team, wave } }, at);
        }
      }
    },
  });
  const report = (flags: Record<string, unknown> = {}) =>
    buildReport(test.store, test.workspaceId, parseReportQuery({ from: '2026-03-01', to: '2026-03-31', compare: '2026-02-01..2026-02-28', ...flags }), NOW);

  it("gives the barometer and each dimension a change: Welch on respondents' scores, Newcombe on the favourable share", async () => {
    const now = (await report()).indicators.employeeEngagement as EmployeeEngagement;
    const expectedNow = employeeEngagement(barometerStatistics([...BAROMETER_ANSWERS, ...BAROMETER_ANSWERS])) as EmployeeEngagement;
    const before = barometerStatistics([...EARLIER_ANSWERS, ...EARLIER_ANSWERS]);
    const now2 = barometerStatistics([...BAROMETER_ANSWERS, ...BAROMETER_ANSWERS]);
    const previous = employeeEngagement(before) as EmployeeEngagement;
    expect(now.change).toMatchObject({
      method: 'welch',
      previous: expect.closeTo(previous.value!, 9),
      delta: expect.closeTo(expectedNow.value! - previous.value!, 9),
    });
    const recognition = now.dimensions.recognition as EngagementDimension;
    const welch = welchTest(hundredScaleSample(now2.dimensions.recognition!.scores), hundredScaleSample(before.dimensions.recognition!.scores))!;
    expect(recognition.change!.pValue).toBeCloseTo(welch.pValue, 12);
    expect(recognition.change!.ci95![0]).toBeCloseTo(welch.ci95[0], 9);
    const newcombe = newcombeDifference(
      { k: now2.dimensions.recognition!.favourableAnswers, n: now2.dimensions.recognition!.answers },
      { k: before.dimensions.recognition!.favourableAnswers, n: before.dimensions.recognition!.answers },
    );
    expect(recognition.favourableChange).toMatchObject({ method: 'newcombe', pValue: expect.closeTo(newcombe.pValue, 12) });
    expect(now.favourableChange?.method).toBe('newcombe');
  });

  it('with --by team, decides significance with Benjamini–Hochberg across teams and dimensions together', async () => {
    const split = await report({ by: 'team' });
    expect(split.fdr).toBe('benjamini-hochberg');
    const tests = split.groups!.flatMap((group) => {
      const result = group.indicators.employeeEngagement as EmployeeEngagement;
      const owners = [result, ...Object.values(result.dimensions)] as (EngagementDimension | EmployeeEngagement)[];
      return owners.flatMap((owner) => [owner.change, owner.favourableChange].filter((change) => change?.pValue != null));
    });
    // Two teams × (the barometer + 2 dimensions) × (change, favourable change).
    expect(tests).toHaveLength(12);
    const decisions = benjaminiHochberg(tests.map((change) => change!.pValue!));
    expect(tests.map((change) => change!.significant)).toEqual(decisions.map((decision) => decision.significant));
  });
});
