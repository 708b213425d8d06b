import { describe, expect, it } from 'vitest';
import { flattenRecord, roundAsDisplayed, tableOf } from './table.js';

describe('flattenRecord', () => {
  it('joins nested names with dots, splits intervals into low and high, joins plain lists and leaves lists of objects out', () => {
    const change = { previous: 17, delta: 3, ci95: [-1.5, 7.5], significant: false };
    expect(flattenRecord({ value: 20, ci95: [8.5, 30.9], change, distribution: [1, 2, 3], examples: [{ a: 1 }], gone: undefined, none: null })).toEqual({
      value: 20,
      'ci95.low': 8.5,
      'ci95.high': 30.9,
      'change.previous': 17,
      'change.delta': 3,
      'change.ci95.low': -1.5,
      'change.ci95.high': 7.5,
      'change.significant': false,
      distribution: '1 | 2 | 3',
      none: null,
    });
  });
});

describe('tableOf', () => {
  it('puts the leading columns first, then every field in the order it first appears', () => {
    expect(
      tableOf(
        't',
        [
          { b: 1, indicator: 'nps' },
          { c: 2, indicator: 'csat' },
        ],
        ['indicator'],
      ).columns,
    ).toEqual(['indicator', 'b', 'c']);
  });
});

describe('roundAsDisplayed', () => {
  it.each([
    [0.23461045824456717, 0.23],
    [36.574074074074076, 36.57],
    [-12.167835748345698, -12.17],
    [0.0004567, 0.00046],
    [1808, 1808],
    [0, 0],
  ])('rounds %d to %d', (value, rounded) => {
    expect(roundAsDisplayed(value)).toBe(rounded);
  });
});
