import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ApiFixture, openApiFixture } from '../../test-support/apiFixture.js';
import { describeEachEngine } from '../../test-support/engines.js';
import { readXlsx } from '../../test-support/readXlsx.js';

describeEachEngine('GET /api/report', (engine) => {
  let api: ApiFixture;
  beforeAll(async () => {
    api = await openApiFixture(engine);
  });
  afterAll(async () => api?.test.dispose());

  it('serves the report JSON of the key’s workspace', async () => {
    const response = await api.get('/api/report?from=2025-03-01&to=2025-03-31');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { period: unknown; indicators: { nps: { n: number } } };
    expect(body.period).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(body.indicators.nps.n).toBe(6);
  });

  it('reads repeated where parameters and by', async () => {
    const response = await api.get('/api/report?from=2025-03-01&to=2025-03-31&where=population=customer&by=survey_id');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { groups: { key: string }[] };
    expect(body.groups.map((group) => group.key)).toEqual(['relation']);
  });

  it('reads band and comparisons in where, as feedback does, and refuses a comparison on text with 400', async () => {
    const nps = async (where: string) =>
      (
        (await (await api.get(`/api/report?where=${where.split('&').map(encodeURIComponent).join('&where=')}`)).json()) as {
          indicators: { nps: { n: number } };
        }
      ).indicators.nps.n;
    const detractors = await nps('band=detractor');
    expect(detractors).toBeGreaterThan(0);
    expect(await nps('nps<=6')).toBe(detractors);
    expect((await nps('band=detractor&band=passive')) - detractors).toBe(await nps('band=passive'));
    const refused = await api.get(`/api/report?where=${encodeURIComponent('survey_id>2')}`);
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^where survey_id>2: survey_id holds text/);
  });

  it('reads churnWindow and cohorts, and says which churn definition it used', async () => {
    const response = await api.get('/api/report?from=2025-03-01&to=2025-03-31&churnWindow=30&cohorts=month');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { indicators: { churnRate: Record<string, unknown> }; cohorts: { cohort: string }[] };
    expect(body.indicators.churnRate).toMatchObject({ definition: 'inactivity', windowDays: 30, windowSource: 'flag' });
    // The fixture's workspace holds answers only, no order: no cohort; without a contract end, churn is by
    // inactivity even without churnWindow, over a year for want of repeat orders.
    expect(body.cohorts).toEqual([]);
    const plain = (await (await api.get('/api/report?from=2025-03-01&to=2025-03-31')).json()) as typeof body;
    expect(plain.indicators.churnRate).toMatchObject({ definition: 'inactivity', windowDays: 365, windowSource: 'default' });
    expect(plain.cohorts).toBeUndefined();
  });

  it('reads churnModel, and refuses it beside churnWindow with 400', async () => {
    const response = await api.get('/api/report?from=2025-03-01&to=2025-03-31&churnModel=bgnbd');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { indicators: { churnRate: Record<string, unknown> } };
    // The fixture's workspace holds no order: nobody to judge, and no model to fit.
    expect(body.indicators.churnRate).toEqual({ value: null, atStart: 0, lost: 0, ci95: null, definition: 'model', model: 'bgnbd', threshold: 0.5 });
    const both = await api.get('/api/report?churnModel=true&churnWindow=30');
    expect(both.status).toBe(400);
    expect(await both.json()).toEqual({
      error: 'churnModel and churnWindow cannot be given together: churn is judged either by the model or by an inactivity window.',
    });
    const bad = await api.get('/api/report?churnModel=pareto');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'churnModel "pareto" must be bgnbd, true or false.' });
  });

  it('refuses a churnWindow that is not a whole number of days from 1 to 3650 with 400', async () => {
    for (const days of ['0', '3651', '12.5', 'abc']) {
      const response = await api.get(`/api/report?churnWindow=${days}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: `churnWindow "${days}" must be a whole number of days from 1 to 3650.` });
    }
    const cohorts = await api.get('/api/report?cohorts=year');
    expect(cohorts.status).toBe(400);
    expect(await cohorts.json()).toEqual({ error: 'cohorts "year" must be month.' });
  });

  it('adds a series with interval= and each indicator’s change with compare=', async () => {
    const response = await api.get('/api/report?from=2025-03-01&to=2025-03-31&interval=month&compare=2025-02-01..2025-02-28');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      interval: string;
      comparedWith: unknown;
      series: { from: string; to: string; indicators: { nps: { n: number } } }[];
      indicators: { nps: { n: number } };
    };
    expect(body.interval).toBe('month');
    expect(body.series).toHaveLength(1);
    expect(body.series[0]).toMatchObject({ from: '2025-03-01', to: '2025-03-31', indicators: { nps: { n: 6 } } });
    expect(body.comparedWith).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    const nps = body.indicators.nps as unknown as { value: number; change: { previous: number; delta: number; method: string } };
    expect(nps.change.method).toBe('adjusted-wald');
    expect(nps.change.delta).toBeCloseTo(nps.value - nps.change.previous, 10);
  });

  it('refuses a bad interval or compare with 400 naming the parameter', async () => {
    for (const [query, message] of [
      ['interval=fortnight', /^interval "fortnight" must be day, week or month\.$/],
      ['compare=2026-13-01..2026-02-01', /^compare "2026-13-01\.\.2026-02-01" must be previous, year or two calendar days/],
      ['compare=2026-03-01..2026-02-01', /^compare "2026-03-01\.\.2026-02-01" ends on 2026-02-01, before it starts on 2026-03-01\.$/],
      ['from=2025-03-01&to=2025-03-31&compare=2025-03-15..2025-04-15', /^compare 2025-03-15\.\.2025-04-15 overlaps/],
    ] as const) {
      const response = await api.get(`/api/report?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: string }).error, query).toMatch(message);
    }
  });

  it('exports the report as CSV in French or English, one row per indicator, as an attachment', async () => {
    const french = await api.get('/api/report?from=2025-03-01&to=2025-03-31&format=csv&lang=fr');
    expect(french.status).toBe(200);
    expect(french.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(french.headers.get('content-disposition')).toBe('attachment; filename="report.csv"');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await french.arrayBuffer());
    expect(text.startsWith('\uFEFFfrom;to;indicator;value;ci95.low;ci95.high;')).toBe(true);
    const json = (await (await api.get('/api/report?from=2025-03-01&to=2025-03-31')).json()) as { indicators: { nps: { value: number } } };
    const npsLine = text.split('\n').find((line) => line.startsWith('2025-03-01;2025-03-31;nps;'))!;
    expect(npsLine.split(';')[3]).toBe(String(Math.round(json.indicators.nps.value * 100) / 100).replace('.', ','));
    const english = await (await api.get('/api/report?from=2025-03-01&to=2025-03-31&format=csv')).text();
    expect(english.split('\n')[0]).toMatch(/^from,to,indicator,value,ci95\.low,ci95\.high,/);
    expect(english.split('\n').filter((line) => line !== '')).toHaveLength(text.split('\n').filter((line) => line !== '').length);
  });

  it('exports the report with --by as a workbook: an indicators sheet and a groups sheet, numbers as numbers', async () => {
    const response = await api.get('/api/report?from=2025-03-01&to=2025-03-31&by=survey_id&format=xlsx');
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="report.xlsx"');
    const workbook = await readXlsx(new Uint8Array(await response.arrayBuffer()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['indicators', 'groups']);
    const groups = workbook.getWorksheet('groups')!;
    expect(groups.getRow(1).values).toEqual(expect.arrayContaining(['group', 'indicator', 'value', 'n']));
    const header = (groups.getRow(1).values as unknown[]).indexOf('n');
    const json = (await (await api.get('/api/report?from=2025-03-01&to=2025-03-31&by=survey_id')).json()) as {
      groups: { key: string; indicators: { nps: { n: number } } }[];
    };
    const relation = json.groups.find((group) => group.key === 'relation')!;
    const npsRow = groups.getRows(2, groups.rowCount - 1)!.find((row) => row.getCell(3).value === 'relation' && row.getCell(4).value === 'nps')!;
    expect(npsRow.getCell(header).value).toBe(relation.indicators.nps.n);
    expect(npsRow.getCell(header).type).toBe(ExcelJS.ValueType.Number);
  });

  it('sends the report to share as one HTML attachment (format=html), in the language asked, under a policy that runs nothing', async () => {
    const response = await api.get('/api/report?from=2025-03-01&to=2025-03-31&compare=previous&format=html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="report.html"');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    const document = await response.text();
    const json = (await (await api.get('/api/report?from=2025-03-01&to=2025-03-31')).json()) as { indicators: { nps: { value: number; n: number } } };
    expect(document).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(document).toContain(`<span class="basis">n = ${json.indicators.nps.n}`);
    expect(document).toContain('<dd>2025-03-01 → 2025-03-31</dd>');
    expect(document).toContain('<dd>month</dd>'); // the series by month when interval is not given
    expect(document).not.toMatch(/<script/i);
    const french = await (await api.get('/api/report?from=2025-03-01&to=2025-03-31&format=html&lang=fr&interval=week')).text();
    expect(french).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(french).toContain('<dd>semaine</dd>');
  });

  it('refuses bad parameters of the HTML report with 400 naming the field', async () => {
    for (const [bad, field] of [
      ['format=html&interval=year', 'interval'],
      ['format=html&lang=de', 'lang'],
      ['format=html&from=2025-02-30', 'from'],
      ['format=html&compare=sometime', 'compare'],
    ]) {
      const refused = await api.get(`/api/report?${bad}`);
      expect(refused.status, bad).toBe(400);
      const body = (await refused.json()) as { error: string };
      expect(Object.keys(body), bad).toEqual(['error']);
      expect(body.error, bad).toContain(field!);
    }
  });

  it('refuses an unknown format or language with 400', async () => {
    for (const bad of ['/api/report?format=pdf', '/api/report?format=csv&lang=de']) {
      const refused = await api.get(bad);
      expect(refused.status, bad).toBe(400);
      expect(Object.keys((await refused.json()) as object)).toEqual(['error']);
    }
  });

  it('keeps one workspace’s data from another workspace’s key', async () => {
    const body = (await (await api.get('/api/report', api.otherKey)).json()) as { indicators: { nps: { n: number } } };
    expect(body.indicators.nps.n).toBe(0);
  });

  it('answers bad parameters with 400 naming the field, never 500', async () => {
    const badDate = await api.get('/api/report?from=2025-02-30');
    expect(badDate.status).toBe(400);
    expect(((await badDate.json()) as { error: string }).error).toMatch(/^from "2025-02-30" is not a calendar date/);
    const badField = await api.get('/api/report?by=nope');
    expect(badField.status).toBe(400);
    expect(((await badField.json()) as { error: string }).error).toMatch(/"nope"/);
  });

  it('takes SQL in a where value, a field name or by as plain text: nothing runs, nothing leaks (ASVS V5.3.4)', async () => {
    const attacks = [
      "where=survey_id%3Drelation' or '1'%3D'1",
      "where=survey_id%3Drelation'; delete from responses; --",
      "where=survey_id' or 1%3D1 --%3Drelation",
      'where=survey_id") or 1%3D1 --%3Drelation',
      "by=survey_id'; drop table responses; --",
      'by=survey_id"), (select 1) --',
      'by=%2Fsurvey_id',
    ];
    for (const attack of attacks) {
      const response = await api.get(`/api/report?${attack.replaceAll(' ', '%20')}`);
      const body = (await response.json()) as { error?: string; indicators?: { nps: { n: number } } };
      // A value is compared as a value (no response has it), a name is refused as unknown.
      if (response.status === 200) expect(body.indicators?.nps.n, attack).toBe(0);
      else expect([response.status, Object.keys(body)], attack).toEqual([400, ['error']]);
    }
    const after = (await (await api.get('/api/report?from=2025-03-01&to=2025-03-31')).json()) as { indicators: { nps: { n: number } } };
    expect(after.indicators.nps.n).toBe(6);
  });
});
