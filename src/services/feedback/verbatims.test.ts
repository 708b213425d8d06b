import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import type { Engine, Store } from '../../store/Store.js';
import { describeEachEngine, TEST_DATABASE_URL } from '../../test-support/engines.js';
import { workspaceStore, type WorkspaceStore } from '../../test-support/workspaceStore.js';
import { buildReport } from '../report/buildReport.js';
import { parseReportQuery } from '../report/reportQuery.js';
import { buildFeedback, type FeedbackResult } from './buildFeedback.js';
import { parseFeedbackQuery } from './feedbackQuery.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/**
 * fixtures/verbatims.csv: ten responses — nine customers' (v01–v07, v09, v10) and one
 * employee's (v08) — with NPS, CSAT and CES answers, a numeric attribute `basket` and a text
 * one `store`; and the mentions of fixtures/mentions.csv (three with text).
 */
function verbatimStore(engine: Engine): WorkspaceStore {
  return workspaceStore(engine, { workspace: 'verbatims', per: 'block', fill: importFixtures, timeout: 60_000 });
}

async function importFixtures(store: Store, workspaceId: number): Promise<void> {
  await importFile(store, { kind: 'responses', file: fixture('verbatims.csv'), workspaceId });
  await importFile(store, { kind: 'mentions', file: fixture('mentions.csv'), workspaceId });
}

/** The feedback of `where` (written as on the command line), with the verbatims. */
async function feedbackWhere(test: WorkspaceStore, ...where: string[]): Promise<FeedbackResult> {
  return (await buildFeedback(test.store, test.workspaceId, parseFeedbackQuery({ where, perItem: true }))).result;
}

const ids = (result: FeedbackResult) => result.perItem!.map((item) => item.id).sort();

