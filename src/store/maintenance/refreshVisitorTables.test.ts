import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { findWorkspace } from '../workspaces.js';
import { collectionWriter } from '../../services/collection/collectionWriter.js';
import { eventBatchArbitrary, eventRows, eventsCsv } from '../../test-support/generatedEvents.js';
import { SESSION_COLUMNS, sessionsFromEventsSql, visitorDaysFromEventsSql } from './sessionsSql.js';

/**
 * Up to five batches, each written by an import or by live collection; ids repeat across
 * batches, so later batches replace events, moving them in time or to another visitor.
 */
const batchesArbitrary = fc.array(
  fc.record({
    events: eventBatchArbitrary,
    via: fc.constantFrom('import' as const, 'collection' as const),
  }),
  { minLength: 1, maxLength: 5 },
);

/** Every column of a session but the workspace, as text, in a stable order. */
const SESSION_TEXT = SESSION_COLUMNS.filter((column) => column !== 'workspace_id')
  .map((column) => `cast(${column} as varchar) as ${column}`)
  .join(', ');

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

  it('always equal a recomputation from all the events, whatever the order of the imports and collected batches', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(batchesArbitrary, async (batches) => {
        const workspaceId = (await findWorkspace(test.store, `property-${run++}`, { create: true })).id;
        for (const [index, batch] of batches.entries()) {
          if (batch.via === 'import') {
            const file = join(folder, `batch-${workspaceId}-${index}.csv`);
            writeFileSync(file, eventsCsv(batch.events));
            await importFile(test.store, { kind: 'events', file, workspaceId });
          } else {
            await collectionWriter(test.store).write(workspaceId, eventRows(batch.events), ['source']);
          }
          const params = { workspace: workspaceId };
          const events = '(select * from events where workspace_id = $workspace)';
          const maintainedSessions = await test.store.query(
            'maintained sessions',
            `select ${SESSION_TEXT} from sessions where workspace_id = $workspace order by visitor_id, started_at`,
            params,
          );
          const recomputedSessions = await test.store.query(
            'recomputed sessions',
            `select ${SESSION_TEXT} from (${sessionsFromEventsSql(engine, events)}) as s order by visitor_id, started_at`,
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
      { numRuns: engine === 'duckdb' ? 60 : 25 },
    );
    // Each batch now also keeps the daily rollups: a few statements more per batch, which a loaded machine can push past vitest's minute.
  }, 600_000);
});
