import { describe, expect, it } from 'vitest';
import { churnRate } from '../loyalty/churnRate.js';
import { clvHistorical } from '../loyalty/clvHistorical.js';
import { nps } from '../recommendation/nps.js';
import { csat } from '../satisfaction/csat.js';
import { isLowPrecision } from './lowPrecision.js';

describe('isLowPrecision', () => {
  it('flags an NPS whose half-width passes 10 points, and not one below', () => {
    // 30 answers, a third each: half-width ≈ 160 / √33 ≈ 28 points; 3,000 answers: ≈ 3 points.
    expect(isLowPrecision('nps', nps([10, 0, 0, 0, 0, 0, 0, 10, 0, 10, 0]))).toBe(true);
    expect(isLowPrecision('nps', nps([1000, 0, 0, 0, 0, 0, 0, 1000, 0, 1000, 0]))).toBe(false);
  });

  it('flags a proportion whose half-width passes 5 percentage points', () => {
    // 45/50 satisfied: Wilson [78.6, 95.7], half-width 8.5 points; 0 of 20 churned: [0, 16.1], 8.1 points.
    expect(isLowPrecision('csat', csat([0, 0, 5, 0, 45]))).toBe(true);
    expect(isLowPrecision('churnRate', churnRate({ atStart: 20, lost: 0, definition: { definition: 'contract' } }))).toBe(true);
    // 500/1000: Wilson half-width 3.1 points.
    expect(isLowPrecision('csat', csat([0, 0, 500, 0, 500]))).toBe(false);
  });

  it('never flags an indicator without an interval or that is neither an NPS nor a proportion', () => {
    expect(isLowPrecision('csat', csat([0, 0, 0, 0, 0]))).toBe(false);
    expect(isLowPrecision('clvHistorical', clvHistorical({ customers: 2, revenue: 10 }))).toBe(false);
  });
});
