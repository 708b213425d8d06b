import { describe, expect, it } from 'vitest';
import type { Report } from '../api/types.js';
import { groupBars } from './groupBars.js';

const REPORT: Report = {
  period: { from: '2026-05-01', to: '2026-10-31' },
  indicators: {},
  groups: [
    { key: 'member', indicators: { churnRate: { value: 24.8, atStart: 524, ci95: [21.3, 28.7] } } },
    { key: null, indicators: { churnRate: { value: null, atStart: 0 } } },
  ],
};

describe('the bars of a loyalty indicator by group', () => {
  it("counts n in the record's own field and writes the interval when asked", () => {
    const bars = groupBars(REPORT, 'churnRate', { kind: 'percent', range: [0, 100], basis: 'atStart', interval: true }, { by: 'loyalty_tier' }, 'en');
    expect(bars).toHaveLength(1);
    expect(bars[0]?.label).toBe('member');
    expect(bars[0]?.text).toBe('24.8% [21.3% – 28.7%] · n = 524');
    expect(bars[0]?.href).toContain('where=loyalty_tier%3Dmember');
  });

  it('writes neither without them', () => {
    expect(groupBars(REPORT, 'churnRate', { kind: 'percent', range: [0, 100] }, { by: 'loyalty_tier' }, 'en')[0]?.text).toBe('24.8%');
  });
});
