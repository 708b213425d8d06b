/**
 * Throughput of the sentiment model's `predict` on one core (Node runs it on one thread):
 * comments per second over review- and tweet-length texts, French and English, median of
 * several timed passes. Target: ≥ 5,000 comments/s.
 *
 *   npx tsx bench/sentimentThroughput.ts     # prints the figure
 */
import { fileURLToPath } from 'node:url';
import { loadSentimentModel, type SentimentModel } from '../src/feedback/sentiment/sentimentModel.js';
import { seededRandom } from '../src/feedback/sentiment/trainSoftmax.js';
import { median } from './measure.js';

export interface SentimentThroughputOptions {
  /** Texts to analyse; default: 2,000 generated comments (see generateComments). */
  texts?: readonly string[];
  /** Timed passes; the median is returned. Default 5. */
  runs?: number;
  /** Minimum duration of one pass, in milliseconds. Default 500. */
  minimumMs?: number;
  /** Default: the shipped model. */
  model?: SentimentModel;
}

export interface SentimentThroughput {
  /** Median comments per second over the passes. */
  commentsPerSecond: number;
  /** Each pass's comments per second. */
  passes: number[];
  /** Mean length of the texts, in characters. */
  meanCharacters: number;
  modelVersion: string;
}

const FRENCH = [
  'Livraison rapide, produit conforme à la description.',
  "Le service client n'a jamais répondu à mes mails, c'est inadmissible.",
  'Très bonne qualité, je recommande vivement ce vendeur !',
  'Le colis est arrivé abîmé mais le remboursement a été rapide.',
  'Pas terrible, la taille ne correspond pas et le retour est payant.',
  'Super accueil en magasin 😊 merci à toute l’équipe',
  'Commande passée le 3 mars, reçue le 10.',
  'Franchement déçu… trois semaines d’attente pour un produit cassé.',
  'Rien à redire, tout est parfait.',
  "L'application plante à chaque paiement, impossible de valider mon panier !!!",
];
const ENGLISH = [
  'Fast delivery and the product works exactly as described.',
  'Customer service never answered my emails, absolutely unacceptable.',
  'Great quality, I would definitely buy from them again!',
  'The parcel arrived damaged but the refund was quick.',
  "Not bad, but the size runs small and returns aren't free.",
  '@support thanks for the quick help today 👍 http://t.co/abc',
  'Ordered on March 3rd, received on the 10th.',
  'Honestly disappointed... three weeks of waiting for a broken item.',
  'Nothing to complain about, everything was perfect.',
  'The app crashes at checkout every single time, SO frustrating!!!',
];

/** Deterministic comments of 1 to 6 sentences (tweet to review length), half French, half English. */
export function generateComments(count: number, seed = 5): string[] {
  const random = seededRandom(seed);
  const comments: string[] = [];
  for (let i = 0; i < count; i++) {
    const pool = i % 2 === 0 ? FRENCH : ENGLISH;
    const sentences = 1 + Math.floor(random() * 6);
    const parts: string[] = [];
    for (let s = 0; s < sentences; s++) parts.push(pool[Math.floor(random() * pool.length)] as string);
    comments.push(parts.join(' '));
  }
  return comments;
}

/** Measures comments/s of `predict` on one core; resolves with the median of the passes. */
export async function measureSentimentThroughput(options: SentimentThroughputOptions = {}): Promise<SentimentThroughput> {
  const model = options.model ?? loadSentimentModel();
  const texts = options.texts ?? generateComments(2000);
  const runs = options.runs ?? 5;
  const minimumMs = options.minimumMs ?? 500;
  if (texts.length === 0) throw new Error('measureSentimentThroughput: no texts');
  for (const text of texts) model.predict(text); // warm-up (JIT, caches)
  const passes: number[] = [];
  for (let run = 0; run < runs; run++) {
    await new Promise((resolve) => setImmediate(resolve));
    let done = 0;
    const started = performance.now();
    let elapsed = 0;
    do {
      for (const text of texts) model.predict(text);
      done += texts.length;
      elapsed = performance.now() - started;
    } while (elapsed < minimumMs);
    passes.push(done / (elapsed / 1000));
  }
  const meanCharacters = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
  return {
    commentsPerSecond: Math.round(median(passes)),
    passes: passes.map(Math.round),
    meanCharacters: Math.round(meanCharacters),
    modelVersion: model.version,
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figure = await measureSentimentThroughput();
  console.log(
    `sentiment predict: ${figure.commentsPerSecond} comments/s (one core, median of ${figure.passes.length}; mean ${figure.meanCharacters} characters; target ≥ 5000)`,
  );
}
