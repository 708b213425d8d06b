import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { readCdnowSample } from '../../test-support/cdnowSample.js';
import { writeCdnowOrdersCsv } from '../../test-support/cdnowOrdersCsv.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { lastOrderDay, rfmSummary } from './rfmSummary.js';

describeEachEngine('rfmSummary on the CDNOW sample', (engine) => {
  const folder = mkdtempSync(join(tmpdir(), 'barometre-rfm-'));
  const test = workspaceStore(engine, {
    workspace: 'cdnow',
    per: 'block',
    fill: async (store, workspaceId) => {
      const file = join(folder, 'cdnow.csv');
      expect(writeCdnowOrdersCsv(file)).toBe(6919);
      expect((await importFile(store, { kind: 'orders', file, workspaceId })).inserted).toBe(6919);
    },
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('summarises the calibration period the way the papers do', async () => {
    const summary = await rfmSummary(test.store, test.workspaceId, '1997-09-30', 'week');
    // 2,357 customers, all first buying in 1997 Q1; 946 made a repeat purchase by 1997-09-30
    // (Fader, Hardie & Lee 2005, "RFM and CLV", the 946 of the Gamma-Gamma fit).
    expect(summary.customerId).toHaveLength(2357);
    expect(summary.frequency.filter((x) => x > 0)).toHaveLength(946);
    // Customer 0001 bought on 1997-01-01, 01-18 and 08-02 (and 12-12, after the end):
    // x = 2, t_x = 213 days, T = 272 days = 38.86 weeks (docs/clv.md).
    const first = summary.customerId.indexOf('0001');
    expect(summary.frequency[first]).toBe(2);
    expect(summary.recency[first]).toBeCloseTo(213 / 7, 10);
    expect(summary.age[first]).toBeCloseTo(272 / 7, 10);
    // Repeat days' totals 29.73 and 14.96: the first purchase day is not in the mean.
    expect(summary.monetaryValue[first]).toBeCloseTo((29.73 + 14.96) / 2, 10);
    expect(summary.monetaryValue[summary.frequency.indexOf(0)]).toBeNull();
  });

  it('counts in days by default and knows the last order day', async () => {
    expect(await lastOrderDay(test.store, test.workspaceId)).toBe('1998-06-30');
    const summary = await rfmSummary(test.store, test.workspaceId, '1997-09-30', 'day');
    expect(summary.age[summary.customerId.indexOf('0001')]).toBe(272);
  });

  it('merges the purchases of one day', async () => {
    // Count the distinct (customer, day) pairs of the raw file by hand: that is the number of purchase days.
    const pairs = new Set(readCdnowSample().map((transaction) => `${transaction.customerId}/${transaction.date}`));
    expect(pairs.size).toBeLessThan(6919);
    const summary = await rfmSummary(test.store, test.workspaceId, '1998-06-30', 'day');
    expect(summary.frequency.reduce((sum, x) => sum + x + 1, 0)).toBe(pairs.size);
  });
});
