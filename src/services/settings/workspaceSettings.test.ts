import { afterEach, beforeEach, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { describeEachEngine, openTestStore, type TestStore } from '../../test-support/engines.js';
import { findWorkspace } from '../../store/workspaces.js';
import { benchmarkAudience, retentionMonths, setWorkspaceSetting, unsetWorkspaceSetting, workspaceSettings } from './workspaceSettings.js';

describeEachEngine('workspace settings', (engine) => {
  let test: TestStore;
  let shop: number;
  let other: number;
  beforeEach(async () => {
    test = await openTestStore(engine);
    shop = (await findWorkspace(test.store, 'shop', { create: true })).id;
    other = (await findWorkspace(test.store, 'other', { create: true })).id;
  });
  afterEach(async () => {
    await test.dispose();
  });

  it('stores the sector as the figures spell it and the country in upper case, per workspace, and replaces a value', async () => {
    expect(await setWorkspaceSetting(test.store, shop, 'sector', 'retail')).toEqual({ key: 'sector', value: 'Retail' });
    expect(await setWorkspaceSetting(test.store, shop, 'country', 'fr')).toEqual({ key: 'country', value: 'FR' });
    await setWorkspaceSetting(test.store, shop, 'country', 'uk');
    await setWorkspaceSetting(test.store, other, 'npsSurvey', 'Transactional');
    expect(await workspaceSettings(test.store, shop)).toEqual({ country: 'UK', sector: 'Retail' });
    expect(await workspaceSettings(test.store, other)).toEqual({ npsSurvey: 'transactional' });
    expect(benchmarkAudience(await workspaceSettings(test.store, shop))).toEqual({ sector: 'Retail', country: 'UK', npsSurvey: null });
    expect(benchmarkAudience(await workspaceSettings(test.store, other))).toBeNull();
  });

  it('stores the months of raw events to keep as a whole number', async () => {
    expect(await setWorkspaceSetting(test.store, shop, 'retentionMonths', ' 013 ')).toEqual({ key: 'retentionMonths', value: '13' });
    expect(retentionMonths(await workspaceSettings(test.store, shop))).toBe(13);
    expect(retentionMonths(await workspaceSettings(test.store, other))).toBeNull();
  });

  it('unsets a setting of its own workspace only', async () => {
    await setWorkspaceSetting(test.store, shop, 'sector', 'Grocery');
    await setWorkspaceSetting(test.store, other, 'sector', 'Grocery');
    expect(await unsetWorkspaceSetting(test.store, shop, 'sector')).toBe(true);
    expect(await unsetWorkspaceSetting(test.store, shop, 'sector')).toBe(false);
    expect(await workspaceSettings(test.store, shop)).toEqual({});
    expect(await workspaceSettings(test.store, other)).toEqual({ sector: 'Grocery' });
  });

  it('refuses an unknown key, a sector the figures do not have (listing them), a made-up country, and stores nothing', async () => {
    const refusal = async (key: string, value: string) =>
      (await setWorkspaceSetting(test.store, shop, key, value).catch((error: unknown) => error)) as UsageError;
    expect((await refusal('colour', 'blue')).message).toBe('"colour" is not a setting: the settings are sector, country, npsSurvey, retentionMonths.');
    const sector = await refusal('sector', 'bakeries');
    expect(sector).toBeInstanceOf(UsageError);
    expect(sector.message).toMatch(/^sector "bakeries" is not a sector of the figures: choose one of .*Grocery.*Retail/);
    expect(sector.inFrench()).toMatch(/^le secteur "bakeries" n’est pas un secteur des chiffres/);
    for (const country of ['ZZ', 'QQ', 'France', ''])
      expect((await refusal('country', country)).message).toMatch(/^country ".*" must be an ISO 3166 alpha-2 code/);
    expect((await refusal('npsSurvey', 'weekly')).message).toMatch(/^npsSurvey "weekly" must be relationship/);
    for (const months of ['0', '-3', '1.5', '1201', 'twelve', '', '1e2'])
      expect((await refusal('retentionMonths', months)).message).toMatch(/^retentionMonths ".*" must be a whole number of months from 1 to 1200/);
    await expect(unsetWorkspaceSetting(test.store, shop, 'colour')).rejects.toThrow(UsageError);
    expect(await workspaceSettings(test.store, shop)).toEqual({});
  });
});
