/**
 * The French/English sentiment model: a softmax (negative / neutral / positive) over hashed
 * word and character n-grams and a few lexicon features, trained by scripts/trainSentiment.ts
 * and shipped in models/sentiment/ (see docs/sentiment.md).
 *
 * Only the first MAX_ANALYSED_CHARACTERS (10,000) characters of a text are analysed.
 * `predict` never throws: a text with nothing to read (no word with a letter and no emoji or
 * emoticon: empty, spaces, control characters, digits, punctuation, URLs) is neutral.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DENSE_SIZE, FeatureExtractor, hasSentimentContent, parseLexicon, type FeatureConfig, type Lexicon } from './sentimentFeatures.js';
import { tokeniseForSentiment } from './normaliseForSentiment.js';
import { findInPackage } from '../../output/findInPackage.js';
import { SetupError } from '../../errors/errors.js';

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface SentimentPrediction {
  label: SentimentLabel;
  /** P(positive) − P(negative), in [−1, 1]. */
  score: number;
  probabilities: { positive: number; neutral: number; negative: number };
}

export interface SentimentModel {
  /** A hash of the model files: changes whenever the model is retrained. */
  readonly version: string;
  predict(text: string): SentimentPrediction;
}

/** The class order of the weights. */
export const SENTIMENT_CLASSES: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** model.json: everything but the hashed weights. */
export interface SentimentModelFile {
  format: 1;
  classes: SentimentLabel[];
  features: FeatureConfig;
  /** The hashed weights are int8, bucket-major (buckets × 3); weight = q × scale[class]. */
  scale: number[];
  /** DENSE_SIZE × 3 weights of the dense features. */
  dense: number[];
  bias: number[];
  /** File names of the lexicons beside model.json (merged in order; empty for none). */
  lexicons: string[];
  /** The gzip-compressed int8 weights file beside model.json. */
  weights: string;
}

export const MODEL_FILE = 'model.json';

function neutral(): SentimentPrediction {
  return { label: 'neutral', score: 0, probabilities: { positive: 0, neutral: 1, negative: 0 } };
}

class HashedSoftmaxModel implements SentimentModel {
  readonly version: string;
  private readonly extractor: FeatureExtractor;
  private readonly weights: Int8Array;
  private readonly scale: Float64Array;
  private readonly dense: Float64Array;
  private readonly bias: Float64Array;
  private readonly sums = new Float64Array(3);

  constructor(file: SentimentModelFile, weights: Int8Array, lexicon: Lexicon | null, version: string) {
    const buckets = 2 ** file.features.bits;
    if (weights.length !== buckets * 3) throw new Error(`sentiment weights: expected ${buckets * 3} values, found ${weights.length}`);
    if (file.dense.length !== DENSE_SIZE * 3 || file.bias.length !== 3 || file.scale.length !== 3)
      throw new Error('sentiment model.json: wrong dense, bias or scale size');
    this.extractor = new FeatureExtractor(file.features, lexicon);
    this.weights = weights;
    this.scale = Float64Array.from(file.scale);
    this.dense = Float64Array.from(file.dense);
    this.bias = Float64Array.from(file.bias);
    this.version = version;
  }

  predict(text: string): SentimentPrediction {
    try {
      return this.predictUnsafe(text);
    } catch {
      return neutral();
    }
  }

  private predictUnsafe(text: string): SentimentPrediction {
    const tokens = tokeniseForSentiment(text);
    // Nothing to read (no token; or only digits, punctuation, URLs, handles): neutral.
    if (!hasSentimentContent(tokens)) return neutral();
    const vector = this.extractor.extractTokens(tokens);
    const sums = this.sums;
    sums[0] = 0;
    sums[1] = 0;
    sums[2] = 0;
    const weights = this.weights;
    const { indices, values, count, dense } = vector;
    for (let i = 0; i < count; i++) {
      const base = (indices[i] as number) * 3;
      const value = values[i] as number;
      sums[0] += value * (weights[base] as number);
      sums[1] += value * (weights[base + 1] as number);
      sums[2] += value * (weights[base + 2] as number);
    }
    const logits = [0, 0, 0];
    for (let c = 0; c < 3; c++) {
      let logit = (this.bias[c] as number) + (sums[c] as number) * (this.scale[c] as number);
      for (let j = 0; j < DENSE_SIZE; j++) logit += (dense[j] as number) * (this.dense[j * 3 + c] as number);
      logits[c] = logit;
    }
    return fromLogits(logits[0] as number, logits[1] as number, logits[2] as number);
  }
}

/** Probabilities, label and score from the three logits (negative, neutral, positive). */
export function fromLogits(negativeLogit: number, neutralLogit: number, positiveLogit: number): SentimentPrediction {
  if (!Number.isFinite(negativeLogit) || !Number.isFinite(neutralLogit) || !Number.isFinite(positiveLogit)) return neutral();
  const max = Math.max(negativeLogit, neutralLogit, positiveLogit);
  const n = Math.exp(negativeLogit - max);
  const u = Math.exp(neutralLogit - max);
  const p = Math.exp(positiveLogit - max);
  const sum = n + u + p;
  const negative = n / sum;
  const positive = p / sum;
  const neutralProbability = Math.max(0, 1 - negative - positive);
  const label: SentimentLabel = positive >= negative && positive >= neutralProbability ? 'positive' : negative >= neutralProbability ? 'negative' : 'neutral';
  const score = Math.min(1, Math.max(-1, positive - negative));
  return { label, score, probabilities: { positive, neutral: neutralProbability, negative } };
}

