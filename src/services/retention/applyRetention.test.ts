import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SESSION_COLUMNS, sessionsFromEventsSql, visitorDaysFromEventsSql } from '../../store/maintenance/sessionsSql.js';
import { WEB_ROLLUP_COLUMNS, webRollupRowsSql } from '../../store/rollups/rollupsSql.js';
import type { Store } from '../../store/Store.js';
import { findWorkspace } from '../../store/workspaces.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { eventBatchArbitrary, eventRows, eventsCsv } from '../../test-support/generatedEvents.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { collectionWriter } from '../collection/collectionWriter.js';
import { formatReport } from '../../cli/formatReport.js';
import { buildReport } from '../report/buildReport.js';
import { parseReportQuery } from '../report/reportQuery.js';
import { setWorkspaceSetting } from '../settings/workspaceSettings.js';
import { applyRetention, workspacesWithRetention } from './applyRetention.js';

/** A session from 23:50 on 1 March to 00:30 on 2 March (three events), and a visitor of 2 March alone. */
const OVER_MIDNIGHT = `event_id,visitor_id,occurred_at,type,url
m1,vm,2025-03-01T23:50:00Z,pageview,/a
m2,vm,2025-03-02T00:10:00Z,pageview,/b
m3,vm,2025-03-02T00:30:00Z,cart,/c
m4,vn,2025-03-02T09:00:00Z,pageview,/a`;

/** The rows of a query as text, in a stable order. */
async function rows(store: Store, workspaceId: number, columns: readonly string[], from: string, where = 'true'): Promise<unknown[]> {
  const list = columns.map((column) => `cast(${column} as varchar) as ${column}`).join(', ');
  return store.query('rows', `select ${list} from ${from} as r where workspace_id = $workspace and ${where} order by ${columns.join(', ')}`, {
    workspace: workspaceId,
  });
}

const WEB_COLUMNS = ['workspace_id', 'day', ...WEB_ROLLUP_COLUMNS];
const SESSION_KEYS = SESSION_COLUMNS.filter((column) => column !== 'workspace_id');
const DAY_KEYS = ['visitor_id', 'day', 'events', 'carts', 'purchases', 'next_day'];

/** 2025-04-02 less one month keeps from 2 March; less one month from 2025-04-03, from 3 March. */
const NOW = { 2: new Date('2025-04-02T12:00:00Z'), 3: new Date('2025-04-03T12:00:00Z') } as const;

