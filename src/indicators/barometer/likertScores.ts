/** A Likert item is answered 1 (strongly disagree) to 5 (strongly agree). */
export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;
/** Answers at or above this (after reversal) are favourable: "agree" and "strongly agree". */
export const FIRST_FAVOURABLE_ANSWER = 4;

/** One Likert answer of a respondent, with the item's dimension and whether it is worded against it. */
export interface LikertAnswer {
  dimension: string;
  answer: number;
  reverse?: boolean;
}

/**
 * The answer as it counts for its dimension: 6 − answer for an item worded against the
 * dimension (`reverse`), the answer itself otherwise (docs/surveys.md, employee barometer).
 *
 * @example scoredAnswer(2, true) // 4
 */
export function scoredAnswer(answer: number, reverse = false): number {
  if (!Number.isInteger(answer) || answer < LIKERT_MIN || answer > LIKERT_MAX) {
    throw new RangeError(`A Likert answer must be an integer from ${LIKERT_MIN} to ${LIKERT_MAX}, got ${String(answer)}.`);
  }
  return reverse ? LIKERT_MIN + LIKERT_MAX - answer : answer;
}

/**
 * One respondent's dimension scores: for each dimension, the mean of their answered items of
 * it after reversal ({@link scoredAnswer}), 1–5. Unanswered items are simply absent: the mean
 * is over the items answered. The store's SQL computes the same (store/queries/engagementStatistics.ts);
 * this is its reference.
 *
 * @example
 * respondentDimensionScores([{ dimension: 'recognition', answer: 4 }, { dimension: 'recognition', answer: 2, reverse: true }])
 * // Map { 'recognition' => 4 }
 */
export function respondentDimensionScores(answers: readonly LikertAnswer[]): Map<string, number> {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const { dimension, answer, reverse } of answers) {
    const sum = sums.get(dimension) ?? { sum: 0, count: 0 };
    sum.sum += scoredAnswer(answer, reverse);
    sum.count += 1;
    sums.set(dimension, sum);
  }
  return new Map([...sums].map(([dimension, { sum, count }]) => [dimension, sum / count]));
}

/**
 * A mean on the 1–5 Likert scale as a score from 0 to 100: 25 × (mean − 1), so 1 → 0, 3 → 50
 * and 5 → 100 (a linear map: intervals transform the same way).
 *
 * @example scoreOutOfHundred(4.2) // 80
 */
export function scoreOutOfHundred(mean: number): number {
  return (100 / (LIKERT_MAX - LIKERT_MIN)) * (mean - LIKERT_MIN);
}
