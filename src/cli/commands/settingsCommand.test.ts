import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCommand } from '../../test-support/runCommand.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { findWorkspace } from '../../store/workspaces.js';

describeEachEngine('barometre settings', (engine) => {
  let test: TestStore;
  beforeEach(async () => {
    test = await openTestStore(engine);
    await findWorkspace(test.store, 'default', { create: true });
  });
  afterEach(async () => test.dispose());

  /** Runs a command line on the test store and returns its status and what it printed. */
  const run = (argv: string[], language: 'fr' | 'en' = 'en') => runCommand(argv, { store: test.store, language });

  it('sets, gets, lists and unsets, in text and JSON', async () => {
    expect(await run(['settings', 'list'])).toMatchObject({ status: 0, stdout: 'Workspace default has no settings.\n' });
    expect(await run(['settings', 'set', 'sector', 'RETAIL'])).toMatchObject({ status: 0, stdout: 'sector = Retail\n' });
    expect(await run(['settings', 'set', 'country', 'us', '--json'])).toMatchObject({ status: 0, stdout: '{"key":"country","value":"US"}\n' });
    expect(await run(['settings', 'get', 'sector'])).toMatchObject({ status: 0, stdout: 'Retail\n' });
    expect(await run(['settings', 'get', 'npsSurvey'])).toMatchObject({ status: 0, stdout: '', stderr: 'npsSurvey is not set for workspace default.\n' });
    expect(await run(['settings', 'get', 'npsSurvey', '--json'])).toMatchObject({ status: 0, stdout: '{"key":"npsSurvey","value":null}\n' });
    expect(await run(['settings', 'list'])).toMatchObject({ status: 0, stdout: 'country = US\nsector = Retail\n' });
    expect(JSON.parse((await run(['settings', 'list', '--json'])).stdout)).toEqual({ country: 'US', sector: 'Retail' });
    expect(await run(['settings', 'unset', 'country'], 'fr')).toMatchObject({ status: 0, stdout: 'country est retiré.\n' });
    expect(await run(['settings', 'unset', 'country', '--json'])).toMatchObject({ status: 0, stdout: '{"key":"country","removed":false}\n' });
  });

  it('refuses an unknown key, a sector the figures lack and a wrong use with status 2, in French too', async () => {
    expect(await run(['settings', 'set', 'colour', 'blue'])).toMatchObject({
      status: 2,
      stderr: '"colour" is not a setting: the settings are sector, country, npsSurvey, retentionMonths.\n',
    });
    const sector = await run(['settings', 'set', 'sector', 'bakeries'], 'fr');
    expect(sector.status).toBe(2);
    expect(sector.stderr).toMatch(/^le secteur "bakeries" n’est pas un secteur des chiffres\u00a0: choisissez parmi .*Retail/);
    expect(await run(['settings', 'set', 'sector'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Use: barometre settings set KEY VALUE/) });
    expect(await run(['settings', 'get', 'sector', 'extra'])).toMatchObject({ status: 2 });
    expect(await run(['settings', 'list'])).toMatchObject({ stdout: 'Workspace default has no settings.\n' });
  });
});
