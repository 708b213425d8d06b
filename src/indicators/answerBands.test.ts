import { describe, expect, it } from 'vitest';
import { ANSWER_INDICATORS, bandOf, bandRange, INDICATOR_BANDS } from './answerBands.js';

describe('answer bands', () => {
  it('puts NPS and eNPS answers 0–6 in detractors, 7–8 in passives, 9–10 in promoters (Reichheld 2003)', () => {
    for (const indicator of ['nps', 'enps'] as const) {
      expect(Array.from({ length: 11 }, (_, score) => bandOf(indicator, score))).toEqual([
        ...Array<string>(7).fill('detractor'),
        'passive',
        'passive',
        'promoter',
        'promoter',
      ]);
    }
  });

  it('splits CSAT at the top-2-box (4–5 high) and CES at the easy answers (5–7 high)', () => {
    expect([1, 2, 3, 4, 5].map((score) => bandOf('csat', score))).toEqual(['low', 'low', 'low', 'high', 'high']);
    expect([1, 2, 3, 4, 5, 6, 7].map((score) => bandOf('ces', score))).toEqual(['low', 'low', 'low', 'low', 'high', 'high', 'high']);
  });

  it('covers each scale without a gap or an overlap, and knows no band of another scale', () => {
    for (const indicator of ANSWER_INDICATORS) {
      const ranges = INDICATOR_BANDS[indicator];
      for (const [index, range] of ranges.entries()) if (index > 0) expect(range.min).toBe(ranges[index - 1]!.max + 1);
    }
    expect(bandRange('nps', 'low')).toBeNull();
    expect(bandRange('csat', 'promoter')).toBeNull();
    expect(bandOf('csat', 0)).toBeNull();
    expect(bandRange('ces', 'high')).toEqual({ band: 'high', min: 5, max: 7 });
  });
});
