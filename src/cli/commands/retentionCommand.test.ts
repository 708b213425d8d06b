import { afterEach, beforeEach, expect, it } from 'vitest';
import { runCommand } from '../../test-support/runCommand.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { findWorkspace } from '../../store/workspaces.js';

describeEachEngine('barometre retention', (engine) => {
  let test: TestStore;
  beforeEach(async () => {
    test = await openTestStore(engine);
    const workspaceId = (await findWorkspace(test.store, 'default', { create: true })).id;
    // One event of 2000, one of today: a retention of any length deletes the first only.
    const today = new Date().toISOString().slice(0, 10);
    await importCsvText(
      test.store,
      workspaceId,
      'events',
      `event_id,visitor_id,occurred_at,type\nold,v1,2000-01-10T10:00:00Z,pageview\nnew,v1,${today}T00:00:00Z,pageview`,
    );
  });
  afterEach(async () => test.dispose());

  const run = (argv: string[], language: 'fr' | 'en' = 'en') => runCommand(argv, { store: test.store, language });

  it('says a workspace without the setting keeps everything, then deletes what is older than the setting, once', async () => {
    expect(await run(['retention', 'apply'])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^Workspace default keeps every event: it has no retentionMonths setting/),
    });
    expect(await run(['settings', 'set', 'retentionMonths', '12'])).toMatchObject({ status: 0, stdout: 'retentionMonths = 12\n' });
    const applied = await run(['retention', 'apply', '--json']);
    expect(applied.status).toBe(0);
    expect(JSON.parse(applied.stdout)).toMatchObject({ months: 12, deleted: { events: 1, sessions: 1, visitorDays: 1 } });
    expect(await run(['retention', 'apply'], 'fr')).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Rien à supprimer/) });
    expect(await test.store.query('events left', 'select event_id from events', {})).toEqual([{ event_id: 'new' }]);
  });

  it('refuses a wrong use and a bad number of months with status 2', async () => {
    expect(await run(['retention'])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^Use: barometre retention apply/) });
    expect(await run(['retention', 'apply', 'now'])).toMatchObject({ status: 2 });
    expect(await run(['settings', 'set', 'retentionMonths', '0'])).toMatchObject({
      status: 2,
      stderr: 'retentionMonths "0" must be a whole number of months from 1 to 1200 (unset it to keep every event).\n',
    });
  });
});
