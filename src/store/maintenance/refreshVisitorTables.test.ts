import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { findWorkspace } from '../workspaces.js';
import { collectionWriter, type EventRow } from '../../services/collection/collectionWriter.js';
import { SESSION_COLUMNS, sessionsFromEventsSql, visitorDaysFromEventsSql } from './sessionsSql.js';

interface GeneratedEvent {
  id: number;
  visitor: number;
  minute: number;
  type: 'pageview' | 'cart' | 'purchase';
  url: string | null;
  source: string | null;
}

/**
 * Minutes over three days: anywhere, or on a grid of 30 or 31 minutes, so that gaps of exactly
 * the timeout (same session) and just past it (a new one) are common, and a late event between
 * two sessions 60 minutes apart merges them.
 */
const minuteArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 3 * 24 * 60 }),
  fc.integer({ min: 0, max: 40 }).map((step) => step * 30),
  fc.integer({ min: 0, max: 40 }).map((step) => step * 31 + 24 * 60 - 200),
);

/** Events of a few visitors, with a page and a first-event attribute or none, so entry and exit pages and attributes are checked too. */
const eventArbitrary = fc.record({
  id: fc.integer({ min: 0, max: 60 }),
  visitor: fc.integer({ min: 0, max: 3 }),
  minute: minuteArbitrary,
  type: fc.constantFrom('pageview' as const, 'pageview' as const, 'cart' as const, 'purchase' as const),
  url: fc.constantFrom(null, '/a', '/b', '/c'),
  source: fc.constantFrom(null, 'mail', 'search'),
});

/**
 * Up to five batches, each written by an import or by live collection; ids repeat across
 * batches, so later batches replace events, moving them in time or to another visitor.
 */
const batchesArbitrary = fc.array(
  fc.record({
    events: fc.uniqueArray(eventArbitrary, { selector: (event) => event.id, minLength: 1, maxLength: 25 }),
    via: fc.constantFrom('import' as const, 'collection' as const),
  }),
  { minLength: 1, maxLength: 5 },
);

const START = Date.parse('2025-03-01T00:00:00Z');

function occurredAt(event: GeneratedEvent): string {
  return new Date(START + event.minute * 60_000).toISOString();
}

function eventsCsv(events: readonly GeneratedEvent[]): string {
  const rows = events.map((event) => `e${event.id},v${event.visitor},${occurredAt(event)},${event.type},${event.url ?? ''},${event.source ?? ''}`);
  return ['event_id,visitor_id,occurred_at,type,url,source', ...rows].join('\n');
}

function eventRows(events: readonly GeneratedEvent[]): EventRow[] {
  return events.map((event) => [
    `e${event.id}`,
    `v${event.visitor}`,
    occurredAt(event).replace('T', ' ').replace('Z', ''),
    event.type,
    null,
    event.url ?? '',
    null,
    JSON.stringify(event.source === null ? {} : { source: event.source }),
  ]);
}

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
  });
});
