import { assertCount } from './assertCount.js';

/**
 * Checks a distribution of answer counts (one count per scale point) and returns the
 * number of answers it holds.
 *
 * @param distribution - counts per scale point, index 0 = the lowest point
 * @param length - how many scale points the scale has (11 for 0–10, 5 for 1–5, 7 for 1–7)
 * @param firstScore - the score of index 0, used to name a bad count in the error
 * @param name - the indicator's name in the error, e.g. `nps`
 * @returns the total number of answers
 * @throws {RangeError} when the length is wrong, a count is not a non-negative integer, or
 *   the total exceeds the safe-integer range
 *
 * @example
 * assertDistribution([1, 0, 2, 0, 3], 5, 1, 'csat') // 6
 * assertDistribution([1, 2], 5, 1, 'csat') // throws RangeError: csat distribution must have 5 counts (scores 1 to 5), got 2.
 */
export function assertDistribution(distribution: readonly number[], length: number, firstScore: number, name: string): number {
  if (!Array.isArray(distribution) || distribution.length !== length) {
    const got = Array.isArray(distribution) ? String(distribution.length) : typeof distribution;
    throw new RangeError(
      `${name} distribution must have ${String(length)} counts (scores ${String(firstScore)} to ${String(firstScore + length - 1)}), got ${got}.`,
    );
  }
  let total = 0;
  // An indexed loop, not forEach: forEach skips the holes of a sparse array.
  for (let index = 0; index < length; index += 1) {
    const count = distribution[index];
    assertCount(count, `${name} count for score ${String(firstScore + index)}`);
    total += count;
  }
  assertCount(total, `${name} total number of answers`);
  return total;
}
