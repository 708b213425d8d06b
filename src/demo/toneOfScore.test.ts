import { describe, expect, it } from 'vitest';
import { toneOfScore } from './toneOfScore.js';

describe('toneOfScore', () => {
  it('follows the NPS categories: promoters positive, passives mixed, detractors negative', () => {
    expect([0, 6, 7, 8, 9, 10].map((score) => toneOfScore('nps', score))).toEqual(['negative', 'negative', 'mixed', 'mixed', 'positive', 'positive']);
  });

  it('calls CSAT 4–5 positive, 3 mixed and 1–2 negative', () => {
    expect([1, 2, 3, 4, 5].map((score) => toneOfScore('csat', score))).toEqual(['negative', 'negative', 'mixed', 'positive', 'positive']);
  });

  it('calls CES 5–7 (easy) positive, 4 mixed and 1–3 negative', () => {
    expect([1, 3, 4, 5, 7].map((score) => toneOfScore('ces', score))).toEqual(['negative', 'negative', 'mixed', 'positive', 'positive']);
  });
});
