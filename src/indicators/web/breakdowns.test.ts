import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import { breakdown } from './breakdowns.js';

describe('breakdown', () => {
  it('gives each listed value its share of the total with the Wilson interval, and sums the rest', () => {
    // 12 sessions over 5 sources: google 6, direct 3 listed; 3 sessions from 3 other sources.
    const result = breakdown(
      {
        total: 12,
        distinct: 5,
        top: [
          { key: 'google', count: 6 },
          { key: 'direct', count: 3 },
        ],
      },
      'web.sources',
    );
    expect(result.top).toEqual([
      { key: 'google', count: 6, share: 50, ci95: wilsonInterval(6, 12) },
      { key: 'direct', count: 3, share: 25, ci95: wilsonInterval(3, 12) },
    ]);
    expect(result.other).toEqual({ count: 3, distinct: 3, share: 25, ci95: wilsonInterval(3, 12) });
    expect(result.top[0]?.ci95[0]).toBeCloseTo(25.4, 1);
    expect(result.top[0]?.ci95[1]).toBeCloseTo(74.6, 1);
  });

  it('keeps a null key (units without the value) like any other', () => {
    expect(breakdown({ total: 2, distinct: 1, top: [{ key: null, count: 2 }] }, 'web.devices').top).toEqual([
      { key: null, count: 2, share: 100, ci95: wilsonInterval(2, 2) },
    ]);
  });

  it('has an empty list and a null share without units', () => {
    expect(breakdown({ total: 0, distinct: 0, top: [] }, 'web.campaigns')).toEqual({
      total: 0,
      distinct: 0,
      top: [],
      other: { count: 0, distinct: 0, share: null, ci95: null },
    });
  });

  it('throws a RangeError on counts that contradict each other', () => {
    expect(() => breakdown({ total: 3, distinct: 1, top: [{ key: 'a', count: 4 }] }, 'web.pages')).toThrow(RangeError);
    expect(() => breakdown({ total: 3, distinct: 1, top: [{ key: 'a', count: 0 }] }, 'web.pages')).toThrow(/at least 1/);
    expect(() => breakdown({ total: 3, distinct: 0, top: [{ key: 'a', count: 1 }] }, 'web.pages')).toThrow(RangeError);
    const eleven = Array.from({ length: 11 }, (_, index) => ({ key: String(index), count: 1 }));
    expect(() => breakdown({ total: 11, distinct: 11, top: eleven }, 'web.pages')).toThrow(RangeError);
  });
});
