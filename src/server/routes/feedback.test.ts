import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiFixture, openApiFixture } from '../../test-support/apiFixture.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { readXlsx } from '../../test-support/readXlsx.js';

describeEachEngine('GET /api/feedback', (engine) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await openApiFixture(engine);
  });
  afterAll(async () => api?.test.dispose());

  it('serves the feedback analysis of the key’s workspace, per item on request', async () => {
    const response = await api.get('/api/feedback?perItem=true');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      items: number;
      sentiment: { positive: number; neutral: number; negative: number };
      themes: unknown[];
      perItem: { id: string }[];
    };
    expect(body.items).toBe(13); // the customers' comments and the mentions; the one employee's is read apart
    expect(body.perItem).toHaveLength(13);
    expect(body.sentiment.positive + body.sentiment.neutral + body.sentiment.negative).toBe(body.items);
    const other = (await (await api.get('/api/feedback', api.otherKey)).json()) as { items: number };
    expect(other.items).toBe(0);
  });

  it('exports the themes as CSV, the items with perItem, and every section as a workbook', async () => {
    const themes = await api.get('/api/feedback?format=csv');
    expect(themes.headers.get('content-disposition')).toBe('attachment; filename="feedback.csv"');
    expect((await themes.text()).split('\n')[0]).toMatch(/^theme,labels\.fr,labels\.en,count,share,/);
    const items = (await (await api.get('/api/feedback?format=csv&perItem=true')).text()).split('\n').filter((line) => line !== '');
    expect(items[0]).toMatch(/^id,/);
    const workbook = await readXlsx(new Uint8Array(await (await api.get('/api/feedback?format=xlsx&perItem=true')).arrayBuffer()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['summary', 'themes', 'drivers', 'candidates', 'items']));
    expect(workbook.getWorksheet('items')!.rowCount).toBe(items.length);
    const summary = workbook.getWorksheet('summary')!;
    expect(summary.getRow(2).getCell((summary.getRow(1).values as unknown[]).indexOf('items')).value).toBe(items.length - 1); // one row per analysed text below the header
  });

  it('carries the verbatims’ fields and filters by band and by comparisons (where=)', async () => {
    type Verbatim = {
      id: string;
      text: string;
      customer_id: string | null;
      submitted_at: string;
      channel: string | null;
      nps: number | null;
      band: string | null;
    };
    const get = async (query: string) => (await (await api.get(`/api/feedback?perItem=true&${query}`)).json()) as { perItem: Verbatim[] };
    const detractors = await get(`where=${encodeURIComponent('nps<=6')}`);
    expect(detractors.perItem.map((item) => item.id).sort()).toEqual(['r01', 'r02', 'r05', 'r10']);
    expect(detractors.perItem.find((item) => item.id === 'r10')).toMatchObject({
      customer_id: 'c10',
      submitted_at: '2025-02-07T10:00:00Z',
      nps: 0,
      band: 'detractor',
    });
    expect((await get('where=band%3Ddetractor')).perItem.map((item) => item.id).sort()).toEqual(['r01', 'r02', 'r05', 'r10']);
    expect((await get('where=nps%3D0&where=nps%3D2')).perItem.map((item) => item.id).sort()).toEqual(['r01', 'r10']);
    const refused = await api.get(`/api/feedback?where=${encodeURIComponent('store<3')}`);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^where store<3: store holds text/);
  });

  it('refuses bad parameters with 400 and only an error field', async () => {
    for (const bad of ['/api/feedback?source=tweets', '/api/feedback?where=sentiment=happy', '/api/feedback?from=yesterday']) {
      const refused = await api.get(bad);
      expect(refused.status, bad).toBe(400);
      expect(Object.keys((await refused.json()) as object)).toEqual(['error']);
    }
  });

  it('drills down: the comments of NPS detractors, newest first, a page at a time, with the themes of the same texts', async () => {
    // The fixture's customer detractors with a comment: r10, r05, r02, r01 (src/services/feedback/fixtures/responses.csv).
    const first = (await (await api.get('/api/feedback?band=detractor&limit=3')).json()) as {
      items: number;
      total: number;
      themes: { theme: string; count: number }[];
      comments: { id: string; text: string; date: string; customerId: string; answer: { indicator: string; score: number; band: string } }[];
    };
    expect(first.comments.map((comment) => comment.id)).toEqual(['r10', 'r05', 'r02']);
    expect(first.total).toBe(4);
    expect(first.items).toBe(4);
    expect(first.comments[0]).toMatchObject({ date: '2025-02-07T10:00:00Z', customerId: 'c10', answer: { indicator: 'nps', score: 0, band: 'detractor' } });
    expect(first.themes.find((theme) => theme.theme === 'delivery')?.count).toBe(2);
    const second = (await (await api.get('/api/feedback?band=detractor&limit=3&offset=3')).json()) as { comments: { id: string }[] };
    expect(second.comments.map((comment) => comment.id)).toEqual(['r01']);
    const delivery = (await (await api.get('/api/feedback?theme=delivery&sentiment=negative&source=responses')).json()) as { comments: { id: string }[] };
    expect(delivery.comments.map((comment) => comment.id).sort()).toEqual(['r01', 'r02']);
    // The one employee's comment (r12, an eNPS detractor) never shows, filtered or not.
    const employees = (await (await api.get('/api/feedback?band=detractor&indicator=enps')).json()) as { comments: unknown[]; employeeTextsHidden: number };
    expect(employees.comments).toEqual([]);
    expect(employees.employeeTextsHidden).toBe(1);
  });

  it.each([
    ['band=detractors', 'band'],
    ['band=low', 'band'],
    ['band=promoter&indicator=csat', 'band'],
    ['indicator=ltv', 'indicator'],
    ['theme=teleportation', 'theme'],
    ['sentiment=happy', 'sentiment'],
    ['limit=0', 'limit'],
    ['limit=501', 'limit'],
    ['offset=-1', 'offset'],
    ['offset=ten', 'offset'],
  ])('refuses %s with 400 naming %s', async (parameters, name) => {
    const refused = await api.get(`/api/feedback?${parameters}`);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { error: string };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.startsWith(`${name} `), body.error).toBe(true);
  });
});
