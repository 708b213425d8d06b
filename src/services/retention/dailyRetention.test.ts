import { expect, it } from 'vitest';
import { setWorkspaceSetting } from '../settings/workspaceSettings.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { findWorkspace } from '../../store/workspaces.js';
import { DailyRetention } from './dailyRetention.js';

const EVENTS = `event_id,visitor_id,occurred_at,type
a,v1,2025-01-10T10:00:00Z,pageview
b,v1,2025-03-10T10:00:00Z,pageview`;

describeEachEngine('the server’s daily retention', (engine) => {
  const shop = workspaceStore(engine, { workspace: 'shop' });

  it('applies each workspace’s retention when started, and leaves a workspace without one alone', async () => {
    const other = (await findWorkspace(shop.store, 'other', { create: true })).id;
    for (const workspaceId of [shop.workspaceId, other]) await importCsvText(shop.store, workspaceId, 'events', EVENTS);
    await setWorkspaceSetting(shop.store, shop.workspaceId, 'retentionMonths', '2');
    const lines: string[] = [];
    const retention = new DailyRetention(shop.store, { now: () => new Date('2025-04-01T03:00:00Z'), log: (line) => lines.push(line) });
    retention.start();
    await expect.poll(() => lines.length, { timeout: 30_000 }).toBe(1);
    await retention.stop();
    expect(lines).toEqual([`Retention: workspace ${shop.workspaceId} keeps raw events from 2025-02-01; events deleted: 1.`]);
    expect(await shop.read(`select workspace_id, event_id from events order by workspace_id, event_id`)).toEqual([
      { workspace_id: shop.workspaceId, event_id: 'b' },
      { workspace_id: other, event_id: 'a' },
      { workspace_id: other, event_id: 'b' },
    ]);
  });
});
