import { expect, it } from 'vitest';
import type { Store } from '../../store/Store.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { importCsvText } from '../../test-support/importCsvText.js';
import { workspaceStore } from '../../test-support/workspaceStore.js';
import { buildFeedback, type FeedbackQuery, type FeedbackResult } from './buildFeedback.js';

const ALL: FeedbackQuery = { from: null, to: null, where: [], source: null, perItem: true };

/**
 * Customers' answers, one a day from March 1st, newest last: NPS detractors d1 d2, passives
 * p1 p2, promoters r1 r2; n1 answered CSAT only; x1 left no comment. Three employees (a group
 * under 5). A mention, to check the drill-down by answer leaves it out.
 */
const RESPONSES = `response_id,survey_id,submitted_at,customer_id,channel,population,nps,csat,ces,comment
d1,nps,2026-03-01T10:00:00Z,c1,email,customer,0,,,"Livraison très en retard, colis abîmé. Je suis très déçu."
d2,nps,2026-03-02T10:00:00Z,c2,web,customer,6,,,"Le service client ne répond jamais, honteux."
p1,nps,2026-03-03T10:00:00Z,c3,email,customer,7,3,,"Livraison correcte."
p2,nps,2026-03-04T10:00:00Z,c4,web,customer,8,4,,"Prix correct."
r1,nps,2026-03-05T10:00:00Z,c5,app,customer,9,5,7,"Super produit, qualité parfaite, je recommande !"
r2,nps,2026-03-06T10:00:00Z,c6,app,customer,10,,2,"Livraison rapide, merci !"
n1,csat,2026-03-07T10:00:00Z,c7,web,customer,,2,,"Beaucoup trop cher pour ce que c'est."
x1,nps,2026-03-08T10:00:00Z,c8,web,customer,3,,,
e1,rh,2026-03-02T12:00:00Z,,,employee,2,,,"La charge de travail est trop lourde."
e2,rh,2026-03-03T12:00:00Z,,,employee,3,,,"La charge de travail est écrasante."
e3,rh,2026-03-04T12:00:00Z,,,employee,9,,,"Bonne ambiance dans l'équipe."`;

const MENTIONS = `mention_id,brand,published_at,platform,text,is_own_brand
m1,Maison,2026-03-09T10:00:00Z,instagram,"Livraison en retard, colis abîmé !",true`;

/** Two more employees, making five: their texts then show, until a filter leaves fewer than five. */
const TWO_MORE_EMPLOYEES = `response_id,survey_id,submitted_at,population,nps,comment
e4,rh,2026-03-05T12:00:00Z,employee,1,La charge de travail est intenable.
e5,rh,2026-03-06T12:00:00Z,employee,10,Bonne ambiance dans l'équipe.`;

async function fill(store: Store, workspaceId: number): Promise<void> {
  await importCsvText(store, workspaceId, 'responses', RESPONSES);
  await importCsvText(store, workspaceId, 'mentions', MENTIONS);
}

const ids = (result: FeedbackResult) => result.comments.map((comment) => comment.id);