describeEachEngine('feedback verbatims and where-comparisons', (engine) => {
  const test = verbatimStore(engine);
  let all: FeedbackResult;
  beforeAll(async () => {
    all = await feedbackWhere(test);
  }, 60_000);

  it('reads the customers by default, never the employees with them, and the mentions', () => {
    expect(ids(all)).toEqual(['m1', 'm2', 'm3', 'v01', 'v02', 'v03', 'v04', 'v05', 'v06', 'v07', 'v09', 'v10']);
    expect(all.items).toBe(12);
    expect(all.employeeTextsHidden).toBeUndefined();
  });

  it('reads the employees apart with population=employee, hiding them under 5', async () => {
    const employees = await feedbackWhere(test, 'population=employee');
    expect(employees.items).toBe(0);
    expect(employees.employeeTextsHidden).toBe(1);
    await expect(feedbackWhere(test, 'population=employee', 'population=customer')).rejects.toThrow(/one population/);
  });

  it('carries each verbatim’s words, author, date, channel, answers and band', () => {
    const item = (id: string) => all.perItem!.find((candidate) => candidate.id === id)!;
    expect(item('v01')).toMatchObject({
      text: 'Caissière souriante mais retard de livraison',
      customer_id: 'c1',
      submitted_at: '2025-03-01T10:00:00Z',
      channel: 'web',
      nps: 0,
      csat: 1,
      ces: 2,
      band: 'detractor',
    });
    expect(item('v04')).toMatchObject({ nps: 7, csat: 4, ces: null, band: 'passive' });
    expect(item('v06')).toMatchObject({ nps: 10, csat: null, band: 'promoter' });
    expect(item('v07')).toMatchObject({ nps: null, csat: 5, ces: 6, band: null });
    // A mention: no customer, its own date, its platform as channel, no answer.
    expect(item('m1')).toMatchObject({
      customer_id: null,
      submitted_at: '2025-01-10T09:00:00Z',
      channel: 'instagram',
      nps: null,
      csat: null,
      ces: null,
      band: null,
    });
  });

  it('scores each theme of a verbatim on its own clause', () => {
    const v01 = all.perItem!.find((item) => item.id === 'v01')!;
    const aspect = (theme: string) => v01.aspects.find((candidate) => candidate.theme === theme)!.score;
    expect(aspect('staff_and_store')).toBeGreaterThan(0);
    expect(aspect('delivery')).toBeLessThan(0);
  });

  it('filters by band and by numeric comparisons', async () => {
    const detractors = ['v01', 'v02', 'v03', 'v09', 'v10'];
    expect(ids(await feedbackWhere(test, 'band=detractor'))).toEqual(detractors);
    expect(ids(await feedbackWhere(test, 'nps<=6'))).toEqual(detractors);
    expect(ids(await feedbackWhere(test, 'nps<7'))).toEqual(detractors);
    expect(ids(await feedbackWhere(test, 'band!=detractor'))).toEqual(['v04', 'v05', 'v06']);
    expect(ids(await feedbackWhere(test, 'nps>8'))).toEqual(['v05', 'v06']);
    expect(ids(await feedbackWhere(test, 'csat>=4'))).toEqual(['v04', 'v05', 'v07']);
    expect(ids(await feedbackWhere(test, 'ces<3'))).toEqual(['v01']);
    expect(ids(await feedbackWhere(test, 'nps!=0'))).toEqual(['v02', 'v03', 'v04', 'v05', 'v06', 'v10']);
    expect(ids(await feedbackWhere(test, 'basket>=30'))).toEqual(['v02', 'v04', 'v05', 'v07']);
    expect(ids(await feedbackWhere(test, 'basket<12.5'))).toEqual(['v03']);
  });

  it('reads repeated equalities on one field as any of them, and different fields as all of them', async () => {
    expect(ids(await feedbackWhere(test, 'nps=0', 'nps=1'))).toEqual(['v01', 'v02', 'v09']);
    expect(ids(await feedbackWhere(test, 'band=detractor', 'band=promoter'))).toEqual(['v01', 'v02', 'v03', 'v05', 'v06', 'v09', 'v10']);
    expect(ids(await feedbackWhere(test, 'nps=0', 'nps=1', 'store=Lyon'))).toEqual(['v01', 'v09']);
    expect(ids(await feedbackWhere(test, 'nps<=6', 'csat>=2'))).toEqual(['v02', 'v03']);
    // Comparisons on one field all hold: a range.
    expect(ids(await feedbackWhere(test, 'nps>=1', 'nps<=6'))).toEqual(['v02', 'v03', 'v10']);
  });

  it('refuses a comparison on a text field, naming it', async () => {
    await expect(feedbackWhere(test, 'store<3')).rejects.toThrow(/where store<3: store holds text \(such as "(Lyon|Paris)"\), and < compares numbers/);
    await expect(feedbackWhere(test, 'channel>=a1')).rejects.toThrow(/is not a number/);
    await expect(feedbackWhere(test, 'channel>=1')).rejects.toThrow(/channel holds text/);
    await expect(feedbackWhere(test, 'sentiment>0')).rejects.toThrow(/sentiment holds text/);
  });

  it('shows distinct examples, and only negative ones for a theme that lowers the NPS', () => {
    const delivery = all.themes.find((theme) => theme.theme === 'delivery')!;
    // v02 and v09 wrote the same words: one example. v10 praises the delivery but is a detractor among detractors:
    // delivery lowers the NPS (mentioners −100 against the others' +25), so its praise is not an example.
    expect(delivery.examples).toEqual(expect.arrayContaining(['Livraison en retard, très déçu.', 'Caissière souriante mais retard de livraison']));
    expect(new Set(delivery.examples).size).toBe(delivery.examples.length);
    expect(delivery.examples).not.toContain('Livraison rapide et soignée, parfait.');
    const driver = all.drivers.find((candidate) => candidate.theme === 'delivery')!;
    expect(driver.npsMentioning).toBe(-100);
    expect(driver.npsOthers).toBe(25);
    expect(driver.tooFewAnswers).toBe(true); // 4 and 4 answers: no number given
    expect(delivery.npsImpact).toBeNull();
  });

  it('filters the report alike: band, comparisons, any of the values of one field', async () => {
    const report = async (...where: string[]) => buildReport(test.store, test.workspaceId, parseReportQuery({ where }));
    const nps = async (...where: string[]) => (await report(...where)).indicators.nps!;
    expect((await nps('nps=0', 'nps=1')).n).toBe(3);
    expect(await nps('band=detractor')).toMatchObject({ n: 5, value: -100 });
    expect((await nps('nps<=6')).n).toBe(5);
    expect((await nps('band=detractor', 'band=promoter')).n).toBe(7);
    expect((await report('csat>=4')).indicators.csat).toMatchObject({ n: 3 });
    expect((await nps('basket>=30')).n).toBe(3); // v02, v04, v05 (v07 has no NPS answer)
    await expect(report('store<3')).rejects.toThrow(/store holds text/);
  });
});

describe.skipIf(!TEST_DATABASE_URL)('feedback verbatims are the same on both engines', () => {
  const stores = [verbatimStore('duckdb'), verbatimStore('postgres')];
  it('matches DuckDB and PostgreSQL', async () => {
    const [duckdb, postgres] = [await feedbackWhere(stores[0]!, 'nps<=6'), await feedbackWhere(stores[1]!, 'nps<=6')];
    expect(postgres!.perItem).toEqual(duckdb!.perItem);
    expect(postgres!.themes.map((theme) => [theme.theme, theme.examples])).toEqual(duckdb!.themes.map((theme) => [theme.theme, theme.examples]));
  }, 60_000);
});
