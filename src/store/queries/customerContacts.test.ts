import { expect, it } from 'vitest';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { customerContacts } from './customerContacts.js';

describeEachEngine('customerContacts', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'default',
    per: 'block',
    fill: async (store, workspaceId) => {
      await importCsvText(store, workspaceId, 'customers', 'customer_id,created_at,email\nc1,2025-01-01,ana@example.com\nc2,2025-01-01,\nc3,2025-01-01,\n');
      await importCsvText(
        store,
        workspaceId,
        'responses',
        [
          'response_id,survey_id,submitted_at,customer_id,population,nps,comment',
          'r1,s,2025-03-01,c1,customer,3,Livraison en retard',
          'r2,s,2025-04-01,c1,customer,2,   ',
          'r3,s,2025-05-01,c1,customer,1,Toujours rien reçu',
          'r4,s,2025-03-01,c2,employee,8,Bonne ambiance',
          'r5,s,2025-03-01,c3,customer,9,Parfait',
        ].join('\n'),
      );
    },
  });

  it("gives each customer's e-mail and last non-blank comment up to the day, leaving employees' answers out", async () => {
    const april = await customerContacts(test.store, test.workspaceId, '2025-04-30');
    expect(april.get('c1')).toEqual({ email: 'ana@example.com', lastComment: 'Livraison en retard' });
    expect(april.get('c3')).toEqual({ email: null, lastComment: 'Parfait' });
    expect(april.has('c2')).toBe(false);
    expect((await customerContacts(test.store, test.workspaceId, '2025-05-31')).get('c1')?.lastComment).toBe('Toujours rien reçu');
  });
});
