import { describe, expect, it } from 'vitest';
import { assertDistribution } from './assertDistribution.js';

describe('assertDistribution', () => {
  it('returns the number of answers of a valid distribution', () => {
    expect(assertDistribution([1, 0, 2, 0, 3], 5, 1, 'csat')).toBe(6);
    expect(assertDistribution([0, 0, 0, 0, 0], 5, 1, 'csat')).toBe(0);
  });

  it('rejects a distribution of the wrong length, naming the scale', () => {
    expect(() => assertDistribution([1, 2], 5, 1, 'csat')).toThrow(new RangeError('csat distribution must have 5 counts (scores 1 to 5), got 2.'));
    expect(() => assertDistribution(new Array<number>(12).fill(0), 11, 0, 'nps')).toThrow(/scores 0 to 10\), got 12/);
  });

  it('rejects a bad count, naming its score', () => {
    expect(() => assertDistribution([0, 0, -1, 0, 0], 5, 1, 'csat')).toThrow(new RangeError('csat count for score 3 must be a non-negative integer, got -1.'));
    expect(() => assertDistribution([0, 0.5, 0, 0, 0, 0, 0], 7, 1, 'ces')).toThrow(/ces count for score 2 .* got 0.5/);
  });

  it('rejects the holes of a sparse array and a value that is not an array', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is what this test is about.
    const sparse = [1, , 1, 1, 1];
    expect(() => assertDistribution(sparse as number[], 5, 1, 'csat')).toThrow(/score 2 .* got undefined/);
    expect(() => assertDistribution('12345' as unknown as number[], 5, 1, 'csat')).toThrow(/got string/);
  });

  it('rejects a total beyond the safe-integer range', () => {
    const huge = Number.MAX_SAFE_INTEGER;
    expect(() => assertDistribution([huge, huge, 0, 0, 0], 5, 1, 'csat')).toThrow(/csat total number of answers/);
  });
});
