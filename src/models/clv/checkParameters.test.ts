import { describe, expect, it } from 'vitest';
import { ModelError } from '../ModelError.js';
import { checkParameters, checkPeriod } from './checkParameters.js';

describe('checkParameters', () => {
  it('accepts positive finite parameters', () => {
    expect(() => checkParameters('BG/NBD', { r: 0.2, alpha: 4, a: 0.8, b: 2.4 }, ['r', 'alpha', 'a', 'b'])).not.toThrow();
  });

  it('names the first parameter, in the order given, that is zero, negative, infinite, not a number or missing', () => {
    expect(() => checkParameters('BG/NBD', { r: 1, alpha: 0, a: -1, b: 1 }, ['r', 'alpha', 'a', 'b'])).toThrow(
      new ModelError('BG/NBD needs positive finite parameters, got alpha = 0.'),
    );
    expect(() => checkParameters('Gamma-Gamma', { p: Number.POSITIVE_INFINITY, q: 1, v: 1 }, ['p', 'q', 'v'])).toThrow(/got p = Infinity/);
    expect(() => checkParameters('Gamma-Gamma', { p: 1, q: Number.NaN, v: 1 }, ['p', 'q', 'v'])).toThrow(/got q = NaN/);
    expect(() => checkParameters('Gamma-Gamma', { p: 1, q: 1 } as unknown as { p: number; q: number; v: number }, ['p', 'q', 'v'])).toThrow(
      /got v = undefined/,
    );
  });
});

describe('checkPeriod', () => {
  it('accepts 0 and positive lengths, and refuses negative, infinite or NaN ones', () => {
    expect(() => checkPeriod('Pareto/NBD', 0)).not.toThrow();
    expect(() => checkPeriod('Pareto/NBD', 52)).not.toThrow();
    expect(() => checkPeriod('Pareto/NBD', -1)).toThrow(new ModelError('Pareto/NBD needs t to be a finite number ≥ 0, got -1.'));
    expect(() => checkPeriod('Pareto/NBD', Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
    expect(() => checkPeriod('Pareto/NBD', Number.NaN)).toThrow(/got NaN/);
  });
});
