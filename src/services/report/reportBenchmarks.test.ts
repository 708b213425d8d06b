import { join } from 'node:path';
import { expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { IMPORT_KINDS } from '../../store/schema/kinds.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { setWorkspaceSetting, unsetWorkspaceSetting } from '../settings/workspaceSettings.js';
import { buildReport, type Report } from './buildReport.js';
import { parseReportQuery } from './reportQuery.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** The benchmark of each indicator that has one. */
function benchmarks(report: Report): Record<string, unknown> {
  const indicators = report.indicators as Record<string, { benchmark?: unknown }>;
  return Object.fromEntries(Object.entries(indicators).flatMap(([key, indicator]) => (indicator.benchmark === undefined ? [] : [[key, indicator.benchmark]])));
}

describeEachEngine('the sector figures of a report', (engine) => {
  const test = workspaceStore(engine, {
    workspace: 'default',
    per: 'block',
    fill: async (store, workspaceId) => {
      for (const kind of IMPORT_KINDS) await importFile(store, { kind, file: join(FIXTURES, `${kind}.csv`), workspaceId });
    },
  });
  const report = (from: string, to: string, by?: string) => buildReport(test.store, test.workspaceId, parseReportQuery({ from, to, by }));

  it('adds no figure while the workspace has no sector', async () => {
    await setWorkspaceSetting(test.store, test.workspaceId, 'country', 'US');
    expect(benchmarks(await report('2025-03-01', '2025-03-31'))).toEqual({});
  });

  it('gives the NPS of a relationship survey in the US the retail figure, and a month of subscription churn Recurly’s', async () => {
    await setWorkspaceSetting(test.store, test.workspaceId, 'sector', 'retail');
    await setWorkspaceSetting(test.store, test.workspaceId, 'npsSurvey', 'relationship');
    const march = await report('2025-03-01', '2025-03-31', 'channel');
    expect(benchmarks(march).nps).toMatchObject({ value: 28.4, segment: 'Retail', country: 'US', year: 2022, match: 'exact', differences: [] });
    // Split reports carry the figures on the whole period only.
    for (const group of march.groups ?? []) expect(JSON.stringify(group.indicators)).not.toContain('benchmark');
    await setWorkspaceSetting(test.store, test.workspaceId, 'sector', 'Subscription businesses B2C');
    expect(benchmarks(await report('2025-03-01', '2025-03-31')).churnRate).toMatchObject({ value: 6.77, field: 'value', match: 'exact' });
    // Over two months a monthly rate is measured another way: no figure.
    expect(benchmarks(await report('2025-02-01', '2025-03-31')).churnRate).toBeUndefined();
  });

  it('gives a French workspace the global figure rather than the US one, and says its NPS survey kind is not given', async () => {
    await setWorkspaceSetting(test.store, test.workspaceId, 'sector', 'Auto dealers');
    await setWorkspaceSetting(test.store, test.workspaceId, 'country', 'FR');
    await unsetWorkspaceSetting(test.store, test.workspaceId, 'npsSurvey');
    const nps = benchmarks(await report('2025-03-01', '2025-03-31')).nps as { source: string; match: string; differences: { dimension: string }[] };
    expect(nps.source).toMatch(/^Bain & Company/);
    expect(nps.match).toBe('differs');
    expect(nps.differences.map((difference) => difference.dimension)).toEqual(['survey']);
  });
});
