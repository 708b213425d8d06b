import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiFixture, openApiFixture } from '../../test-support/apiFixture.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { readXlsx } from '../../test-support/readXlsx.js';

describeEachEngine('GET /api/customers', (engine) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await openApiFixture(engine, { orders: true });
  });
  afterAll(async () => api?.test.dispose());

  it('lists customers as JSON or CSV, one segment if asked', async () => {
    const json = (await (await api.get('/api/customers?to=1997-09-30&segment=lost')).json()) as { customers: { segment: string }[] };
    expect(json.customers.length).toBeGreaterThan(0);
    expect(new Set(json.customers.map((customer) => customer.segment))).toEqual(new Set(['lost']));
    const csv = await api.get('/api/customers?to=1997-09-30&format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await csv.text()).split('\n')[0]).toBe('customer_id,r,f,m,pAlive,expectedPurchases,clv,lastNpsCategory,engagementScore,segment');
  });

  it('exports the at-risk list with e-mail and last comment columns, sorted by CLV, in French or as a workbook', async () => {
    const french = await api.get('/api/customers?to=1997-09-30&segment=at-risk&format=csv&lang=fr');
    expect(french.headers.get('content-disposition')).toBe('attachment; filename="at-risk.csv"');
    const lines = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(await french.arrayBuffer())
      .split('\n')
      .filter((line) => line !== '');
    expect(lines[0]).toBe('\uFEFFcustomer_id;r;f;m;pAlive;expectedPurchases;clv;lastNpsCategory;engagementScore;segment;email;lastComment');
    const clvs = lines.slice(1).map((line) => Number(line.split(';')[6]!.replace(',', '.')));
    expect(clvs.length).toBeGreaterThan(1);
    expect(clvs).toEqual([...clvs].sort((a, b) => b - a));
    const workbook = await readXlsx(new Uint8Array(await (await api.get('/api/customers?to=1997-09-30&segment=at-risk&format=xlsx')).arrayBuffer()));
    const sheet = workbook.getWorksheet('at-risk')!;
    expect(sheet.rowCount).toBe(lines.length);
    expect(typeof sheet.getCell('G2').value).toBe('number');
  });

  it('refuses an unknown segment with 400 naming it', async () => {
    const response = await api.get('/api/customers?segment=vip');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^segment "vip" is not one of/);
  });
});
