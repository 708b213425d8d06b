import { describe, expect, it } from 'vitest';
import { drawScore } from './drawScore.js';
import { Prng } from './prng.js';

const DISTRIBUTION = [0.1, 0.2, 0.3, 0.4];

function shares(shift: number, count = 40_000): number[] {
  const rng = new Prng(4);
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < count; i += 1) {
    const score = drawScore(rng, DISTRIBUTION, 1, shift);
    counts[score - 1] = (counts[score - 1] ?? 0) + 1;
  }
  return counts.map((value) => value / count);
}

describe('drawScore', () => {
  it('reproduces the distribution at shift 0', () => {
    for (const [index, share] of shares(0).entries()) expect(share).toBeCloseTo(DISTRIBUTION[index] ?? 0, 1);
  });

  it('moves answers up the scale with a positive shift and down with a negative one', () => {
    const mean = (values: number[]): number => values.reduce((sum, share, index) => sum + share * (index + 1), 0);
    expect(mean(shares(1))).toBeGreaterThan(mean(shares(0)) + 0.2);
    expect(mean(shares(-1))).toBeLessThan(mean(shares(0)) - 0.2);
  });

  it('stays within the scale whatever the shift', () => {
    const rng = new Prng(5);
    for (const shift of [-50, -3, 0, 3, 50]) {
      for (let i = 0; i < 200; i += 1) {
        const score = drawScore(rng, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 0, shift);
        expect(Number.isInteger(score) && score >= 0 && score <= 10).toBe(true);
      }
    }
  });
});
