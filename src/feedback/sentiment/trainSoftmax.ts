/**
 * Multinomial logistic regression (softmax) over sparse hashed features plus a few dense ones,
 * trained by AdaGrad SGD with L2, in plain TypeScript. Deterministic for a given seed.
 */

/** One training example. `classMask` limits the softmax to some classes (bit k = class k). */
export interface SparseExample {
  indices: Int32Array;
  values: Float32Array;
  dense: Float32Array;
  label: number;
  weight: number;
  classMask?: number;
}

export interface SoftmaxOptions {
  buckets: number;
  denseSize: number;
  classes: number;
  epochs: number;
  learningRate: number;
  /** L2 penalty, applied to the weights an example touches (lazily, as hashed learners do). */
  l2: number;
  seed: number;
  /** Return the average of the weights over all steps (Polyak averaging) instead of the last ones. */
  average?: boolean;
}

export interface SoftmaxWeights {
  classes: number;
  /** buckets × classes, bucket-major. */
  sparse: Float32Array;
  /** denseSize × classes. */
  dense: Float32Array;
  bias: Float32Array;
}

/** A small seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = items[i] as T;
    items[i] = items[j] as T;
    items[j] = swap;
  }
}

/** Class scores (logits) of one vector. */
export function softmaxScores(weights: SoftmaxWeights, indices: Int32Array, values: Float32Array, count: number, dense: Float32Array, out: Float64Array): void {
  const k = weights.classes;
  for (let c = 0; c < k; c++) out[c] = weights.bias[c] as number;
  const sparse = weights.sparse;
  for (let i = 0; i < count; i++) {
    const base = (indices[i] as number) * k;
    const value = values[i] as number;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + value * (sparse[base + c] as number);
  }
  for (let j = 0; j < dense.length; j++) {
    const value = dense[j] as number;
    if (value === 0) continue;
    for (let c = 0; c < k; c++) out[c] = (out[c] as number) + value * (weights.dense[j * k + c] as number);
  }
}

/** In-place softmax over the classes allowed by `mask` (others get probability 0). */
export function softmaxInPlace(scores: Float64Array, classes: number, mask = -1): void {
  let max = -Infinity;
  for (let c = 0; c < classes; c++) if ((mask >> c) & 1 && (scores[c] as number) > max) max = scores[c] as number;
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    const e = (mask >> c) & 1 ? Math.exp((scores[c] as number) - max) : 0;
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < classes; c++) scores[c] = (scores[c] as number) / sum;
}

export function trainSoftmax(examples: readonly SparseExample[], options: SoftmaxOptions): SoftmaxWeights {
  const k = options.classes;
  const weights: SoftmaxWeights = {
    classes: k,
    sparse: new Float32Array(options.buckets * k),
    dense: new Float32Array(options.denseSize * k),
    bias: new Float32Array(k),
  };
  const sparseG = new Float32Array(options.buckets * k);
  const denseG = new Float64Array(options.denseSize * k);
  const biasG = new Float64Array(k);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(k);
  const gradient = new Float64Array(k);
  const eps = 1e-8;
  const lr = options.learningRate;
  const l2 = options.l2;
  // Averaging by the usual trick: avg = w − u / steps, with u += step × Δw at each update.
  const average = options.average === true;
  const sparseU = average ? new Float32Array(options.buckets * k) : null;
  const denseU = new Float64Array(options.denseSize * k);
  const biasU = new Float64Array(k);
  let step = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const position of order) {
      const example = examples[position] as SparseExample;
      const mask = example.classMask ?? -1;
      step++;
      softmaxScores(weights, example.indices, example.values, example.indices.length, example.dense, scores);
      softmaxInPlace(scores, k, mask);
      for (let c = 0; c < k; c++) gradient[c] = ((scores[c] as number) - (c === example.label ? 1 : 0)) * example.weight;
      for (let i = 0; i < example.indices.length; i++) {
        const base = (example.indices[i] as number) * k;
        const value = example.values[i] as number;
        for (let c = 0; c < k; c++) {
          if (!((mask >> c) & 1)) continue;
          const at = base + c;
          const w = weights.sparse[at] as number;
          const g = (gradient[c] as number) * value + l2 * w;
          const acc = (sparseG[at] as number) + g * g;
          sparseG[at] = acc;
          const delta = (lr * g) / (Math.sqrt(acc) + eps);
          weights.sparse[at] = w - delta;
          if (sparseU !== null) sparseU[at] = (sparseU[at] as number) - step * delta;
        }
      }
      for (let j = 0; j < example.dense.length; j++) {
        const value = example.dense[j] as number;
        if (value === 0) continue;
        for (let c = 0; c < k; c++) {
          if (!((mask >> c) & 1)) continue;
          const at = j * k + c;
          const g = (gradient[c] as number) * value;
          denseG[at] = (denseG[at] as number) + g * g;
          const delta = (lr * g) / (Math.sqrt(denseG[at] as number) + eps);
          weights.dense[at] = (weights.dense[at] as number) - delta;
          denseU[at] = (denseU[at] as number) - step * delta;
        }
      }
      for (let c = 0; c < k; c++) {
        if (!((mask >> c) & 1)) continue;
        const g = gradient[c] as number;
        biasG[c] = (biasG[c] as number) + g * g;
        const delta = (lr * g) / (Math.sqrt(biasG[c] as number) + eps);
        weights.bias[c] = (weights.bias[c] as number) - delta;
        biasU[c] = (biasU[c] as number) - step * delta;
      }
    }
  }
  if (average && sparseU !== null) {
    for (let i = 0; i < weights.sparse.length; i++) weights.sparse[i] = (weights.sparse[i] as number) - (sparseU[i] as number) / step;
    for (let i = 0; i < weights.dense.length; i++) weights.dense[i] = (weights.dense[i] as number) - (denseU[i] as number) / step;
    for (let c = 0; c < k; c++) weights.bias[c] = (weights.bias[c] as number) - (biasU[c] as number) / step;
  }
  return weights;
}
