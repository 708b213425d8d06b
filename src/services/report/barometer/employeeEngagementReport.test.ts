import { expect, it } from 'vitest';
import type { EmployeeEngagement, EngagementDimension } from '../../../indicators/barometer/employeeEngagement.js';
import { BAROMETER_ANSWERS, BAROMETER_EXPECTED, BAROMETER_SURVEY } from '../../../test-support/barometerFixture.js';
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
