import { describe, expect, it } from 'vitest';
import { lastMonths } from './periodPresets.js';
import { parseWhere } from './parseWhere.js';
import { pageOfPath, parseView, reportParameters, viewUrl, withQuery } from './viewQuery.js';

describe('a view kept in its URL', () => {
  it('reads the page from the path: / and /app are the overview, /app/<page> a page, anything else none', () => {
    expect(pageOfPath('/')).toBe('overview');
    expect(pageOfPath('/app/')).toBe('overview');
    expect(pageOfPath('/app/recommendation')).toBe('recommendation');
    expect(pageOfPath('/app/data/import')).toBe('data/import');
    expect(pageOfPath('/app/../etc')).toBeNull();
    expect(pageOfPath('/surveys')).toBeNull();
  });

  it('round-trips the query, repeating where, dropping unknown and empty parameters', () => {
    const view = parseView('/app/web', '?from=2026-01-01&to=2026-03-31&where=channel%3Dweb&where=loyalty_tier%3Dgold&x=1&by=');
    expect(view).toEqual({ page: 'web', query: { from: '2026-01-01', to: '2026-03-31', where: ['channel=web', 'loyalty_tier=gold'] } });
    expect(viewUrl(view)).toBe('/app/web?from=2026-01-01&to=2026-03-31&where=channel%3Dweb&where=loyalty_tier%3Dgold');
    expect(viewUrl({ page: 'overview', query: {} })).toBe('/');
  });

  it('changes some parameters and removes the emptied ones', () => {
    const query = { from: '2026-01-01', compare: 'previous', where: ['a=b'] };
    expect(withQuery(query, { compare: undefined, where: [], by: 'team' })).toEqual({ from: '2026-01-01', by: 'team' });
  });

  it('gives the report only its own parameters, the churn definition included', () => {
    expect(reportParameters({ workspace: 'demo', from: '2026-01-01', band: 'detractor', lang: 'fr', segment: 'lost', churnWindow: '90' })).toEqual({
      workspace: 'demo',
      from: '2026-01-01',
      to: undefined,
      compare: undefined,
      interval: undefined,
      by: undefined,
      where: undefined,
      churnWindow: '90',
      churnModel: undefined,
    });
  });

  it('keeps the churn definition and the customer segment in the URL', () => {
    const view = parseView('/app/customers', '?segment=at-risk&churnModel=bgnbd&churnWindow=90');
    expect(view.query).toEqual({ segment: 'at-risk', churnModel: 'bgnbd', churnWindow: '90' });
    expect(viewUrl(view)).toBe('/app/customers?churnWindow=90&churnModel=bgnbd&segment=at-risk');
  });
});

describe('the filters', () => {
  it('reads field=value, trimming spaces, and refuses text without a field or a value', () => {
    expect(parseWhere(' loyalty_tier = gold ')).toBe('loyalty_tier=gold');
    expect(parseWhere('city=Saint-Étienne = centre')).toBe('city=Saint-Étienne = centre');
    expect(parseWhere('gold')).toBeNull();
    expect(parseWhere('=gold')).toBeNull();
    expect(parseWhere('tier=')).toBeNull();
  });

  it('gives the last N calendar months ending with the month of a day', () => {
    expect(lastMonths('2026-10-31', 1)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(lastMonths('2026-10-15', 3)).toEqual({ from: '2026-08-01', to: '2026-10-31' });
    expect(lastMonths('2026-02-10', 12)).toEqual({ from: '2025-03-01', to: '2026-02-28' });
  });
});
