import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DENSE_SIZE, FeatureExtractor, type FeatureConfig } from './sentimentFeatures.js';
import { seededRandom, softmaxInPlace, softmaxScores, trainSoftmax, type SparseExample } from './trainSoftmax.js';

const CONFIG: FeatureConfig = {
  bits: 16,
  wordNgrams: 2,
  charMin: 3,
  charMax: 4,
  negationScope: 3,
  contrastWeight: 0.5,
  negateCharNgrams: false,
  lexicon: false,
  charWeight: 0.7,
};
const LABELS: Record<string, number> = { negative: 0, neutral: 1, positive: 2 };

function toyExamples(): { examples: SparseExample[]; extractor: FeatureExtractor } {
  const rows = parse(readFileSync(new URL('./fixtures/toySentiment.csv', import.meta.url)), { columns: true }) as { text: string; label: string }[];
  const extractor = new FeatureExtractor(CONFIG, null);
  const examples = rows.map((row) => {
    const vector = extractor.extract(row.text);
    return {
      indices: vector.indices.slice(0, vector.count),
      values: vector.values.slice(0, vector.count),
      dense: vector.dense.slice(),
      label: LABELS[row.label] as number,
      weight: 1,
    };
  });
  return { examples, extractor };
}

function predict(weights: ReturnType<typeof trainSoftmax>, example: SparseExample): number {
  const scores = new Float64Array(3);
  softmaxScores(weights, example.indices, example.values, example.indices.length, example.dense, scores);
  softmaxInPlace(scores, 3);
  return scores.indexOf(Math.max(...scores));
}

const OPTIONS = { buckets: 2 ** CONFIG.bits, denseSize: DENSE_SIZE, classes: 3, epochs: 20, learningRate: 0.2, l2: 1e-6, seed: 7 };

describe('trainSoftmax', () => {
  it('learns the separable toy set of the fixture (every line right)', () => {
    const { examples } = toyExamples();
    expect(examples).toHaveLength(36);
    const weights = trainSoftmax(examples, OPTIONS);
    for (const example of examples) expect(predict(weights, example)).toBe(example.label);
  });

  it('generalises on the toy set to unseen mixes of its words', () => {
    const { examples, extractor } = toyExamples();
    const weights = trainSoftmax(examples, OPTIONS);
    const check = (text: string, label: number): void => {
      const vector = extractor.extract(text);
      expect(
        predict(weights, {
          indices: vector.indices.slice(0, vector.count),
          values: vector.values.slice(0, vector.count),
          dense: vector.dense.slice(),
          label,
          weight: 1,
        }),
      ).toBe(label);
    };
    check('génial et parfait', 2);
    check('awful, terrible', 0);
    check('the parcel arrived', 1);
  });

  it('is deterministic for a seed', () => {
    const { examples } = toyExamples();
    const first = trainSoftmax(examples, OPTIONS).sparse;
    const second = trainSoftmax(examples, OPTIONS).sparse;
    expect(Buffer.from(first.buffer).equals(Buffer.from(second.buffer))).toBe(true);
  });

  it('trains only the allowed classes of a masked example', () => {
    const example: SparseExample = {
      indices: Int32Array.of(3),
      values: Float32Array.of(1),
      dense: new Float32Array(DENSE_SIZE),
      label: 2,
      weight: 1,
      classMask: 0b101,
    };
    const weights = trainSoftmax([example], { ...OPTIONS, buckets: 8, epochs: 3 });
    expect(weights.sparse[3 * 3 + 1]).toBe(0);
    expect(weights.bias[1]).toBe(0);
    expect(weights.sparse[3 * 3 + 2]).toBeGreaterThan(0);
  });
});

describe('softmaxInPlace and seededRandom', () => {
  it('gives probabilities summing to 1, zero outside the mask; (1, 1, 1) → thirds', () => {
    const scores = Float64Array.of(1, 1, 1);
    softmaxInPlace(scores, 3);
    for (const p of scores) expect(p).toBeCloseTo(1 / 3, 12);
    const masked = Float64Array.of(0, 5, Math.log(3));
    softmaxInPlace(masked, 3, 0b101);
    expect([...masked]).toEqual([0.25, 0, 0.75].map((x) => expect.closeTo(x, 12)));
  });

  it('repeats its sequence for a seed, within [0, 1)', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