/** Builds a model from its parts (the trainer uses it to measure exactly what it ships). */
export function createSentimentModel(file: SentimentModelFile, weights: Int8Array, lexicon: Lexicon | null, version: string): SentimentModel {
  return new HashedSoftmaxModel(file, weights, lexicon, version);
}

/** The version of a set of model files: the start of a SHA-256 over their bytes. */
export function modelVersion(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return `sentiment-${hash.digest('hex').slice(0, 16)}`;
}

/**
 * The two variants of the model and their folders: `commercial`, shipped, trained only on
 * commercially usable data; `non-commercial`, not shipped, built on demand by
 * `npm run train:sentiment -- --non-commercial` (it also learns from CC BY-NC-SA tweets).
 */
export const SENTIMENT_VARIANTS = { commercial: 'models/sentiment/', 'non-commercial': 'models/sentiment-nc/' } as const;
export type SentimentVariant = keyof typeof SENTIMENT_VARIANTS;

/** The environment variable that selects the variant (unset or empty: commercial). */
export const SENTIMENT_MODEL_VARIABLE = 'BAROMETRE_SENTIMENT_MODEL';

/**
 * The variant named by the value of BAROMETRE_SENTIMENT_MODEL: unset or empty is
 * `commercial`; any other value than the two names is refused with one sentence.
 */
export function sentimentVariant(setting: string | undefined): SentimentVariant {
  if (setting === undefined || setting.trim() === '') return 'commercial';
  const value = setting.trim();
  if (value === 'commercial' || value === 'non-commercial') return value;
  throw new SetupError({
    en: `${SENTIMENT_MODEL_VARIABLE} must be commercial or non-commercial, not ${JSON.stringify(setting)}.`,
    fr: `${SENTIMENT_MODEL_VARIABLE} doit valoir commercial ou non-commercial, pas ${JSON.stringify(setting)}.`,
  });
}

/**
 * <repo>/models/sentiment (or models/sentiment-nc for the non-commercial variant), found from
 * this module's place in src/ or dist/; the variant is BAROMETRE_SENTIMENT_MODEL's unless given.
 * The non-commercial folder, absent until built, is refused with the command that builds it.
 */
export function defaultModelDirectory(variant: SentimentVariant = sentimentVariant(process.env[SENTIMENT_MODEL_VARIABLE])): string {
  const folder = SENTIMENT_VARIANTS[variant];
  const found = findInPackage(folder, import.meta.url);
  if (found !== null) return found;
  if (variant === 'non-commercial')
    throw new SetupError({
      en: `The non-commercial sentiment model is not built (${folder} is missing): run \`npm run train:sentiment -- --non-commercial\`, or unset ${SENTIMENT_MODEL_VARIABLE}.`,
      fr: `Le modèle de sentiment non commercial n'est pas construit (${folder} manque) : lancez \`npm run train:sentiment -- --non-commercial\`, ou retirez ${SENTIMENT_MODEL_VARIABLE}.`,
    });
  return fileURLToPath(new URL(`../../../${folder}`, import.meta.url));
}

/** Reads the model files of a directory (no cache). */
export function readSentimentModel(directory: string): SentimentModel {
  const fileText = readFileSync(join(directory, MODEL_FILE));
  const file = JSON.parse(fileText.toString('utf8')) as SentimentModelFile;
  if (file.format !== 1) throw new Error(`sentiment model.json: unknown format ${String(file.format)}`);
  const compressed = readFileSync(join(directory, file.weights));
  const raw = gunzipSync(compressed);
  const weights = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  const parts: (string | Uint8Array)[] = [fileText, compressed];
  let lexicon: Map<string, number> | null = null;
  for (const name of file.lexicons) {
    const lexiconText = readFileSync(join(directory, name));
    parts.push(lexiconText);
    lexicon = parseLexicon(lexiconText.toString('utf8'), lexicon ?? new Map());
  }
  return createSentimentModel(file, weights, lexicon, modelVersion(parts));
}

const cache = new Map<string, SentimentModel>();

/**
 * Loads a model's files (synchronously, cached): from `directory`, else from the folder of the
 * variant BAROMETRE_SENTIMENT_MODEL selects (defaultModelDirectory; the shipped commercial
 * model, <repo>/models/sentiment/, by default).
 */
export function loadSentimentModel(directory?: string): SentimentModel {
  const where = directory ?? defaultModelDirectory();
  const cached = cache.get(where);
  if (cached !== undefined) return cached;
  const model = readSentimentModel(where);
  cache.set(where, model);
  return model;
}
