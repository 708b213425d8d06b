import { describe, expect, it } from 'vitest';
import { UsageError } from '../../errors/errors.js';
import { parseReportQuery } from './reportQuery.js';

describe('parseReportQuery', () => {
  it('reads dates, filters and a grouping field', () => {
    expect(parseReportQuery({ from: '2025-01-01', to: '2025-01-31', where: ['channel=web', 'note=a=b'], by: 'loyalty_tier' })).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
      where: [
        { field: 'channel', value: 'web' },
        { field: 'note', value: 'a=b' },
      ],
      by: 'loyalty_tier',
    });
  });

  it('means all the data when no date is given', () => {
    expect(parseReportQuery({})).toEqual({ from: null, to: null, where: [], by: null });
  });

  it.each(['2025-13-01', '2025-02-30', '01/02/2025', '2025-1-1', 'yesterday', ''])('refuses the date %j', (day) => {
    expect(() => parseReportQuery({ from: day })).toThrow(UsageError);
    expect(() => parseReportQuery({ from: day })).toThrow(/--from .* is not a calendar date written YYYY-MM-DD/);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => parseReportQuery({ from: '2025-02-01', to: '2025-01-01' })).toThrow('--from 2025-02-01 is after --to 2025-01-01.');
  });

  it('refuses a filter without a field or an equals sign', () => {
    expect(() => parseReportQuery({ where: ['channel'] })).toThrow(/FIELD=VALUE/);
    expect(() => parseReportQuery({ where: ['=web'] })).toThrow(/FIELD=VALUE/);
  });
});
