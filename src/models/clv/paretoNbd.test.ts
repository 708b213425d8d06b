import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModelError } from '../ModelError.js';
import { assertFitsOrExplains } from '../../test-support/purchaseModelProperty.js';
import { centralDifferenceGradient } from '../optimise/centralDifferenceGradient.js';
import { cdnowPurchases } from '../../test-support/cdnowSample.js';
import {
  paretoNbd,
  paretoNbdConditionalExpectedTransactions,
  paretoNbdExpectedTransactions,
  paretoNbdFit,
  paretoNbdLogLikelihood,
  paretoNbdLogLikelihoodGradient,
  paretoNbdProbabilityAlive,
  type ParetoNbdParams,
} from './paretoNbd.js';
import { summariseTransactions, type TransactionSummary } from './summariseTransactions.js';
import { relativeError, threeFigures } from '../../test-support/precision.js';

/** The Pareto/NBD estimates Fader, Hardie and Lee (2005, Marketing Science 24(2)) report for CDNOW (weeks). */
const PAPER: ParetoNbdParams = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };

let calibration: TransactionSummary;

beforeAll(() => {
  const purchases = cdnowPurchases();
  calibration = summariseTransactions(purchases, { to: '1997-09-30', unit: 'week' });
});

describe('paretoNbdFit on the CDNOW sample', () => {
  it('reproduces the published estimates and log-likelihood', () => {
    // Published: r = 0.553, α = 10.578, s = 0.606, β = 11.669, LL ≈ −9,595.0.
    const fit = paretoNbdFit(calibration);
    expect(threeFigures(fit.params.r)).toBe(0.553);
    expect(threeFigures(fit.params.alpha)).toBe(10.6);
    expect(threeFigures(fit.params.s)).toBe(0.606);
    expect(threeFigures(fit.params.beta)).toBe(11.7);
    expect(fit.params.alpha).toBeCloseTo(10.578, 2);
    expect(fit.params.beta).toBeCloseTo(11.669, 2);
    expect(fit.logLikelihood).toBeCloseTo(-9595.0, 0);
    expect(fit.customers).toBe(2357);
    expect(fit.diagnostics.converged).toBe(true);
  });

  it('explains the cohort’s purchases about as well as BG/NBD does', () => {
    // Σ E[Y(39) | x, t_x, T] = 1,666 against the unconditional path Σ [E[X(T + 39)] − E[X(T)]]
    // = 1,745 and the 1,882 purchases of the holdout weeks.
    const { params } = paretoNbdFit(calibration);
    let conditional = 0;
    let unconditional = 0;
    calibration.frequency.forEach((frequency, i) => {
      const row = { frequency, recency: calibration.recency[i] ?? 0, age: calibration.age[i] ?? 0 };
      conditional += paretoNbdConditionalExpectedTransactions(params, 39, row);
      unconditional += paretoNbdExpectedTransactions(params, row.age + 39) - paretoNbdExpectedTransactions(params, row.age);
    });
    expect(relativeError(conditional, unconditional)).toBeLessThan(0.06);
    expect(relativeError(conditional, 1882)).toBeLessThan(0.15);
  });
});

