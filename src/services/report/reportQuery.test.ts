import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../test-support/refusalOf.js';
import { parseReportQuery } from './reportQuery.js';

describe('parseReportQuery', () => {
  it('reads dates, filters and a grouping field', () => {
    expect(parseReportQuery({ from: '2025-01-01', to: '2025-01-31', where: ['channel=web', 'note=a=b', ' tier =gold '], by: ' loyalty_tier ' })).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
      where: [
        { field: 'channel', value: 'web' },
        { field: 'note', value: 'a=b' },
        { field: 'tier', value: 'gold ' },
      ],
      by: 'loyalty_tier',
      churnWindow: null,
      cohorts: null,
    });
  });

  it('means all the data when no date is given', () => {
    expect(parseReportQuery({})).toEqual({ from: null, to: null, where: [], by: null, churnWindow: null, cohorts: null });
  });

  it('takes one day as a whole period, and the first and last years allowed', () => {
    expect(parseReportQuery({ from: '2025-03-01', to: '2025-03-01' })).toMatchObject({ from: '2025-03-01', to: '2025-03-01' });
    expect(parseReportQuery({ from: '1900-01-01', to: '2200-12-31' })).toMatchObject({ from: '1900-01-01', to: '2200-12-31' });
  });

  it.each(['2025-13-01', '2025-02-30', '2023-02-29', '01/02/2025', '2025-1-1', '2025-01-01T00:00', ' 2025-01-01', 'yesterday', '', '0001-01-01'])(
    'refuses the date %j',
    (day) => {
      expect(refusalOf(() => parseReportQuery({ from: day }))).toEqual({
        field: 'from',
        cli: `--from ${JSON.stringify(day)} is not a calendar date written YYYY-MM-DD.`,
        api: `from ${JSON.stringify(day)} is not a calendar date written YYYY-MM-DD.`,
      });
    },
  );

  it.each(['1899-12-31', '2201-01-01', '9999-12-31'])('refuses the day %j, outside the years 1900 to 2200', (day) => {
    expect(refusalOf(() => parseReportQuery({ to: day }))).toEqual({
      field: 'to',
      cli: `--to "${day}" is not a day of the years 1900 to 2200.`,
      api: `to "${day}" is not a day of the years 1900 to 2200.`,
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(refusalOf(() => parseReportQuery({ from: '2025-02-01', to: '2025-01-01' }))).toEqual({
      field: 'from',
      cli: '--from 2025-02-01 is after --to 2025-01-01.',
      api: 'from 2025-02-01 is after to 2025-01-01.',
    });
  });

  it.each(['channel', '=web', ' =web', ''])('refuses the filter %j, without a field or an equals sign', (filter) => {
    expect(refusalOf(() => parseReportQuery({ where: ['channel=web', filter] }))).toEqual({
      field: 'where',
      cli: `--where ${JSON.stringify(filter)} is not of the form FIELD=VALUE (or FIELD!=VALUE, FIELD<VALUE, FIELD<=VALUE, FIELD>VALUE, FIELD>=VALUE).`,
      api: `where ${JSON.stringify(filter)} is not of the form FIELD=VALUE (or FIELD!=VALUE, FIELD<VALUE, FIELD<=VALUE, FIELD>VALUE, FIELD>=VALUE).`,
    });
  });

  it.each(['', '   '])('refuses the grouping field %j', (by) => {
    expect(refusalOf(() => parseReportQuery({ by }))).toEqual({ field: 'by', cli: '--by needs a field name.', api: 'by needs a field name.' });
  });

  it('reads an inactivity window of whole days from 1 to 3650, and monthly cohorts', () => {
    expect(parseReportQuery({ churnWindow: '1', cohorts: 'month' })).toMatchObject({ churnWindow: 1, cohorts: 'month' });
    expect(parseReportQuery({ churnWindow: '3650' })).toMatchObject({ churnWindow: 3650 });
  });

  it.each(['0', '3651', '-5', '30.5', '1e2', ' 30', '', 'ninety'])('refuses the inactivity window %j in one sentence', (days) => {
    expect(refusalOf(() => parseReportQuery({ churnWindow: days }))).toEqual({
      field: 'churnWindow',
      cli: `--churn-window ${JSON.stringify(days)} must be a whole number of days from 1 to 3650.`,
      api: `churnWindow ${JSON.stringify(days)} must be a whole number of days from 1 to 3650.`,
    });
  });

  it('reads churn by the model from the switch --churn-model or a URL’s bgnbd, true or 1, and none from false, 0 or nothing', () => {
    for (const on of [true, 'bgnbd', 'true', '1']) expect(parseReportQuery({ churnModel: on }).churnModel).toBe('bgnbd');
    for (const off of [false, 'false', '0', '', undefined]) expect(parseReportQuery({ churnModel: off }).churnModel).toBeUndefined();
  });

  it.each(['pareto', 'yes', 'BGNBD'])('refuses the churn model %j in one sentence', (model) => {
    expect(refusalOf(() => parseReportQuery({ churnModel: model }))).toEqual({
      field: 'churnModel',
      cli: `--churn-model ${JSON.stringify(model)} must be bgnbd, true or false.`,
      api: `churnModel ${JSON.stringify(model)} must be bgnbd, true or false.`,
    });
  });

  it('refuses churn by the model beside an inactivity window', () => {
    expect(refusalOf(() => parseReportQuery({ churnModel: true, churnWindow: '30' }))).toEqual({
      field: 'churnModel',
      cli: '--churn-model and --churn-window cannot be given together: churn is judged either by the model or by an inactivity window.',
      api: 'churnModel and churnWindow cannot be given together: churn is judged either by the model or by an inactivity window.',
    });
  });

  it('refuses cohorts other than month', () => {
    expect(refusalOf(() => parseReportQuery({ cohorts: 'week' }))).toEqual({
      field: 'cohorts',
      cli: '--cohorts "week" must be month.',
      api: 'cohorts "week" must be month.',
    });
  });

  it('reads an interval and a comparison, absent when not given', () => {
    expect(parseReportQuery({ interval: 'week', compare: 'year' })).toMatchObject({ interval: 'week', compare: { kind: 'year' } });
    expect(parseReportQuery({ compare: '2025-01-01..2025-01-31' }).compare).toEqual({ kind: 'range', from: '2025-01-01', to: '2025-01-31' });
    expect(parseReportQuery({})).not.toHaveProperty('interval');
  });

  it.each([
    [{ interval: 'fortnight' }, 'interval "fortnight" must be day, week or month.'],
    [
      { compare: '2026-13-01..2026-02-01' },
      'compare "2026-13-01..2026-02-01" must be previous, year or two calendar days FROM..TO written YYYY-MM-DD..YYYY-MM-DD.',
    ],
    [{ compare: '2026-03-01..2026-02-01' }, 'compare "2026-03-01..2026-02-01" ends on 2026-02-01, before it starts on 2026-03-01.'],
    [
      { compare: '2026-01-01..2026-02-01..2026-03-01' },
      'compare "2026-01-01..2026-02-01..2026-03-01" must be previous, year or two calendar days FROM..TO written YYYY-MM-DD..YYYY-MM-DD.',
    ],
    [{ compare: 'last' }, 'compare "last" must be previous, year or two calendar days FROM..TO written YYYY-MM-DD..YYYY-MM-DD.'],
  ])('refuses %j in one sentence naming the field', (input, message) => {
    expect(() => parseReportQuery(input)).toThrow(message);
  });
});
