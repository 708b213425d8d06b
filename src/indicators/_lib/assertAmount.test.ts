import { describe, expect, it } from 'vitest';
import { assertAmount } from './assertAmount.js';

describe('assertAmount', () => {
  it('accepts zero and positive finite numbers, fractions included', () => {
    expect(() => assertAmount(0, 'x')).not.toThrow();
    expect(() => assertAmount(12.75, 'x')).not.toThrow();
  });

  it('rejects negative, NaN, infinite and non-number values with one sentence naming them', () => {
    expect(() => assertAmount(-0.5, 'clvHistorical.revenue')).toThrow(new RangeError('clvHistorical.revenue must be a non-negative finite number, got -0.5.'));
    expect(() => assertAmount(Number.NaN, 'x')).toThrow(/got NaN/);
    expect(() => assertAmount(Number.POSITIVE_INFINITY, 'x')).toThrow(/got Infinity/);
    expect(() => assertAmount(null, 'x')).toThrow(/got null/);
  });
});
