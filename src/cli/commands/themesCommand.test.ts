import { afterEach, beforeEach, expect, it } from 'vitest';
import { HR_THEMES } from '../../feedback/themes/hrThemeDefinitions.js';
import { DEFAULT_THEMES } from '../../feedback/themes/themeDefinitions.js';
import { findWorkspace } from '../../store/workspaces.js';
import { runCommand } from '../../test-support/runCommand.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';

describeEachEngine('barometre themes', (engine) => {
  let test: TestStore;
  beforeEach(async () => {
    test = await openTestStore(engine);
    await findWorkspace(test.store, 'default', { create: true });
  });
  afterEach(async () => test.dispose());

  /** Runs a command line on the test store and returns its status and what it printed. */
  const run = (argv: string[], language: 'fr' | 'en' = 'en') => runCommand(argv, { store: test.store, language });

  it('lists the customer themes, then the HR themes of employees’ comments, a word added to an HR theme in that set only', async () => {
    expect((await run(['themes', 'add', 'workload', 'rush', '--language', 'en'])).status).toBe(0);
    const listed = JSON.parse((await run(['themes', '--json'])).stdout) as {
      themes: { id: string }[];
      employeeThemes: { id: string; terms: { en: string[] } }[];
    };
    expect(listed.themes.map((theme) => theme.id)).toEqual(DEFAULT_THEMES.map((theme) => theme.id));
    expect(listed.employeeThemes.map((theme) => theme.id)).toEqual(HR_THEMES.map((theme) => theme.id));
    expect(listed.employeeThemes.find((theme) => theme.id === 'workload')?.terms.en).toContain('rush');
    const french = (await run(['themes'], 'fr')).stdout.split('\n');
    expect(french).toContain('Commentaires des salariés (thèmes RH)\u00A0:');
    expect(french.indexOf('Commentaires des salariés (thèmes RH)\u00A0:')).toBeGreaterThan(french.findIndex((line) => line.startsWith('price ')));
    expect(french).toContainEqual(expect.stringMatching(/^workload +Charge de travail \(\d+ fr, \d+ en\)$/));
    expect((await run(['themes'])).stdout).toContain("Employees' comments (HR themes):\n");
  });
});
