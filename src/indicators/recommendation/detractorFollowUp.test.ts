import { describe, expect, it } from 'vitest';
import { detractorFollowUp } from './detractorFollowUp.js';

describe('detractorFollowUp', () => {
  it('gives the percentage of cases contacted within 48 hours, with the Wilson interval of 45 / 50', () => {
    // 45 of 50 → 90%; Wilson 45/50 = [78.6, 95.7] (docs/indicators.md, worked check values).
    const result = detractorFollowUp({ cases: 50, contacted: 45 });
    expect(result).toMatchObject({ value: 90, n: 50, contacted: 45 });
    expect(result.ci95?.[0]).toBeCloseTo(78.64, 2);
    expect(result.ci95?.[1]).toBeCloseTo(95.65, 2);
  });

  it('gives 2 of 3 as 66.7% with its interval computed by hand', () => {
    // p̂ = 2/3, z = 1.959964: centre = (0.6667 + 0.6402) / 2.2805 = 0.5731,
    // half-width = 1.959964 / 2.2805 × √(0.07407 + 0.10671) = 0.3655 → [20.8, 93.9].
    const result = detractorFollowUp({ cases: 3, contacted: 2 });
    expect(result.value).toBeCloseTo(66.667, 3);
    expect(result.ci95?.[0]).toBeCloseTo(20.77, 1);
    expect(result.ci95?.[1]).toBeCloseTo(93.85, 1);
  });

  it('returns value and ci95 null without cases', () => {
    expect(detractorFollowUp({ cases: 0, contacted: 0 })).toEqual({ value: null, n: 0, contacted: 0, ci95: null });
  });

  it('throws a RangeError when more cases are contacted than counted, or a count is not whole', () => {
    expect(() => detractorFollowUp({ cases: 2, contacted: 3 })).toThrow(
      new RangeError('detractorFollowUp.contacted (3) must not exceed detractorFollowUp.cases (2).'),
    );
    expect(() => detractorFollowUp({ cases: 1.5, contacted: 0 })).toThrow(/detractorFollowUp.cases .* got 1.5/);
  });
});
