import { describe, expect, it } from 'vitest';
import { percentWithInterval } from './percentWithInterval.js';

describe('percentWithInterval', () => {
  it('gives 100 k / n with the Wilson interval', () => {
    const result = percentWithInterval(45, 'k', 50, 'n');
    expect(result.value).toBe(90);
    expect(result.ci95?.[0]).toBeCloseTo(78.6, 1);
    expect(result.ci95?.[1]).toBeCloseTo(95.7, 1);
  });

  it('gives nulls when n = 0', () => {
    expect(percentWithInterval(0, 'k', 0, 'n')).toEqual({ value: null, ci95: null });
  });

  it('rejects k > n and invalid counts using the names given', () => {
    expect(() => percentWithInterval(3, 'churnRate.lost', 2, 'churnRate.atStart')).toThrow('churnRate.lost (3) must not exceed churnRate.atStart (2).');
    expect(() => percentWithInterval(1, 'k', -2, 'churnRate.atStart')).toThrow('churnRate.atStart must be a non-negative integer, got -2.');
    expect(() => percentWithInterval(0.5, 'churnRate.lost', 2, 'n')).toThrow('churnRate.lost must be a non-negative integer, got 0.5.');
  });
});
