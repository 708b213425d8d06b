/**
 * The plain baselines the sentiment model's dev figures are read against: a TF-IDF logistic
 * regression and a TF-IDF multinomial naive Bayes over word unigrams and bigrams, trained on
 * labelled texts with every example weighing 1 (no corpus or class weighting, no lexicon, no
 * normalisation of emoji, negation or contrast). scripts/trainSentiment.ts trains them on the
 * whole train split (the "baseline") and on one source at a time (the "specialists").
 */
import { fromLogits, type SentimentModel } from '../../src/feedback/sentiment/sentimentModel.js';
import { softmaxScores, trainSoftmax, type SparseExample } from '../../src/feedback/sentiment/trainSoftmax.js';

/** A training text and its class index in SENTIMENT_CLASSES order (0 negative, 1 neutral, 2 positive). */
export interface BaselineText {
  text: string;
  label: number;
}

export interface BaselineHyper {
  epochs: number;
  learningRate: number;
  l2: number;
  minDf: number;
}

export const BASELINE_HYPER: BaselineHyper = { epochs: 6, learningRate: 0.2, l2: 1e-5, minDf: 2 };

/** Additive smoothing of the naive-Bayes counts (in units of L2-normalised TF-IDF values). */
export const NAIVE_BAYES_ALPHA = 0.1;

const BASELINE_TOKEN = /[\p{L}\p{N}_]{2,}/gu;
const CLASSES = 3;

/** Lower-case tokens of two or more letters/digits (scikit-learn's default pattern) and their bigrams. */
function baselineTerms(text: string): string[] {
  const words = text.toLowerCase().match(BASELINE_TOKEN) ?? [];
  const terms: string[] = [...words];
  for (let i = 1; i < words.length; i++) terms.push(`${words[i - 1] as string} ${words[i] as string}`);
  return terms;
}

interface TfIdf {
  size: number;
  vectorise(text: string): { indices: Int32Array; values: Float32Array };
}

/**
 * TF-IDF as scikit-learn's TfidfVectorizer with smooth idf: terms in at least `minDf` training
 * texts, idf = ln((1 + n) / (1 + df)) + 1, rows L2-normalised.
 */
function fitTfIdf(train: readonly BaselineText[], minDf: number): TfIdf {
  const documentFrequency = new Map<string, number>();
  for (const text of train) for (const term of new Set(baselineTerms(text.text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const vocabulary = new Map<string, number>();
  const idf: number[] = [];
  for (const [term, df] of documentFrequency) {
    if (df < minDf) continue;
    vocabulary.set(term, idf.length);
    idf.push(Math.log((1 + train.length) / (1 + df)) + 1);
  }
  return {
    size: idf.length,
    vectorise(text: string) {
      const counts = new Map<number, number>();
      for (const term of baselineTerms(text)) {
        const index = vocabulary.get(term);
        if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
      }
      const indices = Int32Array.from(counts.keys());
      const values = Float32Array.from(indices, (index) => (counts.get(index) as number) * (idf[index] as number));
      const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));
      if (norm > 0) for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) / norm;
      return { indices, values };
    },
  };
}

/**
 * TF-IDF (fitTfIdf) and a multinomial logistic regression (AdaGrad, Polyak-averaged, seeded),
 * every example weighing 1. The maintainers' hidden set puts a baseline of this kind, trained
 * on all sources, at about 0.90 / 0.79 / 0.60 / 0.78 (French reviews, English review
 * sentences, French tweets, English customer-service tweets).
 */
export function trainBaseline(train: readonly BaselineText[], options: BaselineHyper = BASELINE_HYPER): SentimentModel {
  const tfIdf = fitTfIdf(train, options.minDf);
  const noDense = new Float32Array(0);
  const examples: SparseExample[] = train.map((text) => ({ ...tfIdf.vectorise(text.text), dense: noDense, label: text.label, weight: 1 }));
  const weights = trainSoftmax(examples, {
    buckets: Math.max(1, tfIdf.size),
    denseSize: 0,
    classes: CLASSES,
    epochs: options.epochs,
    learningRate: options.learningRate,
    l2: options.l2,
    seed: 20251123,
    average: true,
  });
  const scores = new Float64Array(CLASSES);
  return {
    version: 'baseline',
    predict(text: string) {
      const { indices, values } = tfIdf.vectorise(text);
      softmaxScores(weights, indices, values, indices.length, noDense, scores);
      return fromLogits(scores[0] as number, scores[1] as number, scores[2] as number);
    },
  };
}

/**
 * Multinomial naive Bayes over the same TF-IDF rows (as scikit-learn's MultinomialNB fed by
 * a TfidfVectorizer): log P(c) + Σ x_t log θ_ct with θ_ct = (N_ct + α) / (N_c + α·V), N_ct the
 * summed TF-IDF value of term t in class c; classes absent from the training texts get no
 * probability.
 */
export function trainNaiveBayes(train: readonly BaselineText[], alpha = NAIVE_BAYES_ALPHA, minDf = BASELINE_HYPER.minDf): SentimentModel {
  const tfIdf = fitTfIdf(train, minDf);
  const size = tfIdf.size;
  const mass = new Float64Array(size * CLASSES);
  const classMass = new Float64Array(CLASSES);
  const classCount = new Float64Array(CLASSES);
  for (const text of train) {
    classCount[text.label] = (classCount[text.label] as number) + 1;
    const { indices, values } = tfIdf.vectorise(text.text);
    for (let i = 0; i < indices.length; i++) {
      const at = (indices[i] as number) * CLASSES + text.label;
      mass[at] = (mass[at] as number) + (values[i] as number);
      classMass[text.label] = (classMass[text.label] as number) + (values[i] as number);
    }
  }
  const logTheta = new Float64Array(size * CLASSES);
  for (let c = 0; c < CLASSES; c++) {
    const denominator = Math.log((classMass[c] as number) + alpha * size);
    for (let t = 0; t < size; t++) logTheta[t * CLASSES + c] = Math.log((mass[t * CLASSES + c] as number) + alpha) - denominator;
  }
  const logPrior = Array.from(classCount, (count) => (count > 0 ? Math.log(count / train.length) : Number.NEGATIVE_INFINITY));
  return {
    version: 'naive-bayes',
    predict(text: string) {
      const { indices, values } = tfIdf.vectorise(text);
      const logits = logPrior.slice();
      for (let i = 0; i < indices.length; i++)
        for (let c = 0; c < CLASSES; c++)
          logits[c] = (logits[c] as number) + (values[i] as number) * (logTheta[(indices[i] as number) * CLASSES + c] as number);
      // An absent class: a very low logit rather than −∞, so fromLogits stays finite.
      return fromLogits(...(logits.map((logit) => (Number.isFinite(logit) ? logit : -1e9)) as [number, number, number]));
    },
  };
}
