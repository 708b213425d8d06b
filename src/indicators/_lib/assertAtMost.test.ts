import { describe, expect, it } from 'vitest';
import { assertAtMost } from './assertAtMost.js';

describe('assertAtMost', () => {
  it('accepts a part smaller than or equal to the whole', () => {
    expect(() => assertAtMost(3, 'a', 10, 'b')).not.toThrow();
    expect(() => assertAtMost(10, 'a', 10, 'b')).not.toThrow();
  });

  it('rejects a part larger than the whole, naming both values', () => {
    expect(() => assertAtMost(12, 'churnRate.lost', 10, 'churnRate.atStart')).toThrow(
      new RangeError('churnRate.lost (12) must not exceed churnRate.atStart (10).'),
    );
  });
});
