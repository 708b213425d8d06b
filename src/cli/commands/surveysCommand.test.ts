import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { barometerTemplate } from '../../services/surveys/barometer/barometerTemplate.js';
import { surveyDetails } from '../../services/surveys/manageSurveys.js';
import { runCommand } from '../../test-support/runCommand.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { findWorkspace } from '../../store/workspaces.js';

describeEachEngine('barometre surveys template', (engine) => {
  let test: TestStore;
  let folder: string;
  beforeEach(async () => {
    test = await openTestStore(engine);
    folder = await mkdtemp(join(tmpdir(), 'barometre-template-'));
  });
  afterEach(async () => {
    await test.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  /** Runs a command line on the test store, in `folder`, and returns its status and what it printed. */
  const run = (argv: string[], language: 'fr' | 'en' = 'en') => runCommand(argv, { store: test.store, language, cwd: folder });

  it('prints the barometer as a survey file, indented or on one line with --json, which surveys create takes as it is', async () => {
    const printed = await run(['surveys', 'template', 'barometer']);
    expect(printed).toMatchObject({ status: 0, stderr: '' });
    expect(printed.stdout).toBe(`${JSON.stringify(barometerTemplate(), null, 2)}\n`);
    const json = await run(['surveys', 'template', 'barometer', '--json']);
    expect(json.stdout).toBe(`${JSON.stringify(barometerTemplate())}\n`);
    await writeFile(join(folder, 'barometre.json'), printed.stdout);
    const created = await run(['surveys', 'create', 'barometre.json', '--json']);
    expect(created).toMatchObject({ status: 0, stderr: '' });
    const { id } = JSON.parse(created.stdout) as { id: string };
    const workspace = await findWorkspace(test.store, 'default');
    const survey = await surveyDetails(test.store, workspace.id, id, new Date());
    expect(survey.audience).toBe('employees');
    expect(survey.definition.questions.filter((question) => question.type === 'likert')).toHaveLength(33);
    expect(survey.definition.questions.find((question) => question.id === 'wl_rush')).toMatchObject({ dimension: 'workload', reverse: true });
  });

  it('refuses an unknown template or a missing name with status 2, in French too', async () => {
    expect(await run(['surveys', 'template', 'csat'])).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'There is no survey template "csat"; the templates are: barometer.\n',
    });
    const french = await run(['surveys', 'template', 'csat'], 'fr');
    expect(french.status).toBe(2);
    expect(french.stderr).toMatch(/^Il n’y a pas de modèle d’enquête "csat"/);
    expect((await run(['surveys', 'template'])).status).toBe(2);
    expect((await run(['surveys', 'template', 'barometer', 'extra'])).status).toBe(2);
  });
});
