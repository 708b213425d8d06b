import { describe, expect, it } from 'vitest';
import { comparisonSpan, overlaps, seriesLength, seriesSpans } from './reportPeriods.js';

describe('seriesSpans', () => {
  it('cuts a period into ISO weeks, Monday to Sunday, the first and last cut to the period', () => {
    // 2026-03-31 is a Tuesday; 2026-04-05 a Sunday.
    expect(seriesSpans({ from: '2026-03-31', to: '2026-04-14' }, 'week')).toEqual([
      { from: '2026-03-31', to: '2026-04-05' },
      { from: '2026-04-06', to: '2026-04-12' },
      { from: '2026-04-13', to: '2026-04-14' },
    ]);
  });

  it('cuts into calendar months across a year end and a leap February', () => {
    expect(seriesSpans({ from: '2023-12-15', to: '2024-03-02' }, 'month')).toEqual([
      { from: '2023-12-15', to: '2023-12-31' },
      { from: '2024-01-01', to: '2024-01-31' },
      { from: '2024-02-01', to: '2024-02-29' },
      { from: '2024-03-01', to: '2024-03-02' },
    ]);
  });

  it('gives one point per day, and one point for a one-day period', () => {
    expect(seriesSpans({ from: '2024-02-28', to: '2024-03-01' }, 'day').map((span) => span.from)).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(seriesSpans({ from: '2026-01-04', to: '2026-01-04' }, 'week')).toEqual([{ from: '2026-01-04', to: '2026-01-04' }]);
  });

  it('counts the points without making them', () => {
    for (const interval of ['day', 'week', 'month'] as const) {
      for (const period of [
        { from: '2026-03-31', to: '2026-04-14' },
        { from: '2023-12-15', to: '2024-03-02' },
        { from: '2025-01-01', to: '2025-12-31' },
      ]) {
        expect(seriesLength(period, interval), `${interval} ${period.from}`).toBe(seriesSpans(period, interval).length);
      }
    }
    expect(seriesLength({ from: '2025-01-01', to: '2025-12-31' }, 'day')).toBe(365);
  });
});

describe('comparisonSpan', () => {
  it('takes as many days just before the period for previous', () => {
    expect(comparisonSpan({ from: '2026-04-01', to: '2026-06-30' }, { kind: 'previous' })).toEqual({ from: '2025-12-31', to: '2026-03-31' });
    expect(comparisonSpan({ from: '2026-03-01', to: '2026-03-01' }, { kind: 'previous' })).toEqual({ from: '2026-02-28', to: '2026-02-28' });
  });

  it('takes the same dates a year earlier for year, 29 February becoming 28 February', () => {
    expect(comparisonSpan({ from: '2026-07-01', to: '2026-09-30' }, { kind: 'year' })).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(comparisonSpan({ from: '2024-02-01', to: '2024-02-29' }, { kind: 'year' })).toEqual({ from: '2023-02-01', to: '2023-02-28' });
  });

  it('takes the days given for a range', () => {
    expect(comparisonSpan({ from: '2026-04-01', to: '2026-06-30' }, { kind: 'range', from: '2025-01-01', to: '2025-01-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-01-31',
    });
  });
});

describe('overlaps', () => {
  it('is true when the spans share a day, both ends included', () => {
    expect(overlaps({ from: '2026-01-01', to: '2026-01-31' }, { from: '2026-01-31', to: '2026-02-10' })).toBe(true);
    expect(overlaps({ from: '2026-01-01', to: '2026-01-30' }, { from: '2026-01-31', to: '2026-02-10' })).toBe(false);
  });
});
