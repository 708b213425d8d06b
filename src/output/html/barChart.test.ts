import { describe, expect, it } from 'vitest';
import { barChart, barChartGeometry } from './barChart.js';

describe('barChartGeometry', () => {
  it('gives each bar 70 % of an equal slot, as tall as its value against the largest', () => {
    // 300 wide / 3 bars = slots of 100, bars 70 wide from 15 into their slot; heights 1/4, 2/4, 4/4 of 100.
    const bars = [1, 2, 4].map((value) => ({ label: String(value), value }));
    expect(barChartGeometry(bars, { width: 300, height: 100, top: 0, right: 0, bottom: 0, left: 0 })).toEqual([
      { x: 15, y: 75, width: 70, height: 25 },
      { x: 115, y: 50, width: 70, height: 50 },
      { x: 215, y: 0, width: 70, height: 100 },
    ]);
  });

  it('stands the bars on the plot bottom inside the margins', () => {
    const [bar] = barChartGeometry([{ label: 'a', value: 3 }], { width: 120, height: 60, top: 10, right: 10, bottom: 20, left: 10 });
    expect(bar).toEqual({ x: 25, y: 10, width: 70, height: 30 });
  });

  it('draws nothing for an all-zero distribution', () => {
    expect(barChartGeometry([{ label: 'a', value: 0 }], { width: 10, height: 10, top: 0, right: 0, bottom: 0, left: 0 })[0]!.height).toBe(0);
  });
});

describe('barChart', () => {
  it('colours each bar by its tone and writes its count and label', () => {
    const svg = barChart(
      [
        { label: '0', value: 12, tone: 'negative' },
        { label: '10', value: 30, tone: 'positive' },
      ],
      'NPS answers',
      String,
    ).text;
    expect(svg).toContain('class="bar negative"');
    expect(svg).toContain('class="bar positive"');
    expect(svg).toContain('>30</text>');
    expect(svg).toContain('<title>NPS answers</title>');
  });
});
