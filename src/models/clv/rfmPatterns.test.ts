import { describe, expect, it } from 'vitest';
import { ModelError } from '../ModelError.js';
import { distinctFrequencies, rfmPatterns } from './rfmPatterns.js';

describe('rfmPatterns', () => {
  it('groups equal (x, t_x, T) and adds up their weights', () => {
    const patterns = rfmPatterns('BG/NBD', { frequency: [0, 2, 0, 2, 1], recency: [0, 5, 0, 5, 3], age: [10, 10, 10, 10, 10] });
    expect(Array.from(patterns.frequency)).toEqual([0, 2, 1]);
    expect(Array.from(patterns.recency)).toEqual([0, 5, 3]);
    expect(Array.from(patterns.weight)).toEqual([2, 2, 1]);
    expect(patterns.customers).toBe(5);
    expect(patterns.repeatCustomers).toBe(3);
  });

  it('uses the given weights and leaves out rows of weight 0', () => {
    const patterns = rfmPatterns('BG/NBD', { frequency: [0, 2, 0], recency: [0, 5, 0], age: [10, 10, 10], weight: [1.5, 0, 2] });
    expect(Array.from(patterns.frequency)).toEqual([0]);
    expect(Array.from(patterns.weight)).toEqual([3.5]);
    expect(patterns.customers).toBe(3.5);
    expect(patterns.repeatCustomers).toBe(0);
  });

  it('refuses no customers, all weights 0, mismatched columns, bad weights and bad rows', () => {
    expect(() => rfmPatterns('BG/NBD', { frequency: [], recency: [], age: [] })).toThrow('BG/NBD needs at least one customer, got none.');
    expect(() => rfmPatterns('BG/NBD', { frequency: [1], recency: [1], age: [2], weight: [0] })).toThrow(/got 1 rows of weight 0/);
    expect(() => rfmPatterns('BG/NBD', { frequency: [1, 2], recency: [1], age: [2, 3] })).toThrow(
      'BG/NBD needs columns of one length, got 2 frequencies, 1 recencies, 2 ages.',
    );
    expect(() => rfmPatterns('BG/NBD', { frequency: [1], recency: [1], age: [2], weight: [Number.NaN] })).toThrow(/got NaN at row 0/);
    expect(() => rfmPatterns('BG/NBD', { frequency: [1, 1], recency: [1, 3], age: [2, 2] })).toThrow(ModelError);
  });

  it('leaves its input unchanged', () => {
    const input = { frequency: [0, 2], recency: [0, 5], age: [10, 10], weight: [1, 2] };
    const copy = structuredClone(input);
    rfmPatterns('BG/NBD', input);
    expect(input).toEqual(copy);
  });
});

describe('distinctFrequencies', () => {
  it('totals the weights of each distinct frequency, in order of first appearance, and points each pattern to its own', () => {
    const patterns = rfmPatterns('BG/NBD', { frequency: [0, 2, 0, 1, 2], recency: [0, 5, 0, 3, 4], age: [10, 10, 8, 8, 9] });
    const distinct = distinctFrequencies(patterns);
    expect(Array.from(distinct.frequencies)).toEqual([0, 2, 1]);
    expect(Array.from(distinct.frequencyWeights)).toEqual([2, 2, 1]);
    expect(Array.from(distinct.frequencyIndex)).toEqual([0, 1, 0, 2, 1]);
  });
});
