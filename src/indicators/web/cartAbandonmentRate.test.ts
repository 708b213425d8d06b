import { describe, expect, it } from 'vitest';
import { cartAbandonmentRate } from './cartAbandonmentRate.js';

describe('cartAbandonmentRate', () => {
  it('gives the percentage of cart visitor-days without a purchase', () => {
    // 70 of 100 visitor-days with a cart had no purchase → 70%
    expect(cartAbandonmentRate({ carts: 100, abandoned: 70 })).toMatchObject({ value: 70, carts: 100, abandoned: 70 });
  });

  it('carries the Wilson interval of the worked example 45/50 → [78.6, 95.7]', () => {
    // Wilson (1927) interval, check value of docs/indicators.md.
    const result = cartAbandonmentRate({ carts: 50, abandoned: 45 });
    expect(result.ci95?.[0]).toBeCloseTo(78.6, 1);
    expect(result.ci95?.[1]).toBeCloseTo(95.7, 1);
  });

  it('returns value and ci95 null without carts', () => {
    expect(cartAbandonmentRate({ carts: 0, abandoned: 0 })).toEqual({ value: null, carts: 0, abandoned: 0, ci95: null });
  });

  it('gives 0% with interval [0, 79.3] for a single cart that was bought', () => {
    const result = cartAbandonmentRate({ carts: 1, abandoned: 0 });
    expect(result.value).toBe(0);
    expect(result.ci95?.[1]).toBeCloseTo(79.345, 3);
  });

  it('throws a RangeError when abandoned exceeds carts or a count is invalid', () => {
    expect(() => cartAbandonmentRate({ carts: 5, abandoned: 6 })).toThrow(
      new RangeError('cartAbandonmentRate.abandoned (6) must not exceed cartAbandonmentRate.carts (5).'),
    );
    expect(() => cartAbandonmentRate({ carts: 5.5, abandoned: 0 })).toThrow(/cartAbandonmentRate.carts .* got 5.5/);
  });

  it('leaves its input unchanged', () => {
    const input = Object.freeze({ carts: 100, abandoned: 70 });
    cartAbandonmentRate(input);
    expect(input).toEqual({ carts: 100, abandoned: 70 });
  });
});
