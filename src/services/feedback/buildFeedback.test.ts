import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../importing/importFile.js';
import type { Engine, Store } from '../../store/Store.js';
import { describeEachEngine, TEST_DATABASE_URL } from '../../test-support/engines.js';
import { workspaceStore, type WorkspaceStore } from '../../test-support/workspaceStore.js';
import { buildReport } from '../report/buildReport.js';
import { customerSignals } from '../../store/queries/customerSignals.js';
import { buildFeedback, type FeedbackQuery, type FeedbackResult } from './buildFeedback.js';
import { addWorkspaceThemeTerms } from '../../store/queries/feedback/workspaceThemes.js';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const ALL: FeedbackQuery = { from: null, to: null, where: [], source: null, perItem: false };

/** A store holding the feedback fixtures (12 responses, 11 with a comment; 4 mentions, 3 with text), for the calling describe block. */
function feedbackStore(engine: Engine): WorkspaceStore {
  return workspaceStore(engine, { workspace: 'feedback', per: 'block', fill: importFixtures, timeout: 60_000 });
}

async function importFixtures(store: Store, workspaceId: number): Promise<void> {
  await importFile(store, { kind: 'responses', file: fixture('responses.csv'), workspaceId });
  await importFile(store, { kind: 'mentions', file: fixture('mentions.csv'), workspaceId });
}

