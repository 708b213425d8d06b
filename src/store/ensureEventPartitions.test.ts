import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, TEST_DATABASE_URL, type TestStore } from '../test-support/engines.js';
import { importCsvText } from '../test-support/importCsvText.js';
import { findWorkspace } from './workspaces.js';

const EVENTS = 'event_id,visitor_id,occurred_at,type\ne1,v1,2025-03-10T10:00:00Z,pageview\ne2,v1,2025-04-02T10:00:00Z,pageview\n';

describe.skipIf(!TEST_DATABASE_URL)('the monthly partitions of events (PostgreSQL)', () => {
  let test: TestStore;
  let workspaceId: number;
  beforeEach(async () => {
    test = await openTestStore('postgres');
    workspaceId = (await findWorkspace(test.store, 'shop', { create: true })).id;
  });
  afterEach(async () => test?.dispose());

  /** The partitions of events, by name, with the number of rows each holds. */
  const partitions = async () =>
    test.store.query<{ name: string; n: number }>(
      'partitions',
      `select c.relname as name, (select count(*) from events e where e.tableoid = c.oid) as n
from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = cast('events' as regclass) order by c.relname`,
    );

  it('are made by the import for the months its events fall in', async () => {
    await importCsvText(test.store, workspaceId, 'events', EVENTS);
    expect(await partitions()).toEqual([
      { name: 'events_2025_03', n: 1 },
      { name: 'events_2025_04', n: 1 },
    ]);
  });

  it('are left as they are when a partition of another name already takes the month (Citus create_time_partitions)', async () => {
    await test.store.execute('month made ahead', `create table events_p2025m03 partition of events for values from ('2025-03-01') to ('2025-04-01')`);
    await importCsvText(test.store, workspaceId, 'events', EVENTS);
    expect(await partitions()).toEqual([
      { name: 'events_2025_04', n: 1 },
      { name: 'events_p2025m03', n: 1 },
    ]);
  });
});
