import { describe, expect, it } from 'vitest';
import { ALPHA_WARNING_BELOW, cronbachAlpha, cronbachAlphaOfSums, isAlphaLow } from './cronbachAlpha.js';

/** Sums of rows (respondents × items) as the store returns them. */
function sumsOf(rows: readonly (readonly number[])[]) {
  const k = rows[0]!.length;
  const totals = rows.map((row) => row.reduce((a, b) => a + b, 0));
  return {
    respondents: rows.length,
    items: Array.from({ length: k }, (_, i) => ({ sum: rows.reduce((s, row) => s + row[i]!, 0), sumSquares: rows.reduce((s, row) => s + row[i]! ** 2, 0) })),
    sumTotals: totals.reduce((a, b) => a + b, 0),
    sumSquaredTotals: totals.reduce((a, b) => a + b * b, 0),
  };
}

describe('cronbachAlpha', () => {
  it('reproduces the published worked example: α = 0.633 (Denis, Applied Univariate, Bivariate, and Multivariate Statistics, Wiley 2016, ch. 1, SPSS RELIABILITY output)', () => {
    // Ten respondents × five items, as printed in the book's table.
    const rows = [
      [10, 12, 15, 11, 12],
      [12, 18, 12, 12, 1],
      [8, 16, 14, 14, 4],
      [6, 8, 16, 8, 6],
      [4, 7, 8, 7, 5],
      [6, 6, 3, 7, 3],
      [3, 4, 6, 5, 8],
      [7, 3, 7, 9, 9],
      [8, 9, 4, 10, 10],
      [9, 5, 6, 11, 12],
    ];
    expect(cronbachAlphaOfSums(sumsOf(rows))).toBeCloseTo(0.633, 3);
    // The book's item standard deviations, squared, and its scale: the same α from the variances.
    expect(cronbachAlphaOfSums(sumsOf(rows))).toBeCloseTo(0.6331652939505822, 12);
  });

  it('matches a hand computation: two items of variance 1 whose total has variance 3 give 2 · (1 − 2/3)', () => {
    expect(cronbachAlpha([1, 1], 3)).toBeCloseTo(2 / 3, 12);
    // Items (1,2,3) and (1,2,3): variances 1 and 1, totals (2,4,6) variance 4 → α = 2 · (1 − 2/4) = 1.
    expect(
      cronbachAlphaOfSums(
        sumsOf([
          [1, 1],
          [2, 2],
          [3, 3],
        ]),
      ),
    ).toBeCloseTo(1, 12);
    // Items moving against each other: (1,3), (2,2), (3,1): totals constant → undefined.
    expect(
      cronbachAlphaOfSums(
        sumsOf([
          [1, 3],
          [2, 2],
          [3, 1],
        ]),
      ),
    ).toBeNull();
    // (1,2), (2,1), (3,3): variances 1, 1; totals 3, 3, 6: variance 3 → α = 2/3.
    expect(
      cronbachAlphaOfSums(
        sumsOf([
          [1, 2],
          [2, 1],
          [3, 3],
        ]),
      ),
    ).toBeCloseTo(2 / 3, 12);
  });

  it('is undefined with one item or fewer than two respondents', () => {
    expect(cronbachAlpha([1.5], 1.5)).toBeNull();
    expect(cronbachAlphaOfSums(sumsOf([[4, 5, 3]]))).toBeNull();
  });

  it('warns below 0.7 only', () => {
    expect(ALPHA_WARNING_BELOW).toBe(0.7);
    expect(isAlphaLow(0.633)).toBe(true);
    expect(isAlphaLow(0.7)).toBe(false);
    expect(isAlphaLow(null)).toBe(false);
  });
});