describeEachEngine('the feedback drill-down', (engine) => {
  const test = workspaceStore(engine, { fill, timeout: 60_000 });
  const drill = async (query: Partial<FeedbackQuery>) => (await buildFeedback(test.store, test.workspaceId, { ...ALL, ...query })).result;

  it('lists every text newest first, with its answer, author, date, channel, themes and sentiment', async () => {
    const result = await drill({});
    expect(ids(result)).toEqual(['m1', 'n1', 'r2', 'r1', 'p2', 'p1', 'd2', 'd1']); // the three employees' texts are hidden
    expect(result.total).toBe(8);
    expect(result.total).toBe(result.items);
    const d1 = result.comments.find((comment) => comment.id === 'd1')!;
    expect(d1).toMatchObject({
      source: 'response',
      text: 'Livraison très en retard, colis abîmé. Je suis très déçu.',
      date: '2026-03-01T10:00:00Z',
      customerId: 'c1',
      channel: 'email',
      surveyId: 'nps',
      answer: { indicator: 'nps', score: 0, band: 'detractor' },
      sentiment: 'negative',
      language: 'fr',
    });
    expect(d1.themes).toContain('delivery');
    expect(d1.aspects.map((aspect) => aspect.theme)).toEqual(d1.themes);
    expect(d1.score).toBe(result.perItem!.find((item) => item.id === 'd1')!.score);
    // An answer without NPS shows its CSAT; a mention has no answer, its platform is its channel.
    expect(result.comments.find((comment) => comment.id === 'n1')!.answer).toEqual({ indicator: 'csat', score: 2, band: 'low' });
    expect(result.comments.find((comment) => comment.id === 'm1')).toMatchObject({ answer: null, customerId: null, surveyId: null, channel: 'instagram' });
  });

  it('picks NPS detractors (0–6), passives (7–8) and promoters (9–10), Reichheld 2003, and reads themes and drivers on them alone', async () => {
    const detractors = await drill({ band: 'detractor', indicator: 'nps' });
    expect(ids(detractors)).toEqual(['d2', 'd1']);
    expect(detractors.total).toBe(2);
    expect(detractors.comments.every((comment) => comment.answer?.band === 'detractor')).toBe(true);
    expect(detractors.themes.map((theme) => [theme.theme, theme.count]).sort()).toEqual(
      expect.arrayContaining([
        ['customer_service', 1],
        ['delivery', 1],
      ]),
    );
    expect(detractors.themes.find((theme) => theme.theme === 'delivery')!.share).toBeCloseTo(50, 9);
    expect(detractors.drivers.find((driver) => driver.theme === 'delivery')!.detractorShare).toBeCloseTo(50, 9);
    expect(ids(await drill({ band: 'passive', indicator: 'nps' }))).toEqual(['p2', 'p1']);
    expect(ids(await drill({ band: 'promoter', indicator: 'nps' }))).toEqual(['r2', 'r1']);
    // Every answer with an NPS score, and nothing else: the mention and n1 leave.
    expect(ids(await drill({ indicator: 'nps' }))).toEqual(['r2', 'r1', 'p2', 'p1', 'd2', 'd1']);
  });

  it('reads the low and high side of CSAT (1–3, 4–5) and CES (1–4, 5–7), each answer shown on that indicator', async () => {
    const low = await drill({ band: 'low', indicator: 'csat' });
    expect(ids(low)).toEqual(['n1', 'p1']);
    expect(low.comments.map((comment) => comment.answer)).toEqual([
      { indicator: 'csat', score: 2, band: 'low' },
      { indicator: 'csat', score: 3, band: 'low' },
    ]);
    expect(ids(await drill({ band: 'high', indicator: 'csat' }))).toEqual(['r1', 'p2']);
    expect(ids(await drill({ band: 'high', indicator: 'ces' }))).toEqual(['r1']);
    expect((await drill({ band: 'low', indicator: 'ces' })).comments.map((comment) => comment.answer)).toEqual([{ indicator: 'ces', score: 2, band: 'low' }]);
  });

  it('filters by theme and by sentiment, alone and with a band', async () => {
    const delivery = await drill({ theme: 'delivery' });
    expect(ids(delivery)).toEqual(['m1', 'r2', 'p1', 'd1']);
    expect(delivery.comments.every((comment) => comment.themes.includes('delivery'))).toBe(true);
    expect(ids(await drill({ theme: 'delivery', band: 'detractor', indicator: 'nps' }))).toEqual(['d1']);
    const everything = await drill({});
    for (const sentiment of ['positive', 'neutral', 'negative'] as const) {
      const result = await drill({ sentiment });
      expect(ids(result), sentiment).toEqual(everything.comments.filter((comment) => comment.sentiment === sentiment).map((comment) => comment.id));
      expect(result.total).toBe(everything.sentiment[sentiment]);
    }
    expect(ids(await drill({ sentiment: 'negative' }))).toEqual(expect.arrayContaining(['d1', 'd2', 'm1']));
    expect(ids(await drill({ sentiment: 'positive', band: 'detractor', indicator: 'nps' }))).toEqual([]);
  });

  it('pages: limit and offset cut the list, total counts every match', async () => {
    const pages = [await drill({ limit: 3 }), await drill({ limit: 3, offset: 3 }), await drill({ limit: 3, offset: 6 }), await drill({ limit: 3, offset: 9 })];
    expect(pages.map(ids)).toEqual([['m1', 'n1', 'r2'], ['r1', 'p2', 'p1'], ['d2', 'd1'], []]);
    expect(pages.map((page) => page.total)).toEqual([8, 8, 8, 8]);
    expect(ids(await drill({ source: 'response', limit: 1, offset: 1 }))).toEqual(['r2']);
  });

  it('never shows the texts of fewer than 5 employees, whatever the filter', async () => {
    for (const query of [
      {},
      { indicator: 'enps' as const },
      { band: 'detractor' as const, indicator: 'enps' as const },
      { theme: 'staff_and_store' },
      { sentiment: 'negative' as const },
    ]) {
      const result = await drill(query);
      expect(JSON.stringify(result), JSON.stringify(query)).not.toMatch(/charge de travail|ambiance/);
      expect(ids(result).some((id) => id.startsWith('e'))).toBe(false);
    }
    expect((await drill({ indicator: 'enps' })).employeeTextsHidden).toBe(3);
    // Five employees: their texts show; the eNPS detractors among them are three, and hide again.
    await importCsvText(test.store, test.workspaceId, 'responses', TWO_MORE_EMPLOYEES);
    const enps = await drill({ indicator: 'enps' });
    expect(ids(enps)).toEqual(['e5', 'e4', 'e3', 'e2', 'e1']);
    expect(enps.comments[0]!.answer).toEqual({ indicator: 'enps', score: 10, band: 'promoter' });
    const detractors = await drill({ band: 'detractor', indicator: 'enps' });
    expect(detractors.comments).toEqual([]);
    expect(detractors.employeeTextsHidden).toBe(3);
    expect(JSON.stringify(detractors)).not.toContain('charge de travail');
  });

  it('refuses a theme the workspace does not have, naming the parameter', async () => {
    await expect(drill({ theme: 'teleportation' })).rejects.toMatchObject({
      field: 'theme',
      message: expect.stringMatching(/^theme "teleportation" is not a theme/),
    });
  });
});

