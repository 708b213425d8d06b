/**
 * Features of the sentiment model, shared by the trainer and the inference so both see the
 * same vectors: hashed word unigrams and bigrams (negated words marked), hashed character
 * n-grams inside word boundaries, and a few dense lexicon features.
 *
 * Each hashed block (words, characters) is L2-normalised on its own, so a one-line tweet and a
 * long review weigh alike; words before a contrast (`mais`, `but`, …) in the same sentence
 * count `contrastWeight` times as much as the others.
 */
import { languageCue } from './languageCue.js';
import { CAPS_TOKEN, NEGATIVE_EMOJI_TOKEN, POSITIVE_EMOJI_TOKEN, tokeniseForSentiment } from './normaliseForSentiment.js';
import { textDomain } from './textDomain.js';

export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** 1: unigrams only; 2: unigrams and bigrams; 3: and trigrams. */
  wordNgrams: number;
  /** Character n-grams from charMin to charMax letters (0 for none), padded with < and >. */
  charMin: number;
  charMax: number;
  /** How many tokens after a negation cue are marked negated (punctuation ends it sooner). */
  negationScope: number;
  /** Weight of the tokens before a contrast word in its sentence (1: no effect). */
  contrastWeight: number;
  /** Whether the character n-grams of negated words are hashed apart. */
  negateCharNgrams: boolean;
  /** Whether the dense lexicon features are used (needs a lexicon). */
  lexicon: boolean;
  /** L2 norm of the character block (the word block has norm 1). */
  charWeight: number;
  /**
   * Feature augmentation by language: when function words make a text clearly French or
   * clearly English, its word n-grams are hashed a second time with a language seed (shared +
   * language-specific copies); a text of unknown language gets the shared copy only.
   * Absent (older model files): off.
   */
  languageCopies?: boolean;
  /**
   * Domain-conjoined features: one indicator of the text's guessed domain (genre × language,
   * see textDomain.ts) and a second copy of every word n-gram hashed with that domain, beside
   * the shared one, so the model can learn a per-domain prior and per-domain word weights
   * without being told the source. Absent (older model files): off.
   */
  domainCopies?: boolean;
  /** Value of the domain copies relative to the shared features (absent: 1). */
  domainWeight?: number;
  /** Whether the character n-grams get domain copies too (absent: off). */
  domainChars?: boolean;
  /** Whether the dense features get hashed domain copies (absent: off). */
  domainDense?: boolean;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  bits: 20,
  wordNgrams: 2,
  charMin: 2,
  charMax: 5,
  negationScope: 4,
  contrastWeight: 0.5,
  negateCharNgrams: false,
  lexicon: true,
  charWeight: 1,
};

/** Number of dense features (see denseFeatures). */
export const DENSE_SIZE = 5;

const NEGATION_CUES = new Set([
  // French
  'ne',
  "n'",
  'pas',
  'jamais',
  'rien',
  'aucun',
  'aucune',
  'ni',
  'sans',
  'guere',
  // English (n't is split into `not` by the tokeniser)
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'cannot',
  'hardly',
  'barely',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'cant',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'wont',
  'hasnt',
  'havent',
  'hadnt',
  'aint',
  'nope',
]);
const CONTRAST_WORDS = new Set(['mais', 'but', 'however', 'cependant', 'pourtant', 'toutefois', 'neanmoins', 'though', 'sauf', 'except', 'yet']);
const SCOPE_ENDS = new Set([',', '.', ';', ':', '!', '!!', '?', '?!', '...']);
const SENTENCE_ENDS = new Set(['.', '!', '!!', '?', '?!', ';', '...']);

