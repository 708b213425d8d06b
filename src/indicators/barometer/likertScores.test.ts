import { describe, expect, it } from 'vitest';
import { respondentDimensionScores, scoredAnswer, scoreOutOfHundred } from './likertScores.js';

describe('likert scores', () => {
  it('reverses an item worded against its dimension: 6 − answer', () => {
    expect([1, 2, 3, 4, 5].map((answer) => scoredAnswer(answer, true))).toEqual([5, 4, 3, 2, 1]);
    expect(scoredAnswer(2)).toBe(2);
    expect(() => scoredAnswer(6)).toThrow(/integer from 1 to 5, got 6/);
  });

  it("averages a respondent's answered items per dimension, after reversal", () => {
    // recognition: 4, 6 − 2 = 4 → 4; engagement: 5, 3 → 4; r3 unanswered is not a 0.
    const scores = respondentDimensionScores([
      { dimension: 'recognition', answer: 4 },
      { dimension: 'recognition', answer: 2, reverse: true },
      { dimension: 'engagement', answer: 5 },
      { dimension: 'engagement', answer: 3 },
    ]);
    expect(Object.fromEntries(scores)).toEqual({ recognition: 4, engagement: 4 });
  });

  it('maps the 1–5 scale onto 0–100 linearly: 25 × (mean − 1)', () => {
    expect([1, 3, 4.2, 5].map(scoreOutOfHundred)).toEqual([0, 50, 80, 100]);
  });
});