/** Customers writing about a gift card, a phrase no theme of the taxonomy matches (a candidate theme), and one about delivery. */
const GIFT_CARDS = `response_id,survey_id,submitted_at,customer_id,nps,comment
g1,nps,2026-04-01T10:00:00Z,c1,3,Une carte cadeau pour Noël
g2,nps,2026-04-02T10:00:00Z,c2,5,J'ai offert une carte cadeau à ma sœur
g3,nps,2026-04-03T10:00:00Z,c3,9,Carte cadeau pour mon frère
g4,nps,2026-04-04T10:00:00Z,c4,2,Colis abîmé à la réception
g5,nps,2026-04-05T10:00:00Z,c5,10,Retrait en magasin très pratique`;

describeEachEngine('the feedback drill-down without candidate phrases', (engine) => {
  const test = workspaceStore(engine, { fill: (store, workspaceId) => importCsvText(store, workspaceId, 'responses', GIFT_CARDS), timeout: 60_000 });

  it('leaves the candidates out (candidates: false) and every other part as it was', async () => {
    const full = (await buildFeedback(test.store, test.workspaceId, ALL)).result;
    expect(full.candidates.map((candidate) => candidate.phrase)).toContain('carte cadeau');
    const light = (await buildFeedback(test.store, test.workspaceId, { ...ALL, candidates: false })).result;
    expect(light).toEqual({ ...full, candidates: [] });
  });
});
