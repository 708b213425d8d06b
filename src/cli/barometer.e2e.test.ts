import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSurvey } from '../services/surveys/answerSurvey.js';
import { loadSurvey } from '../services/surveys/loadSurvey.js';
import { openStore } from '../store/openStore.js';
import { findWorkspace } from '../store/workspaces.js';
import { killChildren, requireBuild, runBarometre } from '../test-support/barometreProcess.js';
import { EMPLOYEE_FIGURES_ANSWERS, EMPLOYEE_FIGURES_SURVEY } from '../test-support/barometerFixture.js';

/** End-to-end: `barometre surveys create` an employee barometer, answers through the answer path, then `barometre report` (docs/cli.md). */
describe('barometre report: the employee barometer (end to end)', () => {
  let folder: string;
  let db: string;
  beforeAll(async () => {
    requireBuild();
    folder = mkdtempSync(join(tmpdir(), 'barometre-barometer-e2e-'));
    db = join(folder, 'store.duckdb');
    writeFileSync(join(folder, 'survey.json'), JSON.stringify(EMPLOYEE_FIGURES_SURVEY, null, 2));
    const created = await runBarometre(['surveys', 'create', 'survey.json', '--json', '--db', db], folder);
    expect(created).toMatchObject({ status: 0, stderr: '' });
    const { id } = JSON.parse(created.stdout) as { id: string };
    const store = await openStore({ db });
    const workspace = await findWorkspace(store, 'default');
    const survey = await loadSurvey(store, workspace.id, id);
    for (const { answers, attributes } of EMPLOYEE_FIGURES_ANSWERS) {
      await answerSurvey(store, survey!, { answers, attributes, channel: 'link', language: 'fr' }, new Date('2026-03-10T12:00:00Z'));
    }
    await store.close();
  }, 60_000);
  afterAll(() => {
    killChildren();
    rmSync(folder, { recursive: true, force: true });
  });

  it('prints employeeEngagement in --json and hides a team of 4 and the next smallest with --by', async () => {
    const outcome = await runBarometre(['report', '--from', '2026-03-01', '--to', '2026-03-31', '--by', 'team', '--json', '--db', db], folder);
    expect(outcome).toMatchObject({ status: 0, stderr: '' });
    const report = JSON.parse(outcome.stdout) as { indicators: Record<string, { n?: number }>; groups: { key: string; indicators: Record<string, unknown> }[] };
    expect(report.indicators.employeeEngagement?.n).toBe(22);
    const byTeam = Object.fromEntries(report.groups.map((group) => [group.key, group.indicators]));
    expect(byTeam.A!.employeeEngagement).toEqual({ suppressed: true });
    expect(byTeam.C!.csat).toEqual({ suppressed: true, reason: 'complement' });
  });

  it('says why in French text, and refuses a --where that leaves out 4 employees', async () => {
    const outcome = await runBarometre(
      ['report', '--from', '2026-03-01', '--to', '2026-03-31', '--where', 'site=paris', '--db', db],
      folder,
      undefined,
      'fr_FR.UTF-8',
    );
    expect(outcome).toMatchObject({ status: 0, stderr: '' });
    expect(outcome.stdout).toContain('Baromètre salariés (0–100)');
    expect(outcome.stdout).toContain('masqué (le filtre écarte moins de 5 répondants)');
    const whole = await runBarometre(['report', '--from', '2026-03-01', '--to', '2026-03-31', '--db', db], folder);
    expect(whole.stdout).toContain('Employee barometer by dimension (0–100)');
    expect(whole.stdout).toMatch(/Recognition\s+\d/);
  });
});
