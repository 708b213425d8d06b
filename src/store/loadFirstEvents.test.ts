import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, TEST_DATABASE_URL, type TestStore } from '../test-support/engines.js';
import { importCsvText } from '../test-support/importCsvText.js';
import { refreshVisitorTables } from './maintenance/refreshVisitorTables.js';
import { refreshWebRollups } from './rollups/refreshRollups.js';
import { listenToStatements } from './traceQuery.js';
import { findWorkspace } from './workspaces.js';

// Two visitors over two months; v1's late-evening session crosses midnight into August, and its attributes come from the first event.
const EVENTS = `event_id,visitor_id,occurred_at,type,url,source,device
e1,v1,2025-07-31T23:50:00Z,pageview,https://shop.example/,google,mobile
e2,v1,2025-08-01T00:10:00Z,cart,https://shop.example/cart,,
e3,v1,2025-08-01T00:20:00Z,purchase,https://shop.example/done,,
e4,v1,2025-08-03T09:00:00Z,pageview,https://shop.example/p/2,newsletter,desktop
e5,v2,2025-08-02T12:00:00Z,pageview,https://shop.example/p/1,,
`;
const MORE = `event_id,visitor_id,occurred_at,type,url
e6,v2,2025-08-02T12:05:00Z,pageview,https://shop.example/p/3
`;

describe.skipIf(!TEST_DATABASE_URL)("a workspace's first events, copied in with sessions built in the staging (PostgreSQL)", () => {
  let test: TestStore;
  let workspaceId: number;
  let names: string[];
  let stopListening: () => void;
  beforeEach(async () => {
    test = await openTestStore('postgres');
    workspaceId = (await findWorkspace(test.store, 'shop', { create: true })).id;
    names = [];
    stopListening = listenToStatements((statement) => names.push(statement.name));
  });
  afterEach(async () => {
    stopListening();
    await test?.dispose();
  });

  /** The workspace's sessions, visitor-days and daily web rollups, as text. */
  const maintained = async () => {
    const params = { workspace: workspaceId };
    const text = (table: string, order: string) =>
      test.store.query(
        `${table} as text`,
        `select to_jsonb(t) - 'workspace_id' as row from ${table} as t where workspace_id = $workspace order by ${order}`,
        params,
      );
    return {
      sessions: await text('sessions', 'visitor_id, started_at'),
      visitorDays: await text('visitor_days', 'visitor_id, day'),
      dailyWeb: await text('daily_web', 'day'),
    };
  };

  it('gives the sessions, visitor-days and rollups a rebuild in PostgreSQL gives', async () => {
    const result = await importCsvText(test.store, workspaceId, 'events', EVENTS);
    expect(result).toMatchObject({ inserted: 5, updated: 0 });
    expect(names).toContain('copy into sessions');
    expect(names).not.toContain('rebuild visitor sessions');
    const copied = await maintained();
    expect(copied.sessions).toHaveLength(3);
    await test.store.transaction(async (session) => {
      await refreshVisitorTables(session, workspaceId, 'whole workspace');
      await refreshWebRollups(session, workspaceId, 'whole workspace', null);
    });
    expect(await maintained()).toEqual(copied);
  });

  it("attaches each new month as a partition with the table's keys, and copies into months another workspace opened", async () => {
    await importCsvText(test.store, workspaceId, 'events', EVENTS);
    expect(names).toEqual(expect.arrayContaining(['attach partition 2025-07', 'attach partition 2025-08']));
    const indexes = await test.store.query<{ partition: string; n: number }>(
      'partition indexes',
      `select tablename as partition, count(*) as n from pg_indexes where tablename like 'events_2025_0%' group by tablename order by tablename`,
    );
    expect(indexes).toEqual([
      { partition: 'events_2025_07', n: 2 },
      { partition: 'events_2025_08', n: 2 },
    ]);
    names.length = 0;
    const other = (await findWorkspace(test.store, 'other', { create: true })).id;
    expect(await importCsvText(test.store, other, 'events', EVENTS)).toMatchObject({ inserted: 5, updated: 0 });
    expect(names).toContain('copy into sessions');
    expect(names.filter((name) => name.startsWith('attach partition'))).toEqual([]);
    const [counted] = await test.store.query<{ n: number }>('events of both', 'select count(*) as n from events');
    expect(counted?.n).toBe(10);
  });

  it('merges instead when another import of the same workspace came first (two at once)', async () => {
    const results = await Promise.all([importCsvText(test.store, workspaceId, 'events', EVENTS), importCsvText(test.store, workspaceId, 'events', EVENTS)]);
    expect(results.map(({ inserted, updated }) => ({ inserted, updated })).sort((a, b) => b.inserted - a.inserted)).toEqual([
      { inserted: 5, updated: 0 },
      { inserted: 0, updated: 5 },
    ]);
    const [sessions] = await test.store.query<{ n: number }>('sessions after both', 'select count(*) as n from sessions where workspace_id = $workspace', {
      workspace: workspaceId,
    });
    expect(sessions?.n).toBe(3);
  });

  it('is not taken once the workspace has events: the next import merges', async () => {
    await importCsvText(test.store, workspaceId, 'events', EVENTS);
    names.length = 0;
    expect(await importCsvText(test.store, workspaceId, 'events', MORE)).toMatchObject({ inserted: 1, updated: 0 });
    expect(names).not.toContain('copy into sessions');
    expect(names).toContain('rebuild recent sessions');
    const [v2] = await test.store.query<{ events: number }>(
      'v2 sessions',
      `select events from sessions where workspace_id = $workspace and visitor_id = 'v2'`,
      {
        workspace: workspaceId,
      },
    );
    expect(v2?.events).toBe(2);
  });
});
