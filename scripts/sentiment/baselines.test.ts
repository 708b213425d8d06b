import { describe, expect, it } from 'vitest';
import { trainBaseline, trainNaiveBayes } from './baselines.js';

const NEGATIVE = 0;
const POSITIVE = 2;

describe('trainNaiveBayes', () => {
  it('matches a hand computation: θ = (N_ct + α) / (N_c + α·V) over L2-normalised TF-IDF rows', () => {
    // Vocabulary {good, bad} (min df 1); each row normalises to one term of value 1.
    // Positive: θ(good) = (1 + 0.1) / (1 + 0.2) = 11/12, θ(bad) = 1/12; priors 1/2 each, no neutral text.
    const model = trainNaiveBayes(
      [
        { text: 'good', label: POSITIVE },
        { text: 'bad', label: NEGATIVE },
      ],
      0.1,
      1,
    );
    const prediction = model.predict('good');
    expect(prediction.label).toBe('positive');
    expect(prediction.probabilities.positive).toBeCloseTo(11 / 12, 9);
    expect(prediction.probabilities.neutral).toBeCloseTo(0, 9);
    expect(prediction.score).toBeCloseTo(10 / 12, 9);
    // An unknown word leaves the priors: even odds.
    expect(model.predict('meh').probabilities.positive).toBeCloseTo(0.5, 9);
  });
});

describe('trainBaseline', () => {
  it('separates a separable set (terms in two texts at least)', () => {
    const texts = [
      { text: 'great service', label: POSITIVE },
      { text: 'great staff', label: POSITIVE },
      { text: 'awful service', label: NEGATIVE },
      { text: 'awful staff', label: NEGATIVE },
    ];
    const model = trainBaseline(texts);
    expect(model.predict('great').label).toBe('positive');
    expect(model.predict('awful').label).toBe('negative');
  });
});
