import { describe, expect, it } from 'vitest';
import { engagementDrivers } from './engagementDrivers.js';

const strong = { r: 0.6, n: 50, ci95: [0.39, 0.75] as [number, number] };
const weak = { r: 0.2, n: 50, ci95: [-0.08, 0.45] as [number, number] };
const unsure = { r: 0.5, n: 5, ci95: [-0.68, 0.96] as [number, number] };

describe('engagementDrivers', () => {
  it('ranks by r with engagement, else with eNPS, strongest first, no correlation last', () => {
    const ranked = engagementDrivers(
      [
        { dimension: 'b', value: 60, enps: strong, engagement: weak },
        { dimension: 'a', value: 60, enps: null, engagement: null },
        { dimension: 'c', value: 60, enps: strong, engagement: null },
      ],
      50,
    );
    expect(ranked.map((driver) => driver.dimension)).toEqual(['c', 'b', 'a']);
  });

  it('flags only a dimension below the overall score whose relation is at least 0.3 with an interval above 0', () => {
    const ranked = engagementDrivers(
      [
        { dimension: 'low-strong', value: 40, enps: null, engagement: strong },
        { dimension: 'high-strong', value: 70, enps: null, engagement: strong },
        { dimension: 'low-weak', value: 40, enps: null, engagement: weak },
        { dimension: 'low-unsure', value: 40, enps: null, engagement: unsure },
      ],
      55,
    );
    expect(Object.fromEntries(ranked.map((driver) => [driver.dimension, driver.priority]))).toEqual({
      'low-strong': true,
      'high-strong': false,
      'low-weak': false,
      'low-unsure': false,
    });
  });
});
