/**
 * Scores each value 1–5 by quintile, the way RFM analysis does (Hughes, "Strategic Database
 * Marketing", 1994): a value's score is 1 + ⌊5 × the share of values strictly below it⌋.
 * Equal values always get equal scores, that of the tie's lowest place — the many customers
 * with a single purchase are all F = 1, not spread over 1–4 as an n-tile would do.
 *
 * @param values the values to score (higher value → higher score)
 * @returns one score 1..5 per value, in the same order
 * @example quintileScores([10, 20, 30, 40, 50]) // [1, 2, 3, 4, 5]
 * @example quintileScores([0, 0, 0, 0, 5]) // [1, 1, 1, 1, 5]
 */
export function quintileScores(values: ArrayLike<number>): Uint8Array {
  const n = values.length;
  const scores = new Uint8Array(n);
  if (n === 0) return scores;
  const order = Array.from({ length: n }, (_, index) => index).sort((a, b) => (values[a] as number) - (values[b] as number));
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && values[order[end + 1] as number] === values[order[start] as number]) end++;
    // Every value of this tie has `start` values strictly below it.
    const score = 1 + Math.floor((5 * start) / n);
    for (let position = start; position <= end; position++) scores[order[position] as number] = score;
    start = end + 1;
  }
  return scores;
}