describe('paretoNbdLogLikelihood', () => {
  // Reference values: eqs. 18–20 of Fader and Hardie's 2005 note (2F1 as printed, no
  // transformation) evaluated with mpmath 1.3.0 at 40 digits. The third set has β/α = 100:
  // the 2F1 argument (β − α)/(β + t_x) reaches 0.99, where the series needs thousands of terms.
  const cases: [ParetoNbdParams, [number, number, number, number, number, number][]][] = [
    [
      PAPER,
      [
        // x, t_x, T, ln L, P(alive), E[Y(39)]
        [2, 30.43, 38.86, -9.5542832451504057, 0.8691675591530112, 1.4551231932576025],
        [200, 38, 38.86, 78.596573227616634, 0.91108357707254009, 119.82096720700251],
        [0, 0, 38.86, -0.52104629408089037, 0.29528660461689416, 0.10708146821530886],
        [1, 38.86, 38.86, -6.2339717840061216, 1, 1.0183964942015913],
        [7, 5, 38.86, -15.143267823195432, 0.0011829754125101677, 0.0058592313012766283],
      ],
    ],
    [
      { r: 0.5, alpha: 15, s: 0.6, beta: 5 },
      [
        [2, 30.43, 38.86, -10.044422922737844, 0.85372754849919277, 1.2590623025908013],
        [200, 38, 38.86, 60.876282730154482, 0.91743872918672367, 108.51239856918351],
        [0, 0, 38.86, -0.29656098084874013, 0.19290704067856278, 0.056899178959306658],
        [7, 5, 38.86, -16.627981877394574, 0.0019172885934609014, 0.0084827500135996034],
      ],
    ],
    [
      { r: 2, alpha: 3, s: 1.5, beta: 300 },
      [
        [2, 30.43, 38.86, -11.071180799272192, 0.94189179873135187, 3.2335709248218023],
        [200, 38, 38.86, 116.27249825656877, 0.94412824577840503, 163.68306346088308],
        [0, 0, 38.86, -4.0390572925052796, 0.24290462162190662, 0.41695305290871625],
        [7, 5, 38.86, -11.261999195321403, 5.9599901899942204e-5, 0.0004603725691977482],
      ],
    ],
  ];

  it('matches the note’s formula for α < β, α > β and β ≫ α, for x = 200 and recency = T', () => {
    for (const [params, rows] of cases) {
      for (const [frequency, recency, age, logL, pAlive, expected] of rows) {
        const customer = { frequency, recency, age };
        expect(paretoNbdLogLikelihood(params, { frequency: [frequency], recency: [recency], age: [age] })).toBeCloseTo(logL, 11);
        expect(relativeError(paretoNbdProbabilityAlive(params, customer), pAlive)).toBeLessThan(1e-11);
        expect(relativeError(paretoNbdConditionalExpectedTransactions(params, 39, customer), expected)).toBeLessThan(1e-11);
      }
    }
  });

  it('is continuous where it switches formula at α = β', () => {
    const input = { frequency: [3, 0], recency: [20, 0], age: [30, 25] };
    const at = paretoNbdLogLikelihood({ r: 1, alpha: 8, s: 1, beta: 8 }, input);
    expect(paretoNbdLogLikelihood({ r: 1, alpha: 8 * (1 + 1e-9), s: 1, beta: 8 }, input)).toBeCloseTo(at, 7);
    expect(paretoNbdLogLikelihood({ r: 1, alpha: 8 * (1 - 1e-9), s: 1, beta: 8 }, input)).toBeCloseTo(at, 7);
  });

  it('has the gradient its finite differences give, in both branches', () => {
    for (const params of [PAPER, { r: 0.553, alpha: 30, s: 0.606, beta: 11.669 }, { r: 2, alpha: 3, s: 1.5, beta: 300 }]) {
      const analytic = paretoNbdLogLikelihoodGradient(params, calibration);
      const numeric = centralDifferenceGradient(
        (p) => paretoNbdLogLikelihood({ r: p[0]!, alpha: p[1]!, s: p[2]!, beta: p[3]! }, calibration),
        [params.r, params.alpha, params.s, params.beta],
      );
      for (const [i, g] of analytic.entries()) expect(Math.abs(g - numeric[i]!)).toBeLessThan(1e-4 * Math.max(1, Math.abs(g)));
    }
  });
});

