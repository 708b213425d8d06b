import { describe, expect, it } from 'vitest';
import { meanOfSums } from './meanOfSums.js';

describe('meanOfSums', () => {
  it('gives the mean and sample variance of 1, 2, 3 from n = 3, Σ = 6, Σ² = 14', () => {
    expect(meanOfSums(3, 6, 14)).toEqual({ n: 3, mean: 2, variance: 1 });
  });

  it('gives variance 0 for one value and never a negative one from rounding', () => {
    expect(meanOfSums(1, 4, 16).variance).toBe(0);
    expect(meanOfSums(3, 0.3, 0.03 - 1e-18).variance).toBeGreaterThanOrEqual(0);
  });
});