describeEachEngine('buildFeedback', (engine) => {
  const test = feedbackStore(engine);
  let first: { analysed: number; result: FeedbackResult };
  beforeAll(async () => {
    first = await buildFeedback(test.store, test.workspaceId, { ...ALL, perItem: true });
  }, 60_000);

  it('analyses every non-blank comment and mention text once, and shows the customers’ and the mentions (the employee’s is read apart)', () => {
    expect(first.analysed).toBe(14);
    expect(first.result.items).toBe(13);
    expect(first.result.employeeTextsHidden).toBeUndefined();
    const { positive, neutral, negative } = first.result.sentiment;
    expect(positive + neutral + negative).toBe(13);
    expect(first.result.perItem).toHaveLength(13);
    expect(first.result.perItem!.map((item) => item.id)).not.toContain('r12');
    expect(first.result.perItem!.map((item) => item.id)).not.toContain('r08');
  });

  it('reads clear praise as positive and clear complaints as negative, in both languages', () => {
    const label = (id: string) => first.result.perItem!.find((item) => item.id === id)!.sentiment;
    for (const id of ['r03', 'r04', 'r07', 'r09', 'm1', 'm3']) expect(label(id), id).toBe('positive');
    for (const id of ['r01', 'r02', 'r10', 'm2']) expect(label(id), id).toBe('negative');
    const language = (id: string) => first.result.perItem!.find((item) => item.id === id)!.language;
    expect(language('r01')).toBe('fr');
    expect(language('r02')).toBe('en');
    expect(language('r11')).toBe('und');
  });

  it('finds the themes and ranks delivery as the NPS driver it is (hand-computed)', () => {
    const delivery = first.result.themes.find((theme) => theme.theme === 'delivery')!;
    // r01, r02, r06 and the mention m1 speak of delivery.
    expect(delivery.count).toBe(4);
    expect(delivery.share).toBeCloseTo((100 * 4) / 13, 9); // of the 13 texts shown (r12, one employee's, is read apart)
    expect(delivery.examples.length).toBeGreaterThan(0);
    // Customers with a comment and an NPS answer: P = r03 r04 r07 r09, passive r06, D = r01 r02 r05 r10.
    // Delivery: passive r06, detractors r01 r02 → NPS −66.7; the others 4 P and 2 D of 6 → +33.3.
    expect(delivery.detractorShare).toBeCloseTo(50, 9);
    const driver = first.result.drivers.find((candidate) => candidate.theme === 'delivery')!;
    expect(driver.respondents).toBe(3);
    expect(driver.npsMentioning).toBeCloseTo(-200 / 3, 9);
    expect(driver.npsOthers).toBeCloseTo(100 / 3, 9);
    // Three answers against six: too few to give the gap a number.
    expect(driver.tooFewAnswers).toBe(true);
    expect(driver.netEffect).toBeNull();
    expect(delivery.npsImpact).toBeNull();
    const themesOf = (id: string) => first.result.perItem!.find((item) => item.id === id)!.themes;
    expect(themesOf('r10')).toEqual(expect.arrayContaining(['customer_service', 'returns_and_refunds']));
    expect(themesOf('r05')).toContain('price');
    expect(themesOf('r04')).toContain('staff_and_store');
    const r01 = first.result.perItem!.find((item) => item.id === 'r01')!;
    expect(r01.aspects.map((aspect) => aspect.theme)).toEqual(r01.themes);
    expect(r01.aspects.find((aspect) => aspect.theme === 'delivery')!.score).toBeLessThan(0);
  });

  it('listens to brands: plain and sentiment-weighted share of voice, and a monthly trend', () => {
    const brands = first.result.social!.brands;
    expect(brands.map((brand) => [brand.brand, brand.mentions, brand.own])).toEqual([
      ['Maison Lumière', 2, true],
      ['Rivale', 2, false],
    ]);
    expect(brands[0]!.shareOfVoice).toBe(50);
    // Rivale: one praise and one mention without text (weight ½) against one praise and one complaint.
    expect(brands[1]!.sentimentWeightedShareOfVoice!).toBeGreaterThan(50);
    expect(brands[0]!.trend.map((point) => point.month)).toEqual(['2025-01', '2025-02']);
  });

  it('lets the report filter and split answers by their comment’s theme and sentiment', async () => {
    // Customers whose comment mentions delivery: r01 (2), r02 (3), r06 (8) → NPS (0 − 2)/3 = −66.7.
    const delivery = await buildReport(test.store, test.workspaceId, {
      from: null,
      to: null,
      where: [{ field: 'theme', value: 'delivery' }],
      by: null,
      churnWindow: null,
      cohorts: null,
    });
    expect(delivery.indicators.nps!.n).toBe(3);
    expect(delivery.indicators.nps!.value).toBeCloseTo(-200 / 3, 9);
    expect(delivery.indicators.churnRate).toBeUndefined(); // customers have no comment: left out
    const split = await buildReport(test.store, test.workspaceId, { from: null, to: null, where: [], by: 'sentiment', churnWindow: null, cohorts: null });
    const negative = split.groups!.find((group) => group.key === 'negative')!;
    expect(negative.indicators.nps!.detractors).toBe(negative.indicators.nps!.n);
    await expect(buildReport(test.store, test.workspaceId, { from: null, to: null, where: [], by: 'theme', churnWindow: null, cohorts: null })).rejects.toThrow(
      /several themes/,
    );
  });

  it('gives the engagement score each customer’s last comment sentiment', async () => {
    const signals = await customerSignals(test.store, test.workspaceId, '2025-12-31');
    expect(signals.lastCommentScore.get('c1')).toBeLessThan(0); // r01, a complaint
    expect(signals.lastCommentScore.get('c3')).toBeGreaterThan(0); // r03, praise
    expect(signals.lastCommentScore.has('c8')).toBe(false); // r08 left no comment
  });

  it('recomputes only what changed', async () => {
    expect((await buildFeedback(test.store, test.workspaceId, ALL)).analysed).toBe(0);
    // Two requests at once (the server): the second waits for the first and finds nothing new.
    await test.store.query('change one comment', "update responses set comment = 'Colis jamais arrivé.' where workspace_id = $w and response_id = 'r05'", {
      w: test.workspaceId,
    });
    const together = await Promise.all([buildFeedback(test.store, test.workspaceId, ALL), buildFeedback(test.store, test.workspaceId, ALL)]);
    expect(together.map((run) => run.analysed).sort()).toEqual([0, 1]);
    await test.store.query(
      'change one comment',
      "update responses set comment = 'Livraison parfaite, merci !' where workspace_id = $w and response_id = 'r02'",
      { w: test.workspaceId },
    );
    await test.store.query('blank another', "update responses set comment = null where workspace_id = $w and response_id = 'r11'", { w: test.workspaceId });
    const again = await buildFeedback(test.store, test.workspaceId, { ...ALL, perItem: true });
    expect(again.analysed).toBe(1);
    expect(again.result.items).toBe(12);
    expect(again.result.perItem!.find((item) => item.id === 'r02')!.language).toBe('fr');
    const [stored] = await test.store.query<{ analyses: number }>('count analyses', 'select count(*) as analyses from text_analyses where workspace_id = $w', {
      w: test.workspaceId,
    });
    expect(stored!.analyses).toBe(13);
    // A text blanked with nothing new to analyse: its analysis still goes (the counts differ).
    await test.store.query('blank one more', "update responses set comment = '  ' where workspace_id = $w and response_id = 'r03'", { w: test.workspaceId });
    const blanked = await buildFeedback(test.store, test.workspaceId, ALL);
    expect(blanked.analysed).toBe(0);
    expect(blanked.result.items).toBe(11);
    await test.store.query(
      'restore it',
      "update responses set comment = 'Super produit, qualité parfaite, je recommande !' where workspace_id = $w and response_id = 'r03'",
      {
        w: test.workspaceId,
      },
    );
    expect((await buildFeedback(test.store, test.workspaceId, ALL)).analysed).toBe(1);
  });

  it('filters by sentiment, theme and row fields, and narrows to one source', async () => {
    const negative = (await buildFeedback(test.store, test.workspaceId, { ...ALL, where: [{ field: 'sentiment', value: 'negative' }] })).result;
    expect(negative.sentiment.positive).toBe(0);
    expect(negative.items).toBe(negative.sentiment.negative);
    const delivery = (await buildFeedback(test.store, test.workspaceId, { ...ALL, where: [{ field: 'theme', value: 'delivery' }], source: 'response' })).result;
    expect(delivery.themes[0]!.theme).toBe('delivery');
    expect(delivery.social).toBeNull();
    const lyon = (await buildFeedback(test.store, test.workspaceId, { ...ALL, where: [{ field: 'store', value: 'Lyon' }] })).result;
    expect(lyon.social).toBeNull(); // mentions have no `store` field: left out, not computed wrongly
    expect(lyon.items).toBe(4); // r01 r03 r05 r09 (r08 is blank, r11 was blanked above)
    await expect(buildFeedback(test.store, test.workspaceId, { ...ALL, where: [{ field: 'nothing', value: 'x' }] })).rejects.toThrow(/neither a column/);
    await expect(buildFeedback(test.store, test.workspaceId, { ...ALL, where: [{ field: 'sentiment', value: 'happy' }] })).rejects.toThrow(
      /sentiment is one of negative, neutral, positive/,
    );
  });

  it('reanalyses everything when the workspace adds a theme, and uses it', async () => {
    await addWorkspaceThemeTerms(test.store, test.workspaceId, 'workload', 'fr', ['réunion', 'épuisé'], 'Charge de travail');
    const run = await buildFeedback(test.store, test.workspaceId, { ...ALL, perItem: true });
    expect(run.analysed).toBe(13);
    // r12, the one employee's comment, is analysed with the new theme, though not shown (a group under 5).
    const themes = await test.read(`select theme from text_themes where item_id = 'r12' and workspace_id = ${test.workspaceId}`);
    expect(themes.map((row) => row.theme)).toContain('workload');
    const employees = await buildFeedback(test.store, test.workspaceId, { ...ALL, where: [{ field: 'population', value: 'employee' }] });
    expect(employees.result.items).toBe(0);
    expect(employees.result.employeeTextsHidden).toBe(1);
  });
});

describe.skipIf(!TEST_DATABASE_URL)('buildFeedback gives the same numbers on both engines', () => {
  const stores = [feedbackStore('duckdb'), feedbackStore('postgres')];
  it('matches DuckDB and PostgreSQL on the fixtures', async () => {
    const results = [];
    for (const test of stores) results.push((await buildFeedback(test.store, test.workspaceId, { ...ALL, perItem: true })).result);
    const [duckdb, postgres] = results;
    expect(postgres!.sentiment).toEqual(duckdb!.sentiment);
    expect(postgres!.perItem).toEqual(duckdb!.perItem);
    expect(postgres!.themes.map((theme) => [theme.theme, theme.count, theme.npsImpact])).toEqual(
      duckdb!.themes.map((theme) => [theme.theme, theme.count, theme.npsImpact]),
    );
    for (const [index, theme] of duckdb!.themes.entries()) expect(postgres!.themes[index]!.sentiment).toBeCloseTo(theme.sentiment, 9);
    expect(postgres!.social).toEqual(duckdb!.social);
  }, 60_000);
});
