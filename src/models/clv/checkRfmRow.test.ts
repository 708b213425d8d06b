import { describe, expect, it } from 'vitest';
import { ModelError } from '../ModelError.js';
import { checkRfmRow } from './checkRfmRow.js';

describe('checkRfmRow', () => {
  it('accepts the summaries of docs/clv.md, recency = T and T = 0 included', () => {
    expect(() => checkRfmRow('BG/NBD', { frequency: 0, recency: 0, age: 0 })).not.toThrow();
    expect(() => checkRfmRow('BG/NBD', { frequency: 3, recency: 38.86, age: 38.86 })).not.toThrow();
    expect(() => checkRfmRow('BG/NBD', { frequency: 200, recency: 10, age: 38.86 })).not.toThrow();
  });

  it('names the model, the value and where it is', () => {
    expect(() => checkRfmRow('Pareto/NBD', { frequency: 2, recency: 30, age: 20 }, 'at row 7')).toThrow(
      'Pareto/NBD needs recency ≤ T (the last purchase inside the period), got recency 30 > T 20 at row 7.',
    );
  });

  it('refuses a fractional or negative frequency, negative or non-finite times, and a recency without repeat purchase', () => {
    const bad = [
      { frequency: 1.5, recency: 1, age: 2 },
      { frequency: -1, recency: 0, age: 2 },
      { frequency: 1, recency: -1, age: 2 },
      { frequency: 1, recency: 1, age: Number.NaN },
      { frequency: 1, recency: Number.POSITIVE_INFINITY, age: 2 },
      { frequency: 0, recency: 1, age: 2 },
    ];
    for (const row of bad) expect(() => checkRfmRow('BG/NBD', row)).toThrow(ModelError);
  });
});