/** FNV-1a over part of a string, seeded. */
export function hashRange(text: string, start: number, end: number, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = start; i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(a: number, b: number): number {
  let hash = Math.imul(a ^ (b >>> 15), 0x85ebca6b) ^ b;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

const SEED_UNIGRAM = 11;
const SEED_NEGATED = 23;
const SEED_BIGRAM = 37;
const SEED_CHAR = 101;
const SEED_CHAR_NEGATED = 211;
const SEED_TRIGRAM = 53;
const SEED_LANGUAGE_FR = 307;
const SEED_LANGUAGE_EN = 401;
const SEED_DOMAIN = 503;
const SEED_DENSE = 601;

/** Whether the tokens hold something to read: a word with a letter, or an emoji / emoticon. */
export function hasSentimentContent(tokens: readonly string[]): boolean {
  for (const token of tokens) {
    if (token === POSITIVE_EMOJI_TOKEN || token === NEGATIVE_EMOJI_TOKEN) return true;
    if (token.charCodeAt(0) === 95 /* _ */) continue;
    if (/\p{L}|\p{Extended_Pictographic}/u.test(token)) return true;
  }
  return false;
}

/**
 * A lexicon: token → valence (VADER scale, about −4 … +4). A key ending in `*` is a prefix
 * entry: it matches any token that starts with it (the longest prefix wins; exact keys first).
 */
export type Lexicon = ReadonlyMap<string, number>;

/** Shortest prefix entry considered. */
const MIN_PREFIX = 3;

class LexiconLookup {
  private readonly exact = new Map<string, number>();
  private readonly prefixes = new Map<string, number>();
  private longestPrefix = 0;

  constructor(lexicon: Lexicon) {
    for (const [key, valence] of lexicon) {
      if (key.endsWith('*')) {
        const prefix = key.slice(0, -1);
        if (prefix.length < MIN_PREFIX) continue;
        this.prefixes.set(prefix, valence);
        this.longestPrefix = Math.max(this.longestPrefix, prefix.length);
      } else {
        this.exact.set(key, valence);
      }
    }
  }

  get(token: string): number | undefined {
    const exact = this.exact.get(token);
    if (exact !== undefined || this.longestPrefix === 0) return exact;
    for (let length = Math.min(token.length, this.longestPrefix); length >= MIN_PREFIX; length--) {
      const valence = this.prefixes.get(length === token.length ? token : token.slice(0, length));
      if (valence !== undefined) return valence;
    }
    return undefined;
  }
}

/** A feature vector: `count` hashed (index, value) pairs and the dense features. */
export interface FeatureVector {
  count: number;
  indices: Int32Array;
  values: Float32Array;
  dense: Float32Array;
}

function isWordToken(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code === 95 /* _ */) return false;
  return /^[\p{L}\p{N}]/u.test(token);
}

/**
 * Turns texts into feature vectors. Not re-entrant: the returned vector's arrays are reused
 * by the next call (copy them to keep them).
 */
export class FeatureExtractor {
  readonly config: FeatureConfig;
  readonly buckets: number;
  private readonly mask: number;
  private readonly lexicon: LexiconLookup | null;
  private readonly accumulator: Float32Array;
  private readonly seen: Uint8Array;
  private touched: Int32Array;
  private touchedCount = 0;
  private out: FeatureVector;

  constructor(config: FeatureConfig, lexicon: Lexicon | null) {
    this.config = config;
    this.buckets = 2 ** config.bits;
    this.mask = this.buckets - 1;
    this.lexicon = config.lexicon && lexicon !== null ? new LexiconLookup(lexicon) : null;
    this.accumulator = new Float32Array(this.buckets);
    this.seen = new Uint8Array(this.buckets);
    this.touched = new Int32Array(4096);
    this.out = { count: 0, indices: new Int32Array(8192), values: new Float32Array(8192), dense: new Float32Array(DENSE_SIZE) };
  }

  private add(hash: number, value: number): void {
    const index = hash & this.mask;
    if (this.seen[index] === 0) {
      this.seen[index] = 1;
      if (this.touchedCount === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.touchedCount++] = index;
      this.accumulator[index] = value;
    } else {
      this.accumulator[index] = (this.accumulator[index] as number) + value;
    }
  }

  /** Moves the accumulated block to the output, L2-normalised to `blockNorm` (as they are when null), and clears the accumulator. */
  private flushBlock(blockNorm: number | null): void {
    let norm = 0;
    for (let i = 0; i < this.touchedCount; i++) {
      const value = this.accumulator[this.touched[i] as number] as number;
      norm += value * value;
    }
    const scale = blockNorm === null ? 1 : norm > 0 ? blockNorm / Math.sqrt(norm) : 0;
    const needed = this.out.count + this.touchedCount;
    if (needed > this.out.indices.length) {
      const size = Math.max(needed, this.out.indices.length * 2);
      const indices = new Int32Array(size);
      const values = new Float32Array(size);
      indices.set(this.out.indices.subarray(0, this.out.count));
      values.set(this.out.values.subarray(0, this.out.count));
      this.out = { count: this.out.count, indices, values, dense: this.out.dense };
    }
    for (let i = 0; i < this.touchedCount; i++) {
      const index = this.touched[i] as number;
      this.out.indices[this.out.count] = index;
      this.out.values[this.out.count] = (this.accumulator[index] as number) * scale;
      this.out.count++;
      this.seen[index] = 0;
      this.accumulator[index] = 0;
    }
    this.touchedCount = 0;
  }

  extract(text: string): FeatureVector {
    return this.extractTokens(tokeniseForSentiment(text));
  }

  extractTokens(tokens: readonly string[]): FeatureVector {
    const config = this.config;
    const n = tokens.length;
    this.out.count = 0;
    const dense = this.out.dense;
    dense.fill(0);
    if (n === 0) {
      dense[4] = 1;
      return this.out;
    }
    // Negation scope and contrast weights.
    const negated = new Uint8Array(n);
    const weight = new Float32Array(n).fill(1);
    let scopeLeft = 0;
    let sentenceStart = 0;
    for (let i = 0; i < n; i++) {
      const token = tokens[i] as string;
      if (SENTENCE_ENDS.has(token)) sentenceStart = i + 1;
      if (CONTRAST_WORDS.has(token)) {
        for (let j = sentenceStart; j < i; j++) weight[j] = config.contrastWeight;
        scopeLeft = 0;
        continue;
      }
      if (SCOPE_ENDS.has(token)) {
        scopeLeft = 0;
        continue;
      }
      if (NEGATION_CUES.has(token)) {
        scopeLeft = config.negationScope;
        continue;
      }
      if (scopeLeft > 0 && token !== CAPS_TOKEN) {
        negated[i] = 1;
        scopeLeft--;
      }
    }

    // Word block.
    const lengthBucket = Math.min(7, Math.floor(Math.log2(1 + n)));
    this.add(mix(hashRange('_len_', 0, 5, SEED_UNIGRAM), lengthBucket), 1);
    const languageSeed = config.languageCopies === true ? ([0, SEED_LANGUAGE_FR, SEED_LANGUAGE_EN][languageCue(tokens)] as number) : 0;
    // Domain copies: seed SEED_DOMAIN + 1 + domain, never 0 (0 means none).
    const domainSeed = config.domainCopies === true ? SEED_DOMAIN + 1 + textDomain(tokens) : 0;
    const domainWeight = config.domainWeight ?? 1;
    if (domainSeed !== 0) this.add(mix(hashRange('_domain_', 0, 8, SEED_UNIGRAM), domainSeed), 1);
    let beforePrevious = hashRange('<s0>', 0, 4, SEED_UNIGRAM);
    let previous = hashRange('<s>', 0, 3, SEED_UNIGRAM);
    for (let i = 0; i < n; i++) {
      const token = tokens[i] as string;
      const plain = hashRange(token, 0, token.length, SEED_UNIGRAM);
      const w = weight[i] as number;
      const unigram = negated[i] === 1 ? mix(plain, SEED_NEGATED) : plain;
      this.add(unigram, w);
      if (languageSeed !== 0) this.add(mix(unigram, languageSeed), w);
      if (domainSeed !== 0) this.add(mix(unigram, domainSeed), w * domainWeight);
      if (config.wordNgrams >= 2) {
        const bigram = mix(mix(previous, plain), SEED_BIGRAM);
        this.add(bigram, w);
        if (languageSeed !== 0) this.add(mix(bigram, languageSeed), w);
        if (domainSeed !== 0) this.add(mix(bigram, domainSeed), w * domainWeight);
      }
      if (config.wordNgrams >= 3 && i > 0) this.add(mix(mix(mix(beforePrevious, previous), plain), SEED_TRIGRAM), w);
      beforePrevious = previous;
      previous = plain;
    }
    this.flushBlock(1);

    // Character block.
    const charDomainSeed = config.domainChars === true ? domainSeed : 0;
    if (config.charMax >= config.charMin && config.charMin > 0) {
      for (let i = 0; i < n; i++) {
        const token = tokens[i] as string;
        if (!isWordToken(token)) continue;
        const padded = `<${token}>`;
        const w = weight[i] as number;
        const seedBase = config.negateCharNgrams && negated[i] === 1 ? SEED_CHAR_NEGATED : SEED_CHAR;
        const length = padded.length;
        for (let size = config.charMin; size <= config.charMax; size++) {
          if (size > length) break;
          const seed = seedBase + size;
          for (let start = 0; start + size <= length; start++) {
            const hash = hashRange(padded, start, start + size, seed);
            this.add(hash, w);
            if (charDomainSeed !== 0) this.add(mix(hash, charDomainSeed), w * domainWeight);
          }
        }
      }
      this.flushBlock(config.charWeight);
    }

    // Dense block: lexicon valences (negation flips and damps them, as VADER does), emoji.
    let positive = 0;
    let negative = 0;
    let hits = 0;
    let emoji = 0;
    for (let i = 0; i < n; i++) {
      const token = tokens[i] as string;
      if (token === POSITIVE_EMOJI_TOKEN) emoji++;
      else if (token === NEGATIVE_EMOJI_TOKEN) emoji--;
      if (this.lexicon === null || !isWordToken(token)) continue;
      let valence = this.lexicon.get(token);
      if (valence === undefined) continue;
      hits++;
      valence *= weight[i] as number;
      if (negated[i] === 1) valence *= -0.74;
      if (valence > 0) positive += valence;
      else negative -= valence;
    }
    dense[0] = Math.tanh(positive / 4);
    dense[1] = Math.tanh(negative / 4);
    dense[2] = Math.tanh((positive - negative) / 4);
    dense[3] = Math.tanh(emoji / 2);
    dense[4] = hits === 0 ? 1 : 0;
    // Domain copies of the dense features, hashed and not normalised: a per-domain correction
    // of the shared dense weights (a lexicon word weighs otherwise in a plot summary).
    if (config.domainDense === true && domainSeed !== 0) {
      for (let j = 0; j < DENSE_SIZE; j++) {
        const value = dense[j] as number;
        if (value !== 0) this.add(mix(mix(SEED_DENSE, j), domainSeed), value);
      }
      this.flushBlock(null);
    }
    return this.out;
  }
}

/**
 * Parses a lexicon file: one `token<TAB>valence` a line (VADER's format; extra columns
 * ignored; lines starting with # are comments). Adds to `into` when given (later files win).
 */
export function parseLexicon(text: string, into: Map<string, number> = new Map()): Map<string, number> {
  const lexicon = into;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const [token, valence] = line.split('\t');
    if (token === undefined || valence === undefined || token.length === 0) continue;
    const value = Number(valence);
    if (Number.isFinite(value)) lexicon.set(token, value);
  }
  return lexicon;
}
