import { describe, expect, it } from 'vitest';
import { scoreThemes } from './scoreThemes.js';

describe('scoreThemes', () => {
  it('computes per-theme, micro and macro precision and recall of multi-label judgements (worked by hand)', () => {
    // price: TP 2 (texts 1, 2), FP 1 (text 3), FN 1 (text 4) → P 2/3, R 2/3.
    // delivery: TP 1 (text 2), FP 0, FN 1 (text 3) → P 1, R 1/2.
    // micro: TP 3, FP 1, FN 2 → P 3/4, R 3/5; macro: P (2/3 + 1) / 2 = 5/6, R (2/3 + 1/2) / 2 = 7/12.
    const scores = scoreThemes(
      ['price', 'delivery'],
      [
        { expected: ['price'], found: ['price'] },
        { expected: ['price', 'delivery'], found: ['delivery', 'price'] },
        { expected: ['delivery'], found: ['price'] },
        { expected: ['price'], found: [] },
        { expected: [], found: [] },
      ],
    );
    expect(scores.texts).toBe(5);
    expect(scores.themes[0]).toMatchObject({ theme: 'price', support: 3, truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(scores.themes[0]?.precision).toBeCloseTo(2 / 3, 12);
    expect(scores.themes[0]?.recall).toBeCloseTo(2 / 3, 12);
    expect(scores.themes[1]).toMatchObject({ theme: 'delivery', support: 2, precision: 1, recall: 0.5 });
    expect(scores.micro.precision).toBeCloseTo(3 / 4, 12);
    expect(scores.micro.recall).toBeCloseTo(3 / 5, 12);
    expect(scores.macro.precision).toBeCloseTo(5 / 6, 12);
    expect(scores.macro.recall).toBeCloseTo(7 / 12, 12);
  });

  it('answers 0 for a figure without denominator, ignores unknown themes and counts a repeated theme once', () => {
    const scores = scoreThemes(['price'], [{ expected: ['other', 'price', 'price'], found: ['other'] }]);
    expect(scores.themes[0]).toMatchObject({ support: 1, truePositives: 0, falsePositives: 0, falseNegatives: 1, precision: 0, recall: 0 });
    expect(scoreThemes([], []).macro).toEqual({ precision: 0, recall: 0 });
  });
});
