import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { forgetPerson } from '../privacy/forgetPerson.js';
import type { FittedValueModels } from './customerValue.js';
import { cachedValueModels } from './valueModelCache.js';

describeEachEngine('cachedValueModels', (engine) => {
  const folder = mkdtempSync(join(tmpdir(), 'barometre-model-cache-'));
  const orders = (name: string, lines: string[]) => {
    const file = join(folder, name);
    writeFileSync(file, `order_id,customer_id,ordered_at,amount\n${lines.join('\n')}\n`);
    return file;
  };
  const test = workspaceStore(engine, {
    workspace: 'shop',
    per: 'block',
    fill: async (store, workspaceId) => {
      const file = orders('first.csv', ['o1,c1,2025-01-02,10', 'o2,c1,2025-02-03,12', 'o3,c2,2025-01-10,30']);
      await importFile(store, { kind: 'orders', file, workspaceId });
    },
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  /** A stand-in for the fitted models: the cache only keeps and hands back what the fit returned. */
  const fitCounting = () => vi.fn(async () => ({ report: {} }) as unknown as FittedValueModels);

  it('fits once while the orders stay the same, and again for other options, new orders or an erasure', async () => {
    const fit = fitCounting();
    const models = (options = {}) => cachedValueModels(test.store, test.workspaceId, '2025-12-31', options, fit);
    const first = await models();
    expect(await models()).toBe(first);
    expect(fit).toHaveBeenCalledTimes(1);
    const weekly = await models({ timeUnit: 'week' });
    expect(weekly).not.toBe(first);
    expect(fit).toHaveBeenCalledTimes(2);
    // An import that only rewrites an order's customer keeps the count, the amounts and the times.
    await importFile(test.store, { kind: 'orders', file: orders('moved.csv', ['o3,c3,2025-01-10,30']), workspaceId: test.workspaceId });
    const afterImport = await models();
    expect(afterImport).not.toBe(first);
    expect(await models()).toBe(afterImport);
    expect(fit).toHaveBeenCalledTimes(3);
    await forgetPerson(test.store, test.workspaceId, { customerId: 'c1' });
    expect(await models()).not.toBe(afterImport);
    expect(fit).toHaveBeenCalledTimes(4);
  });

  it('keeps no model whose fit failed', async () => {
    const failing = vi.fn(async (): Promise<FittedValueModels> => {
      throw new Error('no fit');
    });
    const models = () => cachedValueModels(test.store, test.workspaceId, '2025-06-30', {}, failing);
    await expect(models()).rejects.toThrow('no fit');
    await expect(models()).rejects.toThrow('no fit');
    expect(failing).toHaveBeenCalledTimes(2);
  });
});
