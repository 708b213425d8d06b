import { describe, expect, it } from 'vitest';
import { stickiness } from './stickiness.js';

describe('stickiness', () => {
  it('divides the summed DAU by the summed MAU and averages both over the days', () => {
    // 30 days, ΣDAU = 3000, ΣMAU = 12000 → 25%, average DAU 100, average MAU 400
    expect(stickiness({ days: 30, sumDau: 3000, sumMau: 12000, dayScopedVisitorDays: 0 })).toEqual({ value: 25, avgDau: 100, avgMau: 400 });
  });

  it('weights days by their MAU, unlike a mean of daily ratios', () => {
    // Day 1: DAU 10, MAU 20 (50%); day 2: DAU 10, MAU 180 (5.6%).
    // Ratio of sums = 20 / 200 = 10%; the mean of the daily ratios would be 27.8%.
    expect(stickiness({ days: 2, sumDau: 20, sumMau: 200, dayScopedVisitorDays: 0 }).value).toBe(10);
  });

  it('returns nulls when no day was summed', () => {
    expect(stickiness({ days: 0, sumDau: 0, sumMau: 0, dayScopedVisitorDays: 0 })).toEqual({ value: null, avgDau: null, avgMau: null });
  });

  it('returns value null but zero averages for days without any visitor', () => {
    expect(stickiness({ days: 7, sumDau: 0, sumMau: 0, dayScopedVisitorDays: 0 })).toEqual({ value: null, avgDau: 0, avgMau: 0 });
  });

  it('gives 100 for a single day with a single visitor', () => {
    expect(stickiness({ days: 1, sumDau: 1, sumMau: 1, dayScopedVisitorDays: 0 })).toEqual({ value: 100, avgDau: 1, avgMau: 1 });
  });

  it('throws a RangeError when ΣDAU exceeds ΣMAU, visitors come without days, or a count is invalid', () => {
    expect(() => stickiness({ days: 3, sumDau: 11, sumMau: 10, dayScopedVisitorDays: 0 })).toThrow(
      new RangeError('stickiness.sumDau (11) must not exceed stickiness.sumMau (10).'),
    );
    expect(() => stickiness({ days: 0, sumDau: 0, sumMau: 5, dayScopedVisitorDays: 0 })).toThrow(
      new RangeError('stickiness.sumMau must be 0 when no day was summed, got 5.'),
    );
    expect(() => stickiness({ days: -1, sumDau: 0, sumMau: 0, dayScopedVisitorDays: 0 })).toThrow(/stickiness.days .* got -1/);
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze({ days: 30, sumDau: 3000, sumMau: 12000, dayScopedVisitorDays: 0 });
    stickiness(input);
    expect(input).toEqual({ days: 30, sumDau: 3000, sumMau: 12000, dayScopedVisitorDays: 0 });
  });

  it('computes the ratio on the followable visitors and says how many cookieless visitor-days it left out', () => {
    expect(stickiness({ days: 30, sumDau: 3000, sumMau: 12000, dayScopedVisitorDays: 500 })).toEqual({
      value: 25,
      avgDau: 100,
      avgMau: 400,
      dayScopedVisitorDays: 500,
    });
  });

  it('is not measurable, not 0, when every visitor of the period is cookieless', () => {
    // MAU from followable visitors of the 29 days before the period does not make it measurable.
    expect(stickiness({ days: 7, sumDau: 0, sumMau: 40, dayScopedVisitorDays: 12 })).toEqual({
      value: null,
      avgDau: null,
      avgMau: null,
      dayScopedVisitorDays: 12,
      reason: 'not measurable in cookieless mode',
    });
  });
});
