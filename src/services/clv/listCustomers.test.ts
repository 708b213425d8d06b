import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/loadDemo.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { listCustomers, npsCategory } from './listCustomers.js';
import { SEGMENTS } from '../../models/customers/segmentOf.js';

describe('npsCategory', () => {
  it('follows Bain’s cut points', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });
});

describe('listCustomers on the demo data', () => {
  const test = workspaceStore('duckdb', { workspace: 'demo', per: 'block', fill: loadDemo, timeout: 120_000 });

  it('gives every customer who ordered a complete, valid row', async () => {
    const list = await listCustomers(test.store, test.workspaceId);
    expect(list).toMatchObject({ model: 'bgnbd', spendModel: 'gamma-gamma' });
    const rows = list.customers;
    expect(rows.length).toBeGreaterThan(1000);
    for (const row of rows) {
      for (const score of [row.r, row.f, row.m]) expect([1, 2, 3, 4, 5]).toContain(score);
      expect(row.pAlive).toBeGreaterThanOrEqual(0);
      expect(row.pAlive).toBeLessThanOrEqual(1);
      expect(row.engagementScore).toBeGreaterThanOrEqual(0);
      expect(row.engagementScore).toBeLessThanOrEqual(100);
      expect(Number.isFinite(row.clv)).toBe(true);
      expect(SEGMENTS).toContain(row.segment);
    }
    // The demo has NPS answers from customers, and champions as well as lost customers.
    expect(rows.some((row) => row.lastNpsCategory === 'promoter')).toBe(true);
    const segments = new Set(rows.map((row) => row.segment));
    expect(segments.has('champions')).toBe(true);
    expect(segments.has('lost')).toBe(true);
    // Champions are more engaged than lost customers on average.
    const mean = (segment: string) => {
      const scores = rows.filter((row) => row.segment === segment).map((row) => row.engagementScore);
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    expect(mean('champions')).toBeGreaterThan(mean('lost'));
  });

  it('keeps only one segment when asked', async () => {
    const atRisk = (await listCustomers(test.store, test.workspaceId, { segment: 'at-risk' })).customers;
    expect(atRisk.length).toBeGreaterThan(0);
    expect(new Set(atRisk.map((row) => row.segment))).toEqual(new Set(['at-risk']));
  });
});

describeEachEngine('listCustomers of a shop where nobody bought twice yet', (engine) => {
  const test = workspaceStore(engine, {
    per: 'block',
    fill: async (store, workspaceId) => {
      await importCsvText(
        store,
        workspaceId,
        'orders',
        'order_id,customer_id,ordered_at,amount\no1,c1,2025-01-05,10\no2,c2,2025-02-05,80\no3,c3,2025-03-05,30\n',
      );
      await importCsvText(store, workspaceId, 'responses', 'response_id,survey_id,submitted_at,customer_id,nps\nr1,s,2025-03-06,c3,10\n');
    },
  });

  it('keeps every customer with what needs no model, the model columns empty and the reason', async () => {
    const list = await listCustomers(test.store, test.workspaceId, { to: '2025-03-31' });
    expect(list).toMatchObject({ model: null, spendModel: null, unfitted: { reason: expect.stringMatching(/\S/) } });
    expect(list.customers.map((row) => [row.customer_id, row.pAlive, row.expectedPurchases, row.clv, row.lastNpsCategory])).toEqual([
      ['c1', null, null, null, null],
      ['c2', null, null, null, null],
      ['c3', null, null, null, 'promoter'],
    ]);
    // The most recent buyer who answered 10 is the most engaged; every score stays within 0–100.
    const scores = list.customers.map((row) => row.engagementScore);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    expect(Math.max(...scores)).toBe(scores[2]);
    expect(list.customers.every((row) => SEGMENTS.includes(row.segment))).toBe(true);
  });
});
