import type { CommentTone } from './composeComment.js';

/** The three score scales of docs/formats.md. */
export type ScoreMetric = 'nps' | 'csat' | 'ces';

/**
 * The tone a comment should have given its score, following the categories of docs/indicators.md:
 * NPS promoters (9–10) are positive, passives (7–8) mixed, detractors (0–6) negative; CSAT
 * 4–5 positive, 3 mixed, 1–2 negative; CES (7 = very easy) 5–7 positive, 4 mixed, 1–3 negative.
 *
 * @example
 * toneOfScore('nps', 9); // 'positive'
 * toneOfScore('csat', 3); // 'mixed'
 * toneOfScore('ces', 2); // 'negative'
 */
export function toneOfScore(metric: ScoreMetric, score: number): CommentTone {
  const [positiveFrom, mixedFrom] = TONE_THRESHOLDS[metric];
  if (score >= positiveFrom) return 'positive';
  if (score >= mixedFrom) return 'mixed';
  return 'negative';
}

/** For each scale, the lowest positive score and the lowest mixed score. */
const TONE_THRESHOLDS: Readonly<Record<ScoreMetric, readonly [number, number]>> = {
  nps: [9, 7],
  csat: [4, 3],
  ces: [5, 4],
};
