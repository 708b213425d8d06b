import { describe, expect, it } from 'vitest';
import { logLogSlopes } from './logLogSlopes.js';

describe('logLogSlopes', () => {
  it('gives the exponent of each stretch, in order of size', () => {
    // 1M → 10M: ×10 the size, ×10 the cost: slope 1. 10M → 50M: ×5 the size, ×25 the cost: slope ln 25 ÷ ln 5 = 2.
    const stretches = logLogSlopes([
      { size: 10e6, cost: 20 },
      { size: 1e6, cost: 2 },
      { size: 50e6, cost: 500 },
    ]);
    expect(stretches.map(({ fromSize, toSize }) => [fromSize, toSize])).toEqual([
      [1e6, 10e6],
      [10e6, 50e6],
    ]);
    expect(stretches[0]!.slope).toBeCloseTo(1, 12);
    expect(stretches[1]!.slope).toBeCloseTo(2, 12);
  });

  it('reads a cost that grows less than the size as a slope under 1', () => {
    // 10 times the events, 4.3 times the seconds (docs/scaling.md): log10(4.3) = 0.6335.
    expect(
      logLogSlopes([
        { size: 1e6, cost: 1.18 },
        { size: 10e6, cost: 1.18 * 4.3 },
      ])[0]!.slope,
    ).toBeCloseTo(0.6335, 4);
  });

  it('leaves out what has no logarithm and sizes met twice', () => {
    expect(
      logLogSlopes([
        { size: 1e6, cost: 0 },
        { size: 2e6, cost: 1 },
        { size: 2e6, cost: 3 },
      ]),
    ).toEqual([]);
    expect(logLogSlopes([])).toEqual([]);
  });
});
