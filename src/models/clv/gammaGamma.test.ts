import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModelError } from '../ModelError.js';
import { centralDifferenceGradient } from '../optimise/centralDifferenceGradient.js';
import { cdnowPurchases } from '../../test-support/cdnowSample.js';
import {
  gammaGammaConditionalExpectedSpend,
  gammaGammaFit,
  gammaGammaLogLikelihood,
  gammaGammaLogLikelihoodGradient,
  type GammaGammaParams,
} from './gammaGamma.js';
import { summariseTransactions, type TransactionSummary } from './summariseTransactions.js';

/** Fader and Hardie, "The Gamma-Gamma Model of Monetary Value" (2013): CDNOW, 946 customers. */
const NOTE: GammaGammaParams = { p: 6.25, q: 3.74, v: 15.44 };

let calibration: TransactionSummary;

beforeAll(() => {
  const purchases = cdnowPurchases();
  calibration = summariseTransactions(purchases, { to: '1997-09-30', unit: 'week' });
});

describe('gammaGammaFit on the CDNOW sample', () => {
  it('reproduces the published estimates on the 946 customers with a repeat purchase', () => {
    // Published: p = 6.25, q = 3.74, γ = 15.44 (spend per repeat transaction, calibration period).
    const fit = gammaGammaFit(calibration);
    expect(fit.customers).toBe(946);
    expect(fit.excluded).toBe(2357 - 946);
    expect(Number(fit.params.p.toPrecision(3))).toBe(6.25);
    expect(Number(fit.params.q.toPrecision(3))).toBe(3.74);
    expect(Number(fit.params.v.toPrecision(3))).toBe(15.4);
    expect(fit.params.v).toBeCloseTo(15.44, 2);
    expect(fit.diagnostics.converged).toBe(true);
  });

  it('reports the weak correlation between frequency and spend that the model assumes away', () => {
    const fit = gammaGammaFit(calibration);
    expect(fit.frequencyMonetaryCorrelation).toBeCloseTo(0.114, 3);
  });

  it('gives the same fit with weights as with repeated rows', () => {
    const once = { frequency: [1, 2, 3, 5], monetaryValue: [10, 35, 18, 22] };
    const twice = { frequency: [...once.frequency, ...once.frequency], monetaryValue: [...once.monetaryValue, ...once.monetaryValue] };
    const weighted = gammaGammaLogLikelihood(NOTE, { ...once, weight: [2, 2, 2, 2] });
    expect(weighted).toBeCloseTo(gammaGammaLogLikelihood(NOTE, twice), 12);
  });
});

describe('gammaGammaLogLikelihood', () => {
  it('matches a hand computation', () => {
    // x = 1, m̄ = 1, p = q = v = 1: f = Γ(2)/(Γ(1)Γ(1)) · 1^1 · 1^0 · 1^1 / (1 + 1)^2 = ¼.
    expect(gammaGammaLogLikelihood({ p: 1, q: 1, v: 1 }, { frequency: [1], monetaryValue: [1] })).toBeCloseTo(Math.log(0.25), 14);
    // x = 2, m̄ = 3, p = 2, q = 3, v = 4: f = Γ(7)/(Γ(4)Γ(3)) · 4³ · 3³ · 2⁴ / 10⁷ = 60 · 27,648 / 10⁷.
    expect(gammaGammaLogLikelihood({ p: 2, q: 3, v: 4 }, { frequency: [2], monetaryValue: [3] })).toBeCloseTo(Math.log((60 * 64 * 27 * 16) / 1e7), 13);
  });

  it('leaves out customers without repeat purchase or without a monetary value', () => {
    const only = gammaGammaLogLikelihood(NOTE, { frequency: [2], monetaryValue: [30] });
    expect(gammaGammaLogLikelihood(NOTE, { frequency: [2, 0, 3], monetaryValue: [30, null, null] })).toBe(only);
  });

  it('has the gradient its finite differences give', () => {
    const analytic = gammaGammaLogLikelihoodGradient(NOTE, calibration);
    const numeric = centralDifferenceGradient((x) => gammaGammaLogLikelihood({ p: x[0]!, q: x[1]!, v: x[2]! }, calibration), [NOTE.p, NOTE.q, NOTE.v]);
    for (const [i, g] of analytic.entries()) expect(Math.abs(g - numeric[i]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(g)));
  });
});

