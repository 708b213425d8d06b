import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quintileScores } from './quintileScores.js';

describe('quintileScores', () => {
  it('gives 1 to 5 to five distinct values in order', () => {
    expect([...quintileScores([50, 10, 40, 20, 30])]).toEqual([5, 1, 4, 2, 3]);
  });

  it('gives equal values the same score, that of the lowest place of the tie', () => {
    // Nothing is below the zeros → 1; four of five values are below 5 → 1 + ⌊5 × 4/5⌋ = 5.
    expect([...quintileScores([0, 0, 0, 0, 5])]).toEqual([1, 1, 1, 1, 5]);
    expect([...quintileScores([7, 7, 7])]).toEqual([1, 1, 1]);
    // Two of six below the 3s: 1 + ⌊10/6⌋ = 2.
    expect([...quintileScores([1, 1, 3, 3, 3, 9])]).toEqual([1, 1, 2, 2, 2, 5]);
  });

  it('splits ten values two per quintile', () => {
    expect([...quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('scores nothing for no values', () => {
    expect(quintileScores([])).toHaveLength(0);
  });

  it('always scores within 1–5, monotonic in the value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }), (values) => {
        const scores = quintileScores(values);
        for (let i = 0; i < values.length; i++) {
          expect(scores[i]).toBeGreaterThanOrEqual(1);
          expect(scores[i]).toBeLessThanOrEqual(5);
          for (let j = 0; j < values.length; j++) if ((values[i] as number) < (values[j] as number)) expect(scores[i]).toBeLessThanOrEqual(scores[j] as number);
        }
      }),
    );
  });
});
