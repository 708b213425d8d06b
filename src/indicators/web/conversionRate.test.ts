import { describe, expect, it } from 'vitest';
import { conversionRate } from './conversionRate.js';

describe('conversionRate', () => {
  it('gives the share of sessions with a purchase, and of visitors who bought', () => {
    // 20 of 1,000 sessions → 2 %; 18 of 400 visitors → 4.5 %.
    const result = conversionRate({ sessions: 1000, converted: 20, visitors: 400, convertedVisitors: 18 });
    expect(result).toMatchObject({ value: 2, sessions: 1000, converted: 20, byVisitor: { value: 4.5, visitors: 400, converted: 18 } });
  });

  it('carries Wilson intervals: 50 of 1,000 → [3.8, 6.5]', () => {
    // Worked example of a Wilson interval, 50/1000 = 5 % → [3.8 %, 6.5 %] (Wilson 1927): centre 5.172, half-width 1.359.
    const result = conversionRate({ sessions: 1000, converted: 50, visitors: 1000, convertedVisitors: 50 });
    expect(result.ci95?.[0]).toBeCloseTo(3.81, 2);
    expect(result.ci95?.[1]).toBeCloseTo(6.53, 2);
    expect(result.byVisitor.ci95).toEqual(result.ci95);
  });

  it('is null without sessions, and its visitor variant null when every visitor is cookieless', () => {
    expect(conversionRate({ sessions: 0, converted: 0, visitors: 0, convertedVisitors: 0 })).toEqual({
      value: null,
      sessions: 0,
      converted: 0,
      ci95: null,
      byVisitor: { value: null, visitors: 0, converted: 0, ci95: null },
    });
    expect(conversionRate({ sessions: 3, converted: 1, visitors: 0, convertedVisitors: 0 }).byVisitor.value).toBeNull();
  });

  it('refuses more converted sessions than sessions, or converted visitors than visitors', () => {
    expect(() => conversionRate({ sessions: 2, converted: 3, visitors: 2, convertedVisitors: 1 })).toThrow(/conversionRate.converted \(3\)/);
    expect(() => conversionRate({ sessions: 2, converted: 1, visitors: 1, convertedVisitors: 2 })).toThrow(/conversionRate.convertedVisitors \(2\)/);
  });
});
