import { expect, it } from 'vitest';
import { buildReport } from '../services/report/buildReport.js';
import { parseReportQuery } from '../services/report/reportQuery.js';
import { findSurvey } from '../store/surveys/surveyRows.js';
import { findWorkspace } from '../store/workspaces.js';
import { describeEachEngine } from '../test-support/engines.js';
import { workspaceStore } from '../test-support/workspaceStore.js';
import { BAROMETER_ITEMS } from '../services/surveys/barometer/barometerBank.js';
import { EMPLOYEE_WAVES, employeeBarometer } from './employeeBarometer.js';
import { DEMO_BAROMETER_ID, loadDemoBarometer } from './loadDemoBarometer.js';

/** A small seed's barometer: the same code as the demo's, a different draw. */
const SEED = 7;

/** The eNPS of some answers: % promoters (9–10) − % detractors (0–6) (Reichheld 2003). */
function enpsOf(scores: readonly number[]): number {
  return (100 * (scores.filter((score) => score >= 9).length - scores.filter((score) => score <= 6).length)) / scores.length;
}

describeEachEngine('the demo employee barometer', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'demo',
    per: 'block',
    fill: (store, workspaceId) => loadDemoBarometer(store, workspaceId, SEED),
    timeout: 120_000,
  });
  const answers = employeeBarometer(SEED);

  it('is a survey of the workspace built from the bank, created on the first wave’s first day', async () => {
    const survey = await findSurvey(test.store, test.workspaceId, DEMO_BAROMETER_ID);
    expect(survey).toMatchObject({ audience: 'employees', version: 1, createdAt: '2025-06-09T00:00:00Z' });
    const definition = JSON.parse(survey?.definition ?? '{}') as { questions: { type: string }[]; opensAt: string };
    expect(definition.questions.filter((question) => question.type === 'likert')).toHaveLength(BAROMETER_ITEMS.length);
    expect(definition.opensAt).toBe('2025-06-09');
  });

  it('holds every answer set and answer, finished, through the link, each at its own time', async () => {
    const [sets] = await test.store.query<{ n: number; finished: number; links: number }>(
      'sets',
      `select count(*) as n, count(*) filter (where finished) as finished, count(*) filter (where channel = 'link') as links
from survey_responses where workspace_id = $workspace and survey_id = $survey`,
      { workspace: test.workspaceId, survey: DEMO_BAROMETER_ID },
    );
    expect([Number(sets?.n), Number(sets?.finished), Number(sets?.links)]).toEqual([answers.length, answers.length, answers.length]);
    const [given] = await test.store.query<{ n: number }>('answers', 'select count(*) as n from survey_answers where workspace_id = $workspace', {
      workspace: test.workspaceId,
    });
    expect(Number(given?.n)).toBe(answers.reduce((sum, answer) => sum + Object.keys(answer.answers).length, 0));
    const [mismatched] = await test.store.query<{ n: number }>(
      'times',
      `select count(*) as n from survey_responses s join responses r on r.workspace_id = s.workspace_id and r.response_id = s.response_id
where s.workspace_id = $workspace and s.started_at <> r.submitted_at`,
      { workspace: test.workspaceId },
    );
    expect(Number(mismatched?.n)).toBe(0);
  });

  it('gives the report its eNPS for each wave, by team too, from the answers drawn', async () => {
    for (const wave of EMPLOYEE_WAVES) {
      const from = new Date(wave.from).toISOString().slice(0, 10);
      const to = new Date(wave.to).toISOString().slice(0, 10);
      const inWave = answers.filter((answer) => answer.submittedMs >= wave.from && answer.submittedMs < wave.to + 86_400_000);
      const report = await buildReport(test.store, test.workspaceId, parseReportQuery({ from, to }));
      const enps = (report.indicators as Record<string, { value: number; n: number }>).enps;
      expect(enps?.n).toBe(inWave.length);
      expect(enps?.value).toBeCloseTo(enpsOf(inWave.map((answer) => Number(answer.answers.enps))), 9);
      const warehouse = await buildReport(test.store, test.workspaceId, parseReportQuery({ from, to, where: ['team=logistique', 'site=Orléans'] }));
      expect((warehouse.indicators as Record<string, { n: number }>).enps?.n).toBe(inWave.filter((answer) => answer.attributes.team === 'logistique').length);
    }
  });

  it('replaces its own answer sets when loaded again, and takes another id in another workspace', async () => {
    const again = await loadDemoBarometer(test.store, test.workspaceId, SEED);
    expect(again).toEqual({ surveyId: DEMO_BAROMETER_ID, answers: answers.length });
    const [sets] = await test.store.query<{ n: number }>('sets', 'select count(*) as n from survey_responses where workspace_id = $workspace', {
      workspace: test.workspaceId,
    });
    expect(Number(sets?.n)).toBe(answers.length);
    const other = await findWorkspace(test.store, 'other', { create: true });
    const elsewhere = await loadDemoBarometer(test.store, other.id, SEED);
    expect(elsewhere.surveyId).not.toBe(DEMO_BAROMETER_ID);
    expect(elsewhere.surveyId).toMatch(/^s[a-z0-9]{12}$/);
  });
});

it('draws dimensions that differ by team and improve over the waves: the warehouse lowest on workload and recognition, then better', () => {
  const answers = employeeBarometer(2025);
  /** % of favourable answers (4–5 after reversal) of a dimension's items among some answer sets. */
  const favourable = (dimension: string, sets: typeof answers) => {
    const items = BAROMETER_ITEMS.filter((item) => item.dimension === dimension);
    const scores = sets.flatMap((set) =>
      items.flatMap((item) =>
        typeof set.answers[item.id] === 'number' ? [item.reverse ? 6 - Number(set.answers[item.id]) : Number(set.answers[item.id])] : [],
      ),
    );
    return (100 * scores.filter((score) => score >= 4).length) / scores.length;
  };
  const wave = (index: number) =>
    answers.filter((answer) => answer.submittedMs >= EMPLOYEE_WAVES[index]!.from && answer.submittedMs <= EMPLOYEE_WAVES[index]!.to + 86_400_000);
  const team = (name: string, sets: typeof answers) => sets.filter((set) => set.attributes.team === name);
  for (const dimension of ['workload', 'recognition']) {
    for (const other of ['magasin', 'service-client', 'siege'])
      expect(favourable(dimension, team('logistique', wave(0)))).toBeLessThan(favourable(dimension, team(other, wave(0))));
    expect(favourable(dimension, team('logistique', wave(2)))).toBeGreaterThan(favourable(dimension, team('logistique', wave(0))) + 15);
  }
  expect(favourable('belonging', answers)).toBeGreaterThan(favourable('pay', answers) + 15);
  expect(answers.length).toBeGreaterThan(330);
  expect(new Set(answers.map((answer) => answer.attributes.site))).toEqual(new Set(['Paris', 'Lyon', 'Bordeaux', 'Lille', 'Nantes', 'Orléans']));
});