describe('Pareto/NBD expectations', () => {
  it('gives E[X(t)] of eq. 27, and its limit at s = 1', () => {
    // mpmath: rβ/(α(s − 1)) [1 − (β/(β + t))^(s−1)].
    expect(relativeError(paretoNbdExpectedTransactions(PAPER, 39), 1.2130028442810159)).toBeLessThan(1e-13);
    expect(relativeError(paretoNbdExpectedTransactions(PAPER, 1000), 7.4349236321217471)).toBeLessThan(1e-13);
    // s = 1: rβ/α · ln(1 + t/β) = 1 · 2 · ln 2 with r = 1, α = 5, β = 10, t = 10.
    expect(paretoNbdExpectedTransactions({ r: 1, alpha: 5, s: 1, beta: 10 }, 10)).toBeCloseTo(2 * Math.log(2), 14);
    expect(paretoNbdExpectedTransactions(PAPER, 0)).toBe(0);
  });

  it('makes P(alive) decrease as T grows for fixed x and t_x, and 1 when the last purchase is at T', () => {
    let previous = paretoNbdProbabilityAlive(PAPER, { frequency: 3, recency: 10, age: 10 });
    expect(previous).toBe(1);
    for (let age = 15; age <= 200; age += 5) {
      const p = paretoNbdProbabilityAlive(PAPER, { frequency: 3, recency: 10, age });
      expect(p).toBeLessThan(previous);
      previous = p;
    }
    expect(paretoNbdProbabilityAlive(PAPER, { frequency: 4, recency: 25, age: 25 })).toBe(1);
  });

  it('keeps every output finite and in range on random parameters and histories', () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.01, max: 50, noNaN: true }),
          alpha: fc.double({ min: 0.05, max: 500, noNaN: true }),
          s: fc.double({ min: 0.01, max: 50, noNaN: true }),
          beta: fc.double({ min: 0.05, max: 500, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (params, frequency, share, age, t) => {
          const customer = { frequency, recency: frequency === 0 ? 0 : share * age, age };
          const pAlive = paretoNbdProbabilityAlive(params, customer);
          expect(pAlive >= 0 && pAlive <= 1).toBe(true);
          const sooner = paretoNbdConditionalExpectedTransactions(params, t, customer);
          const later = paretoNbdConditionalExpectedTransactions(params, t + 1, customer);
          expect(Number.isFinite(sooner) && sooner >= 0).toBe(true);
          expect(later).toBeGreaterThanOrEqual(sooner * (1 - 1e-12));
          const logL = paretoNbdLogLikelihood(params, { frequency: [customer.frequency], recency: [customer.recency], age: [age] });
          expect(Number.isFinite(logL)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Pareto/NBD bad input', () => {
  it('refuses a fit on no customers, on customers without repeat purchase and on one customer', () => {
    expect(() => paretoNbdFit({ frequency: [], recency: [], age: [] })).toThrow(/at least one customer, got none/);
    expect(() => paretoNbdFit({ frequency: [0, 0], recency: [0, 0], age: [3, 8] })).toThrow(
      /at least one customer with a repeat purchase, got 2 customers with frequency 0/,
    );
    expect(() => paretoNbdFit({ frequency: [3], recency: [20], age: [30] })).toThrow(ModelError);
  });

  it('refuses a fit that reaches its iteration limit', () => {
    expect(() => paretoNbdFit(calibration, { maxIterations: 3 })).toThrow(/Pareto\/NBD fit did not converge in 3 iterations/);
  });

  it('either fits or says why on random summaries, and then gives finite outputs in range', () => {
    assertFitsOrExplains(paretoNbd);
  });

  it('refuses invalid parameters, periods and histories', () => {
    expect(() => paretoNbdExpectedTransactions({ ...PAPER, s: Number.NaN }, 10)).toThrow(/positive finite parameters, got s = NaN/);
    expect(() => paretoNbdConditionalExpectedTransactions(PAPER, -2, { frequency: 1, recency: 2, age: 3 })).toThrow(/got -2/);
    expect(() => paretoNbdProbabilityAlive(PAPER, { frequency: 0, recency: 2, age: 3 })).toThrow(/recency 0 for a customer without repeat purchase/);
    expect(() => paretoNbdFit({ frequency: [1, 2], recency: [5, 40], age: [10, 30] })).toThrow(/recency 40 > T 30 at row 1/);
  });
});
