import { describe, expect, it } from 'vitest';
import { contrast, HEAT_CLASSES, heatClass, heatColour, heatDomain, heatLegend, inkOn } from './heatScale.js';

describe('the heat map colour scale', () => {
  it('splits the domain into seven equal classes, lightest blue at the low end, clamped outside', () => {
    expect(heatColour(0, [0, 70])).toBe('#eff3ff');
    expect(heatClass(9.99, [0, 70])).toBe(0);
    expect(heatClass(10, [0, 70])).toBe(1);
    expect(heatColour(35, [0, 70])).toBe('#6baed6');
    expect(heatColour(70, [0, 70])).toBe('#084594');
    expect(heatColour(-5, [0, 70])).toBe('#eff3ff');
    expect(heatColour(80, [0, 70])).toBe('#084594');
    expect(heatColour(3, [5, 5])).toBe('#eff3ff');
  });

  it('writes on every colour of the scale with a contrast of at least 4.5:1', () => {
    for (const background of HEAT_CLASSES) expect(contrast(background, inkOn(background)), background).toBeGreaterThanOrEqual(4.5);
    expect(inkOn('#eff3ff')).toBe('#1a1a1a');
    expect(inkOn('#084594')).toBe('#ffffff');
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });

  it('spans 0 to the largest value rounded up to whole units per class, with a legend entry per class', () => {
    expect(heatDomain([null, 40.5, 12])).toEqual([0, 42]);
    expect(heatDomain([null, 42, 12])).toEqual([0, 42]);
    expect(heatDomain([null])).toEqual([0, 7]);
    const legend = heatLegend([0, 70]);
    expect(legend).toHaveLength(7);
    expect(legend[0]).toEqual({ colour: '#eff3ff', low: 0, high: 10 });
    expect(legend[6]).toEqual({ colour: '#084594', low: 60, high: 70 });
  });
});
