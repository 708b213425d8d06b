import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { customerSignals } from './customerSignals.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { buildReport } from '../../services/report/buildReport.js';
import { parseReportQuery } from '../../services/report/reportQuery.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'services', 'report', 'fixtures');

describeEachEngine('customerSignals', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'default',
    per: 'block',
    fill: async (store, workspaceId) => {
      for (const kind of ['responses', 'events'] as const) await importFile(store, { kind, file: join(FIXTURES, `${kind}.csv`), workspaceId });
    },
  });

  it('takes the last answers up to the end of the period', async () => {
    // c1 answered NPS 10 / CSAT 5 on 03-02, then NPS 0 / CSAT 1 on 04-01.
    const march = await customerSignals(test.store, test.workspaceId, '2025-03-31');
    expect(march.lastNps.get('c1')).toBe(10);
    expect(march.lastCsat.get('c1')).toBe(5);
    expect(march.lastNps.get('c4')).toBe(6); // population left empty: a customer
    const april = await customerSignals(test.store, test.workspaceId, '2025-04-30');
    expect(april.lastNps.get('c1')).toBe(0);
    expect(april.lastCsat.get('c1')).toBe(1);
  });

  it('counts active days in the 30 days ending the period, for tracked customers only', async () => {
    // c3's only event is on 03-12: inside the 30 days ending 03-31 (from 03-02), outside those ending 04-30.
    expect((await customerSignals(test.store, test.workspaceId, '2025-03-31')).siteActiveDays.get('c3')).toBe(1);
    expect((await customerSignals(test.store, test.workspaceId, '2025-04-30')).siteActiveDays.get('c3')).toBe(0);
    expect((await customerSignals(test.store, test.workspaceId, '2025-03-31')).siteActiveDays.has('c1')).toBe(false);
    expect((await customerSignals(test.store, test.workspaceId, '2025-03-01')).siteActiveDays.has('c3')).toBe(false);
  });
});

describeEachEngine('customerSignals and the engagement rate read the same interactions', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'default',
    per: 'block',
    fill: async (store, workspaceId) => {
      // c1's only answer is an employee's (a staff member who is also a customer): not an exchange with a customer.
      await importCsvText(store, workspaceId, 'customers', 'customer_id,created_at\nc1,2025-01-01\nc2,2025-01-01\n');
      await importCsvText(
        store,
        workspaceId,
        'responses',
        'response_id,survey_id,submitted_at,customer_id,population,csat\nr1,s,2025-03-02,c1,employee,5\nr2,s,2025-03-03,c2,customer,4\n',
      );
    },
  });

  it('leaves out an employee answer naming a customer in both', async () => {
    const signals = await customerSignals(test.store, test.workspaceId, '2025-03-31');
    expect(signals.lastCsat.has('c1')).toBe(false);
    expect(signals.lastCsat.get('c2')).toBe(4);
    const report = await buildReport(test.store, test.workspaceId, parseReportQuery({ from: '2025-03-01', to: '2025-03-31' }));
    expect(report.indicators.customerEngagementRate).toMatchObject({ customers: 2, engaged: 1, interactionsByKind: { responses: 1 } });
  });
});
