import { describe, expect, it } from 'vitest';
import { firstWeekEngagement } from './firstWeekEngagement.js';

describe('firstWeekEngagement', () => {
  it('gives the percentage of new customers engaged within 168 hours', () => {
    // 18 of 40 → 45%
    expect(firstWeekEngagement({ newCustomers: 40, engaged: 18, dayScopedVisitorDays: 0, followableVisitorDays: 0 })).toMatchObject({
      value: 45,
      newCustomers: 40,
      engaged: 18,
    });
  });

  it('reaches exactly 100 at the top of the Wilson interval when every new customer engaged', () => {
    // 20 of 20: Wilson (1927) interval ≈ [83.9, 100], upper bound exactly 100.
    const result = firstWeekEngagement({ newCustomers: 20, engaged: 20, dayScopedVisitorDays: 0, followableVisitorDays: 0 });
    expect(result.value).toBe(100);
    expect(result.ci95?.[0]).toBeCloseTo(83.9, 1);
    expect(result.ci95?.[1]).toBe(100);
  });

  it('carries the Wilson interval of the worked example 50/1000 → [3.8, 6.5]', () => {
    // Wilson (1927) interval, check value of docs/indicators.md.
    const result = firstWeekEngagement({ newCustomers: 1000, engaged: 50, dayScopedVisitorDays: 0, followableVisitorDays: 0 });
    expect(result.ci95?.[0]).toBeCloseTo(3.8, 1);
    expect(result.ci95?.[1]).toBeCloseTo(6.5, 1);
  });

  it('returns value and ci95 null without new customers', () => {
    expect(firstWeekEngagement({ newCustomers: 0, engaged: 0, dayScopedVisitorDays: 0, followableVisitorDays: 0 })).toEqual({
      value: null,
      newCustomers: 0,
      engaged: 0,
      ci95: null,
    });
  });

  it('gives 100% for a single new customer who engaged', () => {
    expect(firstWeekEngagement({ newCustomers: 1, engaged: 1, dayScopedVisitorDays: 0, followableVisitorDays: 0 }).value).toBe(100);
  });

  it('throws a RangeError when engaged exceeds new customers or a count is invalid', () => {
    expect(() => firstWeekEngagement({ newCustomers: 2, engaged: 3, dayScopedVisitorDays: 0, followableVisitorDays: 0 })).toThrow(
      new RangeError('firstWeekEngagement.engaged (3) must not exceed firstWeekEngagement.newCustomers (2).'),
    );
    expect(() => firstWeekEngagement({ newCustomers: -4, engaged: 0, dayScopedVisitorDays: 0, followableVisitorDays: 0 })).toThrow(
      /firstWeekEngagement.newCustomers .* got -4/,
    );
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze({ newCustomers: 40, engaged: 18, dayScopedVisitorDays: 0, followableVisitorDays: 0 });
    firstWeekEngagement(input);
    expect(input).toEqual({ newCustomers: 40, engaged: 18, dayScopedVisitorDays: 0, followableVisitorDays: 0 });
  });

  it('is not measurable when every web visitor of the period is cookieless, and measured when some are followable', () => {
    expect(firstWeekEngagement({ newCustomers: 10, engaged: 2, dayScopedVisitorDays: 30, followableVisitorDays: 0 })).toEqual({
      value: null,
      newCustomers: 10,
      engaged: 2,
      ci95: null,
      dayScopedVisitorDays: 30,
      reason: 'not measurable in cookieless mode',
    });
    expect(firstWeekEngagement({ newCustomers: 10, engaged: 2, dayScopedVisitorDays: 30, followableVisitorDays: 1 })).toMatchObject({
      value: 20,
      dayScopedVisitorDays: 30,
    });
    expect(firstWeekEngagement({ newCustomers: 10, engaged: 2, dayScopedVisitorDays: 0, followableVisitorDays: 0 })).toMatchObject({ value: 20 });
  });
});
