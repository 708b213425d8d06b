import { describe, expect, it } from 'vitest';
import { segmentCounts, segmentOfView } from './segmentCounts.js';

describe('customers by segment', () => {
  it('counts each segment in the documented order, empty ones included, with its share', () => {
    const counts = segmentCounts([{ segment: 'lost' }, { segment: 'at-risk' }, { segment: 'lost' }, { segment: 'champions' }]);
    expect(counts.map((one) => one.segment)).toEqual(['champions', 'loyal', 'promising', 'at-risk', 'hibernating', 'lost']);
    expect(counts.find((one) => one.segment === 'lost')).toEqual({ segment: 'lost', customers: 2, share: 50 });
    expect(counts.find((one) => one.segment === 'loyal')).toEqual({ segment: 'loyal', customers: 0, share: 0 });
    expect(segmentCounts([]).every((one) => one.share === null)).toBe(true);
  });

  it('reads the segment of the view, at risk unless it names another', () => {
    expect(segmentOfView('lost')).toBe('lost');
    expect(segmentOfView(undefined)).toBe('at-risk');
    expect(segmentOfView('vip')).toBe('at-risk');
  });
});
