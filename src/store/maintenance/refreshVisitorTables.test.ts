import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { findWorkspace } from '../workspaces.js';
import { sessionsFromEventsSql, visitorDaysFromEventsSql } from './sessionsSql.js';

interface GeneratedEvent {
  id: number;
  visitor: number;
  minute: number;
  type: 'pageview' | 'cart' | 'purchase';
}

/** Events of a few visitors over three days, minutes apart, so gaps around 30 minutes are common. */
const eventArbitrary = fc.record({
  id: fc.integer({ min: 0, max: 60 }),
  visitor: fc.integer({ min: 0, max: 3 }),
  minute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
  type: fc.constantFrom('pageview' as const, 'pageview' as const, 'cart' as const, 'purchase' as const),
});

/** Up to four import batches; ids repeat across batches, so later batches move and replace events. */
const batchesArbitrary = fc.array(fc.uniqueArray(eventArbitrary, { selector: (event) => event.id, minLength: 1, maxLength: 25 }), {
  minLength: 1,
  maxLength: 4,
});

function eventsCsv(events: readonly GeneratedEvent[]): string {
  const start = Date.parse('2025-03-01T00:00:00Z');
  const rows = events.map((event) => `e${event.id},v${event.visitor},${new Date(start + event.minute * 60_000).toISOString()},${event.type}`);
  return ['event_id,visitor_id,occurred_at,type', ...rows].join('\n');
}

describeEachEngine('the maintained sessions and visitor-days', (engine) => {
  let test: TestStore;
  let folder: string;
  beforeAll(async () => {
    test = await openTestStore(engine);
    folder = await mkdtemp(join(tmpdir(), 'barometre-sessions-'));
  });
  afterAll(async () => {
    await test?.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  it('always equal a recomputation from all the events, whatever the order of the imports', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(batchesArbitrary, async (batches) => {
        const workspaceId = (await findWorkspace(test.store, `property-${run++}`, { create: true })).id;
        for (const [index, batch] of batches.entries()) {
          const file = join(folder, `batch-${workspaceId}-${index}.csv`);
          writeFileSync(file, eventsCsv(batch));
          await importFile(test.store, { kind: 'events', file, workspaceId });
          const params = { workspace: workspaceId };
          const events = '(select * from events where workspace_id = $workspace)';
          const maintainedSessions = await test.store.query(
            'maintained sessions',
            `select visitor_id, cast(started_at as varchar) as started, cast(ended_at as varchar) as ended, events, pageviews from sessions where workspace_id = $workspace order by visitor_id, started`,
            params,
          );
          const recomputedSessions = await test.store.query(
            'recomputed sessions',
            `select visitor_id, cast(started_at as varchar) as started, cast(ended_at as varchar) as ended, events, pageviews from (${sessionsFromEventsSql(engine, events)}) as s order by visitor_id, started`,
            params,
          );
          expect(maintainedSessions).toEqual(recomputedSessions);
          const maintainedDays = await test.store.query(
            'maintained days',
            `select visitor_id, cast(day as varchar) as day, events, carts, purchases, cast(next_day as varchar) as next_day from visitor_days where workspace_id = $workspace order by visitor_id, day`,
            params,
          );
          const recomputedDays = await test.store.query(
            'recomputed days',
            `select visitor_id, cast(day as varchar) as day, events, carts, purchases, cast(next_day as varchar) as next_day from (${visitorDaysFromEventsSql(events)}) as d order by visitor_id, day`,
            params,
          );
          expect(maintainedDays).toEqual(recomputedDays);
        }
      }),
      { numRuns: engine === 'duckdb' ? 25 : 10 },
    );
  });
});
