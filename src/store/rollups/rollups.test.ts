import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectionWriter } from '../../services/collection/collectionWriter.js';
import { forgetPerson } from '../../services/privacy/forgetPerson.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { eventBatchArbitrary, eventRows, eventsCsv, SIGNED_IN_CUSTOMER } from '../../test-support/generatedEvents.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import type { Store } from '../Store.js';
import { findWorkspace } from '../workspaces.js';
import { ANSWER_ROLLUP_COLUMNS, answerRollupRowsSql, WEB_ROLLUP_COLUMNS, webRollupRowsSql } from './rollupsSql.js';

/** Responses over three days, ids repeating across batches (a re-import moves an answer to another day or score). */
const responseBatchArbitrary = fc.uniqueArray(
  fc.record({
    id: fc.integer({ min: 0, max: 30 }),
    minute: fc.integer({ min: 0, max: 3 * 24 * 60 }),
    population: fc.constantFrom('customer', 'employee'),
    customer: fc.constantFrom('c0', 'c1', SIGNED_IN_CUSTOMER),
    nps: fc.option(fc.integer({ min: 0, max: 10 })),
    csat: fc.option(fc.integer({ min: 1, max: 5 })),
    ces: fc.option(fc.integer({ min: 1, max: 7 })),
  }),
  { selector: (response) => response.id, minLength: 1, maxLength: 20 },
);

type Response = typeof responseBatchArbitrary extends fc.Arbitrary<(infer R)[]> ? R : never;

function responsesCsv(responses: readonly Response[]): string {
  const rows = responses.map((response) =>
    [
      `r${response.id}`,
      's1',
      new Date(Date.parse('2025-03-01T00:00:00Z') + response.minute * 60_000).toISOString(),
      response.customer,
      response.population,
      response.nps ?? '',
      response.csat ?? '',
      response.ces ?? '',
    ].join(','),
  );
  return ['response_id,survey_id,submitted_at,customer_id,population,nps,csat,ces', ...rows].join('\n');
}

/**
 * Up to six steps: events imported or collected, responses imported, or a customer erased
 * (the signed-in visitor's events with it).
 */
const stepsArbitrary = fc.array(
  fc.oneof(
    fc.record({ step: fc.constant('events' as const), events: eventBatchArbitrary, via: fc.constantFrom('import' as const, 'collection' as const) }),
    fc.record({ step: fc.constant('responses' as const), responses: responseBatchArbitrary }),
    fc.record({ step: fc.constant('forget' as const), customer: fc.constantFrom('c0', SIGNED_IN_CUSTOMER) }),
  ),
  { minLength: 1, maxLength: 6 },
);

/** The rows of a rollup table as text, in a stable order. */
async function rows(store: Store, workspaceId: number, columns: readonly string[], from: string): Promise<unknown[]> {
  const list = columns.map((column) => `cast(${column} as varchar) as ${column}`).join(', ');
  return store.query('rollup rows', `select ${list} from ${from} as r where workspace_id = $workspace order by ${columns.join(', ')}`, {
    workspace: workspaceId,
  });
}

const WEB_COLUMNS = ['workspace_id', 'day', ...WEB_ROLLUP_COLUMNS];

describeEachEngine('the daily rollups', (engine) => {
  let test: TestStore;
  beforeAll(async () => {
    test = await openTestStore(engine);
  });
  afterAll(async () => {
    await test?.dispose();
  });

  it('always equal a recomputation from the stored rows, whatever the order of imports, collected events and erasures', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(stepsArbitrary, async (steps) => {
        const workspaceId = (await findWorkspace(test.store, `rollups-${run++}`, { create: true })).id;
        for (const step of steps) {
          if (step.step === 'events' && step.via === 'import') await importCsvText(test.store, workspaceId, 'events', eventsCsv(step.events));
          else if (step.step === 'events') await collectionWriter(test.store).write(workspaceId, eventRows(step.events), ['source']);
          else if (step.step === 'responses') await importCsvText(test.store, workspaceId, 'responses', responsesCsv(step.responses));
          else await forgetPerson(test.store, workspaceId, { customerId: step.customer });
          const workspace = `workspace_id = ${workspaceId}`;
          expect(await rows(test.store, workspaceId, WEB_COLUMNS, 'daily_web')).toEqual(
            await rows(test.store, workspaceId, WEB_COLUMNS, `(${webRollupRowsSql(engine, workspace, workspace)})`),
          );
          expect(await rows(test.store, workspaceId, ANSWER_ROLLUP_COLUMNS, 'daily_answers')).toEqual(
            await rows(test.store, workspaceId, ANSWER_ROLLUP_COLUMNS, `(${answerRollupRowsSql(workspace)})`),
          );
        }
      }),
      { numRuns: engine === 'duckdb' ? 40 : 20 },
    );
  }, 600_000);
});
