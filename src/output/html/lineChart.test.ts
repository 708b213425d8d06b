import { describe, expect, it } from 'vitest';
import { type LinePoint, lineChart, lineChartGeometry } from './lineChart.js';

/** A 200 × 100 plot with no margins, so positions are easy to work out by hand. */
const BOX = { width: 200, height: 100, top: 0, right: 0, bottom: 0, left: 0 };

const point = (label: string, value: number | null, low: number | null = null, high: number | null = null): LinePoint => ({ label, value, low, high });

describe('lineChartGeometry', () => {
  it('spreads the points over the width and puts the largest value at the top, the smallest at the bottom', () => {
    // Domain [0, 100]: x = 0, 100, 200; y = 100 − value.
    const geometry = lineChartGeometry([point('a', 0), point('b', 50), point('c', 100)], BOX)!;
    expect(geometry.domain).toEqual([0, 100]);
    expect(geometry.points).toEqual([
      { x: 0, y: 100 },
      { x: 100, y: 50 },
      { x: 200, y: 0 },
    ]);
    expect(geometry.path).toBe('M0 100 L100 50 L200 0');
    expect(geometry.bands).toEqual([]);
  });

  it('takes the interval bounds into the domain and draws the band as highs forward, lows back', () => {
    // Domain [10, 50] (the bounds); y = 100 × (50 − v) / 40: 30 → 50, 40 → 25, 20 → 75, 50 → 0, 10 → 100.
    const geometry = lineChartGeometry([point('a', 30, 20, 40), point('b', 30, 10, 50)], BOX)!;
    expect(geometry.domain).toEqual([10, 50]);
    expect(geometry.path).toBe('M0 50 L200 50');
    expect(geometry.bands).toEqual(['0,25 200,0 200,100 0,75']);
  });

  it('breaks the line and the band at a point without a value', () => {
    // Domain [0, 4]; x = 0, 66.67, 133.33, 200; y = 25 × (4 − v).
    const geometry = lineChartGeometry([point('a', 0, 0, 1), point('b', 4, 3, 4), point('c', null), point('d', 2, 1, 3)], BOX)!;
    expect(geometry.path).toBe('M0 100 L66.67 0 M200 50');
    expect(geometry.bands).toEqual(['0,75 66.67,0 66.67,25 0,100']);
    expect(geometry.whiskers).toEqual([{ x: 200, high: 25, low: 75 }]);
    expect(geometry.points[2]).toEqual({ x: 133.33, y: null });
  });

  it('puts a lone point in the middle and widens a flat domain by one each way', () => {
    const geometry = lineChartGeometry([point('a', 7)], BOX)!;
    expect(geometry.domain).toEqual([6, 8]);
    expect(geometry.points).toEqual([{ x: 100, y: 50 }]);
  });

  it('keeps the margins out of the plot', () => {
    const geometry = lineChartGeometry([point('a', 0), point('b', 10)], { width: 120, height: 60, top: 5, right: 10, bottom: 15, left: 10 })!;
    expect(geometry.path).toBe('M10 45 L110 5');
  });

  it('has no geometry without a single number', () => {
    expect(lineChartGeometry([point('a', null)], BOX)).toBeNull();
  });
});

describe('lineChart', () => {
  it('draws the band, the line, the domain ends and the first and last labels, escaped', () => {
    const svg = lineChart([point('2025-01', 30, 20, 40), point('<b>', 35, 25, 45)], 'NPS & co', (value) => `${value} pts`)!.text;
    expect(svg).toMatch(/^<svg class="chart" viewBox="0 0 520 160"/);
    expect(svg).toContain('<title>NPS &amp; co</title>');
    expect(svg).toContain('<polygon class="band"');
    expect(svg).toContain('<path class="line" d="M52 ');
    expect(svg).toContain('>45 pts</text>');
    expect(svg).toContain('>20 pts</text>');
    expect(svg).toContain('>&lt;b&gt;</text>');
    expect(svg).not.toContain('<b>');
  });
});