describeEachEngine('the retention of raw events', (engine) => {
  let test: TestStore;
  beforeAll(async () => {
    test = await openTestStore(engine);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('deletes the events, sessions and visitor-days before the first kept day and keeps their rollups; a session over midnight is cut', async () => {
    const workspaceId = (await findWorkspace(test.store, 'midnight', { create: true })).id;
    await importCsvText(test.store, workspaceId, 'events', OVER_MIDNIGHT);
    const before = await rows(test.store, workspaceId, WEB_COLUMNS, 'daily_web');
    expect(await applyRetention(test.store, workspaceId, NOW[2])).toEqual({ months: null });
    await setWorkspaceSetting(test.store, workspaceId, 'retentionMonths', '1');
    expect(await workspacesWithRetention(test.store)).toContain(workspaceId);
    expect(await applyRetention(test.store, workspaceId, NOW[2])).toEqual({
      months: 1,
      keptFrom: '2025-03-02',
      deleted: { keptFrom: '2025-03-02', events: 1, sessions: 1, visitorDays: 1 },
    });
    // 1 March keeps its rollup: one session of 40 minutes, two pageviews, one visitor.
    const kept = await rows(test.store, workspaceId, WEB_COLUMNS, 'daily_web');
    expect(kept[0]).toEqual(before[0]);
    expect(kept[0]).toMatchObject({ day: '2025-03-01', sessions: '1', duration_micros: String(40 * 60 * 1_000_000), pageviews: '2', visitors: '1' });
    // 2 March: the cut session's two events from 00:10 (20 minutes) and vn's session.
    expect(await rows(test.store, workspaceId, ['visitor_id', 'started_at', 'events'], 'sessions')).toEqual([
      { visitor_id: 'vm', started_at: '2025-03-02 00:10:00', events: '2' },
      { visitor_id: 'vn', started_at: '2025-03-02 09:00:00', events: '1' },
    ]);
    expect(kept[1]).toMatchObject({ day: '2025-03-02', sessions: '2', duration_micros: String(20 * 60 * 1_000_000), visitors: '2', cart_days: '1' });
    // A report over both days counts 1 March's session from its rollup, says why it has no median, and which figures cover only 2 March.
    const both = await buildReport(test.store, workspaceId, parseReportQuery({ from: '2025-03-01', to: '2025-03-02' }));
    expect(both.rawEventsFrom).toBe('2025-03-02');
    expect(both.indicators.sessions).toMatchObject({ value: 3, medianDurationSeconds: null, avgDurationSeconds: ((40 + 20 + 0) * 60) / 3 });
    expect(formatReport(both, 'en')).toContain('Raw events before 2025-03-02 are deleted (retention): before that day, sessions');
    expect(formatReport(both, 'fr')).toContain('Les événements bruts antérieurs au 2025-03-02 sont supprimés (conservation)\u00a0:');
    const kept2 = await buildReport(test.store, workspaceId, parseReportQuery({ from: '2025-03-02', to: '2025-03-02' }));
    expect(kept2.rawEventsFrom).toBeUndefined();
    expect(kept2.indicators.sessions).toMatchObject({ value: 2, medianDurationSeconds: 600 });
    // Again the same day: nothing new to delete. An event imported before the first kept day is not kept.
    expect(await applyRetention(test.store, workspaceId, NOW[2])).toMatchObject({ deleted: null });
    await importCsvText(test.store, workspaceId, 'events', 'event_id,visitor_id,occurred_at,type\nold,vo,2025-03-01T10:00:00Z,pageview');
    expect(await rows(test.store, workspaceId, ['event_id'], 'events', "event_id = 'old'")).toEqual([]);
    expect(await rows(test.store, workspaceId, WEB_COLUMNS, 'daily_web')).toEqual(kept);
  });

  it('keeps, after any events before and after it, the rollups of deleted days as they were and the rest equal to a recomputation', async () => {
    let run = 0;
    const steps = fc.record({
      before: fc.array(fc.record({ events: eventBatchArbitrary, via: fc.constantFrom('import' as const, 'collection' as const) }), {
        minLength: 1,
        maxLength: 3,
      }),
      keptFrom: fc.constantFrom(2 as const, 3 as const),
      after: fc.array(fc.record({ events: eventBatchArbitrary, via: fc.constantFrom('import' as const, 'collection' as const) }), { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(steps, async ({ before, keptFrom, after }) => {
        const workspaceId = (await findWorkspace(test.store, `retention-${run++}`, { create: true })).id;
        const write = async (batch: (typeof before)[number]) => {
          if (batch.via === 'import') await importCsvText(test.store, workspaceId, 'events', eventsCsv(batch.events));
          else await collectionWriter(test.store).write(workspaceId, eventRows(batch.events), ['source']);
        };
        for (const batch of before) await write(batch);
        const cutoff = `2025-03-0${keptFrom}`;
        const olderDays = `day < date '${cutoff}'`;
        const older = await rows(test.store, workspaceId, WEB_COLUMNS, 'daily_web', olderDays);
        await setWorkspaceSetting(test.store, workspaceId, 'retentionMonths', '1');
        await applyRetention(test.store, workspaceId, NOW[keptFrom]);
        for (const batch of [undefined, ...after]) {
          if (batch !== undefined) await write(batch);
          const workspace = `workspace_id = ${workspaceId}`;
          expect(await rows(test.store, workspaceId, WEB_COLUMNS, 'daily_web', olderDays)).toEqual(older);
          expect(await rows(test.store, workspaceId, WEB_COLUMNS, 'daily_web', `not (${olderDays})`)).toEqual(
            await rows(test.store, workspaceId, WEB_COLUMNS, `(${webRollupRowsSql(engine, workspace, workspace)})`, `not (${olderDays})`),
          );
          expect(await rows(test.store, workspaceId, SESSION_KEYS, 'sessions')).toEqual(
            await rows(test.store, workspaceId, SESSION_KEYS, `(${sessionsFromEventsSql(engine, `(select * from events where ${workspace})`)})`),
          );
          expect(await rows(test.store, workspaceId, DAY_KEYS, 'visitor_days')).toEqual(
            await rows(test.store, workspaceId, DAY_KEYS, `(${visitorDaysFromEventsSql(`(select * from events where ${workspace})`)})`),
          );
          expect(await rows(test.store, workspaceId, ['event_id'], 'events', `occurred_at < timestamp '${cutoff} 00:00:00'`)).toEqual([]);
        }
      }),
      { numRuns: engine === 'duckdb' ? 25 : 12 },
    );
  }, 600_000);
});
