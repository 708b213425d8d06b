import { describe, expect, it } from 'vitest';
import { assertCount } from './assertCount.js';

describe('assertCount', () => {
  it('accepts zero and positive safe integers', () => {
    expect(() => assertCount(0, 'x')).not.toThrow();
    expect(() => assertCount(Number.MAX_SAFE_INTEGER, 'x')).not.toThrow();
  });

  it('rejects negative, fractional, non-finite, unsafe and non-number values with one sentence naming them', () => {
    expect(() => assertCount(-1, 'churnRate.lost')).toThrow(new RangeError('churnRate.lost must be a non-negative integer, got -1.'));
    expect(() => assertCount(2.5, 'x')).toThrow(/got 2.5\.$/);
    expect(() => assertCount(Number.NaN, 'x')).toThrow(/got NaN/);
    expect(() => assertCount(Number.POSITIVE_INFINITY, 'x')).toThrow(/got Infinity/);
    expect(() => assertCount(2 ** 53, 'x')).toThrow(RangeError);
    expect(() => assertCount('3', 'x')).toThrow(/got 3/);
    expect(() => assertCount(undefined, 'x')).toThrow(/got undefined/);
  });
});
