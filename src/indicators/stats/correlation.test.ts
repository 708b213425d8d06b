import { describe, expect, it } from 'vitest';
import { fisherInterval, pearsonOfSums } from './correlation.js';

function sumsOf(x: readonly number[], y: readonly number[]) {
  const add = (f: (i: number) => number) => x.reduce((s, _, i) => s + f(i), 0);
  return {
    n: x.length,
    sumX: add((i) => x[i]!),
    sumY: add((i) => y[i]!),
    sumXX: add((i) => x[i]! ** 2),
    sumYY: add((i) => y[i]! ** 2),
    sumXY: add((i) => x[i]! * y[i]!),
  };
}

describe('pearsonOfSums', () => {
  it("gives Anscombe's published r = 0.816 for his first data set (Anscombe, The American Statistician 27(1), 1973)", () => {
    const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
    const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
    const correlation = pearsonOfSums(sumsOf(x, y));
    expect(correlation?.r).toBeCloseTo(0.816, 3);
    expect(correlation?.n).toBe(11);
  });

  it('is 1 and −1 on straight lines, null without spread or with fewer than 3 pairs', () => {
    expect(pearsonOfSums(sumsOf([1, 2, 3, 4], [2, 4, 6, 8]))?.r).toBeCloseTo(1, 12);
    expect(pearsonOfSums(sumsOf([1, 2, 3, 4], [8, 6, 4, 2]))?.r).toBeCloseTo(-1, 12);
    expect(pearsonOfSums(sumsOf([3, 3, 3, 3], [1, 2, 3, 4]))).toBeNull();
    expect(pearsonOfSums(sumsOf([1, 2], [1, 2]))).toBeNull();
  });
});

describe('fisherInterval', () => {
  it('matches a hand computation: r = 0.5, n = 30 → atanh 0.5493 ± 1.96/√27 → [0.1704, 0.7290]', () => {
    const interval = fisherInterval(0.5, 30);
    expect(interval?.[0]).toBeCloseTo(0.17043136511180007, 10);
    expect(interval?.[1]).toBeCloseTo(0.7289585563883555, 10);
  });

  it('is undefined with 3 pairs or fewer', () => {
    expect(fisherInterval(0.5, 3)).toBeNull();
  });
});