describe('gammaGammaConditionalExpectedSpend', () => {
  it('is the weighted average of the population mean and the customer’s mean', () => {
    // x = 2, m̄ = 22.345: p(v + x m̄)/(px + q − 1) = 6.25 · 60.13 / 15.24 = 24.6596…
    const value = gammaGammaConditionalExpectedSpend(NOTE, 2, 22.345);
    expect(value).toBeCloseTo((6.25 * (15.44 + 2 * 22.345)) / (6.25 * 2 + 3.74 - 1), 12);
    const populationMean = (NOTE.p * NOTE.v) / (NOTE.q - 1);
    const weight = (NOTE.p * 2) / (NOTE.p * 2 + NOTE.q - 1);
    expect(value).toBeCloseTo((1 - weight) * populationMean + weight * 22.345, 12);
  });

  it('moves towards the customer’s own mean as x grows', () => {
    expect(gammaGammaConditionalExpectedSpend(NOTE, 1, 100)).toBeLessThan(gammaGammaConditionalExpectedSpend(NOTE, 10, 100));
    expect(gammaGammaConditionalExpectedSpend(NOTE, 10_000, 100)).toBeCloseTo(100, 1);
  });

  it('gives the population mean pv/(q − 1) without a repeat purchase', () => {
    expect(gammaGammaConditionalExpectedSpend(NOTE, 0, null)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
    expect(gammaGammaConditionalExpectedSpend(NOTE, 3, null)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });

  it('refuses an expectation that is infinite and invalid input', () => {
    expect(() => gammaGammaConditionalExpectedSpend({ p: 1, q: 0.8, v: 10 }, 0, null)).toThrow(/q ≤ 1, got q = 0.8/);
    expect(() => gammaGammaConditionalExpectedSpend({ p: 0.1, q: 0.5, v: 10 }, 2, 20)).toThrow(/px \+ q ≤ 1/);
    expect(() => gammaGammaConditionalExpectedSpend(NOTE, 2, -3)).toThrow(/positive finite monetary value, got -3/);
    expect(() => gammaGammaConditionalExpectedSpend(NOTE, 1.5, 3)).toThrow(/whole number ≥ 0, got 1.5/);
    expect(() => gammaGammaConditionalExpectedSpend({ ...NOTE, v: 0 }, 1, 3)).toThrow(/positive finite parameters, got v = 0/);
  });

  it('is finite and positive on random parameters and customers', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 1.001, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 1e4, noNaN: true }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0.01, max: 1e5, noNaN: true }),
        (p, q, v, x, m) => {
          const value = gammaGammaConditionalExpectedSpend({ p, q, v }, x, x === 0 ? null : m);
          expect(Number.isFinite(value) && value > 0).toBe(true);
        },
      ),
    );
  });
});

describe('Gamma-Gamma bad input', () => {
  it('refuses a fit without a customer who came back', () => {
    expect(() => gammaGammaFit({ frequency: [], monetaryValue: [] })).toThrow(/at least one customer with a repeat purchase .* got none among 0/);
    expect(() => gammaGammaFit({ frequency: [0, 0], monetaryValue: [null, null] })).toThrow(/got none among 2 customers/);
  });

  it('refuses zero or negative monetary values, which the summary must leave out', () => {
    expect(() => gammaGammaFit({ frequency: [1, 2], monetaryValue: [10, 0] })).toThrow(
      /positive finite numbers, got 0 at row 1: leave purchase days with a total of 0 or less out/,
    );
    expect(() => gammaGammaFit({ frequency: [1], monetaryValue: [-5] })).toThrow(ModelError);
    expect(() => gammaGammaFit({ frequency: [1, 2], monetaryValue: [10] })).toThrow(/columns of one length/);
  });

  it('refuses a fit that reaches its iteration limit', () => {
    expect(() => gammaGammaFit(calibration, { maxIterations: 2 })).toThrow(/Gamma-Gamma fit did not converge in 2 iterations/);
  });

  it('either fits or says why, on random spend data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.double({ min: 0.5, max: 500, noNaN: true })), { minLength: 1, maxLength: 60 }),
        (rows) => {
          try {
            const fit = gammaGammaFit({ frequency: rows.map(([x]) => x), monetaryValue: rows.map(([, m]) => m) });
            for (const value of Object.values(fit.params)) expect(Number.isFinite(value) && value > 0).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ModelError);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
