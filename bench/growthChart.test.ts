import { describe, expect, it } from 'vitest';
import { growthChartSvg, logAxis, logPosition } from './growthChart.js';
import { eventCount } from './growthFigures.js';

describe('logAxis', () => {
  it('ends on the 1-2-5 values around the data and marks those between', () => {
    expect(logAxis(0.3, 4)).toEqual({ domain: [0.2, 5], ticks: [0.2, 0.5, 1, 2, 5] });
    expect(logAxis(1e6, 5e7)).toEqual({ domain: [1e6, 5e7], ticks: [1e6, 2e6, 5e6, 1e7, 2e7, 5e7] });
  });

  it('keeps only the powers of ten past 7 marks, and widens a single value', () => {
    expect(logAxis(1.5, 900).ticks).toEqual([1, 10, 100, 1000]);
    expect(logAxis(100_000, 100_000)).toEqual({ domain: [50_000, 200_000], ticks: [50_000, 100_000, 200_000] });
  });
});

describe('logPosition', () => {
  it('places a value by its logarithm between the ends, either way round', () => {
    expect(logPosition(10, [1, 100], 0, 200)).toBe(100);
    // 2 is log10(2) = 30.1 % of the way from 1 to 10; y runs upwards from 300 to 100.
    expect(logPosition(2, [1, 10], 300, 100)).toBe(239.79);
  });
});

describe('growthChartSvg', () => {
  it('draws a line per series with points and leaves out empty panels', () => {
    const line = {
      label: 'DuckDB, report',
      color: '#d9480f',
      dashed: false,
      points: [
        { events: 1e6, value: 1 },
        { events: 1e7, value: 4 },
      ],
    };
    const svg = growthChartSvg(
      'Growth',
      [{ name: 'DuckDB', color: '#d9480f' }],
      [
        { title: 'Report latency', note: 'solid', unit: 's', lines: [line] },
        { title: 'Store size', note: 'none yet', unit: 'MB', lines: [{ ...line, points: [] }] },
      ],
    ).text;
    expect(svg).toContain('Report latency');
    expect(svg).not.toContain('Store size');
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain('DuckDB, report, 10M events: 4 s');
  });
});

describe('eventCount', () => {
  it('writes counts to three significant digits, in k below a million', () => {
    expect(eventCount(999_873)).toBe('1M');
    expect(eventCount(99_991)).toBe('100k');
    expect(eventCount(49_999_812)).toBe('50M');
    expect(eventCount(2_500_000)).toBe('2.5M');
  });
});
