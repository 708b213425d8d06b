import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { refreshAnalyses } from './refreshAnalyses.js';

const RESPONSES = `response_id,survey_id,submitted_at,customer_id,nps,comment
a1,nps,2026-03-01T10:00:00Z,c1,2,Livraison très en retard.
a2,nps,2026-03-02T10:00:00Z,c2,9,Super produit.`;

describeEachEngine('refreshAnalyses after a refresh that found nothing to do', (engine) => {
  const test = workspaceStore(engine, { fill: (store, workspaceId) => importCsvText(store, workspaceId, 'responses', RESPONSES), timeout: 60_000 });
  const refresh = async () => (await refreshAnalyses(test.store, test.workspaceId)).analysed;

  it('analyses nothing again while nothing changed, then each text changed by a statement, a transaction or an import', async () => {
    expect(await refresh()).toBe(2);
    expect(await refresh()).toBe(0);
    expect(await refresh()).toBe(0); // DuckDB: returned from the change mark, without checking
    await test.store.query('change a comment', "update responses set comment = 'Colis abîmé.' where response_id = 'a1'");
    expect(await refresh()).toBe(1);
    expect(await refresh()).toBe(0);
    await test.store.transaction((session) => session.query('change a comment', "update responses set comment = 'Prix correct.' where response_id = 'a2'"));
    expect(await refresh()).toBe(1);
    expect(await refresh()).toBe(0);
    await importCsvText(test.store, test.workspaceId, 'responses', 'response_id,survey_id,submitted_at,nps,comment\na3,nps,2026-03-03T10:00:00Z,5,Trop cher.');
    expect(await refresh()).toBe(1);
    await test.store.query('drop the analyses', 'delete from text_analyses');
    expect(await refresh()).toBe(3);
  });
});
