import { assertDistribution } from '../_lib/assertDistribution.js';
import type { Interval } from '../stats/Interval.js';
import { npsAdjustedWald } from '../stats/npsAdjustedWald.js';
import type { NpsDistribution } from '../statistics.js';

/** The NPS question is answered on 0–10: eleven scale points. */
const SCALE_POINTS = 11;
/** Bain's categories: 9–10 promoters, 7–8 passives, 0–6 detractors. */
export const FIRST_PASSIVE_SCORE = 7;
export const FIRST_PROMOTER_SCORE = 9;

/** The Net Promoter Score of a set of 0–10 answers, with its counts and interval. */
export interface NpsResult {
  /** %promoters − %detractors, from −100 to 100; `null` without answers. */
  value: number | null;
  /** Number of answers. */
  n: number;
  /** Answers 9 or 10. */
  promoters: number;
  /** Answers 7 or 8. */
  passives: number;
  /** Answers 0 to 6. */
  detractors: number;
  /** Adjusted-Wald 95% interval in NPS points; `null` without answers. */
  ci95: Interval | null;
  /** The 11 counts per score 0..10 (a copy of the input). */
  distribution: number[];
}

/**
 * The Net Promoter Score of customer answers to "How likely is it that you would recommend
 * … to a friend or colleague?" on a 0–10 scale.
 *
 * Definition: promoters answer 9–10, passives 7–8, detractors 0–6;
 * NPS = 100 × (promoters − detractors) / n, from −100 to 100. Equivalently, 100 × the mean
 * of the answers recoded +1 (promoter), 0 (passive), −1 (detractor).
 *
 * Source: F. F. Reichheld, "The One Number You Need to Grow", Harvard Business Review
 * 81(12):46–55, 2003; Bain & Company, "Measuring Your Net Promoter Score"
 * (https://nps.bain.com/about/measuring-your-net-promoter-score/).
 *
 * Interval: adjusted Wald ({@link npsAdjustedWald}): 3 pseudo-answers (¾ promoter,
 * ¾ detractor) are added and the multinomial variance p + d − (p − d)² is used. It is
 * centred on the adjusted score, so for a single promoter or detractor it does not contain
 * the observed ±100.
 *
 * Pitfalls: a 1–10 "recommend" scale is not the NPS scale (answers of 1 meant as "best" are
 * common; rescaling 1–10 to 0–10 moves 9s into passives) and must not be fed in here. Very
 * different distributions share one NPS (all 0s and 10s vs all 6s to 9s): show the three
 * counts and the distribution. Relationship and transactional NPS, and countries, do not
 * compare. With n = 200 the score is known to about ±11 points only.
 *
 * @param distribution - counts of answers per score, index = score 0..10 (11 non-negative
 *   integers)
 * @returns the score, its counts and its interval; for no answers, value and ci95 `null`
 * @throws {RangeError} when the distribution does not have 11 counts or a count is not a
 *   non-negative integer
 *
 * @example
 * nps([0, 0, 0, 0, 0, 10, 40, 30, 30, 45, 45])
 * // { value: 20, n: 200, promoters: 90, passives: 60, detractors: 50,
 * //   ci95: [8.543901297283018, 30.86496569779087],
 * //   distribution: [0, 0, 0, 0, 0, 10, 40, 30, 30, 45, 45] }
 */
export function nps(distribution: NpsDistribution): NpsResult {
  const n = assertDistribution(distribution, SCALE_POINTS, 0, 'nps');
  const counts = distribution.slice(0, SCALE_POINTS);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  counts.forEach((count, score) => {
    if (score >= FIRST_PROMOTER_SCORE) promoters += count;
    else if (score >= FIRST_PASSIVE_SCORE) passives += count;
    else detractors += count;
  });
  if (n === 0) {
    return { value: null, n, promoters, passives, detractors, ci95: null, distribution: counts };
  }
  return {
    value: (100 * (promoters - detractors)) / n,
    n,
    promoters,
    passives,
    detractors,
    ci95: npsAdjustedWald(promoters, passives, detractors),
    distribution: counts,
  };
}
