import { describe, expect, it } from 'vitest';
import { centralDifferenceGradient } from '../optimise/centralDifferenceGradient.js';
import { assertFitsOrExplains } from '../../test-support/purchaseModelProperty.js';
import { ModelError } from '../ModelError.js';
import { nbd, nbdConditionalExpectedPurchases, nbdLogLikelihood, nbdLogLikelihoodGradient, nbdProbabilityAlive } from './nbd.js';

const INPUT = { frequency: [0, 2, 5, 1], recency: [0, 8, 20, 3], age: [10, 12, 25, 30] };

describe('NBD without dropout', () => {
  it('gives the hand-computed log-likelihood of one customer', () => {
    // x = 2, T = 3 at r = 2, α = 1: ln[Γ(4)/Γ(2)] + 2 ln 1 − 4 ln 4 = ln 6 − 4 ln 4.
    expect(nbdLogLikelihood({ r: 2, alpha: 1 }, { frequency: [2], recency: [2.5], age: [3] })).toBeCloseTo(Math.log(6) - 4 * Math.log(4), 12);
  });

  it('has the gradient its central differences give', () => {
    const params = { r: 0.7, alpha: 3.2 };
    const numeric = centralDifferenceGradient((values) => nbdLogLikelihood({ r: values[0]!, alpha: values[1]! }, INPUT), [params.r, params.alpha]);
    const analytic = nbdLogLikelihoodGradient(params, INPUT);
    for (const [i, g] of analytic.entries()) expect(Math.abs(g - numeric[i]!)).toBeLessThan(1e-6 * Math.max(1, Math.abs(g)));
  });

  it('keeps every customer alive and expects t (r + x)/(α + T) purchases', () => {
    const customer = { frequency: 3, recency: 20, age: 30 };
    expect(nbdProbabilityAlive({ r: 2, alpha: 10 }, customer)).toBe(1);
    expect(nbdConditionalExpectedPurchases({ r: 2, alpha: 10 }, 52, customer)).toBeCloseTo(6.5, 12);
  });

  it('refuses invalid parameters and periods with a ModelError', () => {
    expect(() => nbdLogLikelihood({ r: -1, alpha: 1 }, INPUT)).toThrow(ModelError);
    expect(() => nbdConditionalExpectedPurchases({ r: 1, alpha: 1 }, -1, { frequency: 0, recency: 0, age: 1 })).toThrow(ModelError);
  });

  it('fits or explains on random summaries', () => {
    assertFitsOrExplains(nbd);
  });
});
