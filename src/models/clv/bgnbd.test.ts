import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ModelError } from '../ModelError.js';
import { assertFitsOrExplains } from '../../test-support/purchaseModelProperty.js';
import { centralDifferenceGradient } from '../optimise/centralDifferenceGradient.js';
import {
  bgnbd,
  bgnbdConditionalExpectedTransactions,
  bgnbdExpectedTransactions,
  bgnbdFit,
  bgnbdLogLikelihood,
  bgnbdLogLikelihoodGradient,
  bgnbdProbabilityAlive,
  bgnbdProbabilityOfTransactions,
  type BgNbdParams,
} from './bgnbd.js';
import { cdnowPurchases } from '../../test-support/cdnowSample.js';
import { summariseTransactions, type TransactionSummary } from './summariseTransactions.js';
import { relativeError, threeFigures } from '../../test-support/precision.js';

/** The estimates of Fader, Hardie and Lee (2005), Marketing Science 24(2), for CDNOW (weeks). */
const PAPER: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

let calibration: TransactionSummary;
let holdoutTotal: number;

beforeAll(() => {
  const purchases = cdnowPurchases();
  calibration = summariseTransactions(purchases, { to: '1997-09-30', unit: 'week' });
  const whole = summariseTransactions(purchases, { to: '1998-06-30', unit: 'week' });
  holdoutTotal = whole.frequency.reduce((sum, x, i) => sum + x - (calibration.frequency[i] ?? 0), 0);
});

describe('bgnbdFit on the CDNOW sample', () => {
  it('reproduces the published estimates and log-likelihood (Fader, Hardie and Lee 2005, CDNOW)', () => {
    // Paper: r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL = −9,582.4 (calibration to
    // 1997-09-30, 2,357 customers, weeks).
    const fit = bgnbdFit(calibration);
    expect(threeFigures(fit.params.r)).toBe(0.243);
    expect(threeFigures(fit.params.alpha)).toBe(4.41);
    expect(threeFigures(fit.params.a)).toBe(0.793);
    expect(threeFigures(fit.params.b)).toBe(2.43);
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(fit.customers).toBe(2357);
    expect(fit.diagnostics.converged).toBe(true);
    expect(fit.diagnostics.gradientNorm).toBeLessThanOrEqual(1e-7);
    // To the four figures the paper gives for α and b, as well:
    expect(fit.params.alpha).toBeCloseTo(4.414, 3);
    expect(fit.params.b).toBeCloseTo(2.426, 3);
  });

  it('gives the same estimates in days, with α scaled by 7', () => {
    const purchases = cdnowPurchases();
    const days = summariseTransactions(purchases, { to: '1997-09-30', unit: 'day' });
    const weeks = bgnbdFit(calibration).params;
    const inDays = bgnbdFit(days).params;
    expect(inDays.r).toBeCloseTo(weeks.r, 5);
    expect(inDays.alpha / 7).toBeCloseTo(weeks.alpha, 4);
    expect(inDays.a).toBeCloseTo(weeks.a, 5);
    expect(inDays.b).toBeCloseTo(weeks.b, 4);
  });

  it('gives the same fit on the distinct patterns with weights as on every customer', () => {
    const counts = new Map<string, { x: number; tx: number; T: number; w: number }>();
    calibration.frequency.forEach((x, i) => {
      const key = `${x} ${calibration.recency[i]} ${calibration.age[i]}`;
      const entry = counts.get(key) ?? { x, tx: calibration.recency[i] ?? 0, T: calibration.age[i] ?? 0, w: 0 };
      entry.w += 1;
      counts.set(key, entry);
    });
    const rows = [...counts.values()];
    const weighted = bgnbdFit({
      frequency: rows.map((row) => row.x),
      recency: rows.map((row) => row.tx),
      age: rows.map((row) => row.T),
      weight: rows.map((row) => row.w),
    });
    const each = bgnbdFit(calibration);
    expect(weighted.logLikelihood).toBeCloseTo(each.logLikelihood, 6);
    expect(weighted.params.r).toBeCloseTo(each.params.r, 6);
    expect(weighted.params.b).toBeCloseTo(each.params.b, 5);
  });

  it('predicts the calibration and holdout purchases of the cohort to within a few per cent', () => {
    // Internal consistency: the model's E[X(T)] summed over the customers against the 2,457
    // repeat purchases observed; and Σ E[Y(39) | x, t_x, T] (each customer's history) against
    // Σ [E[X(T + 39)] − E[X(T)]] (the unconditional path) and the 1,882 holdout purchases.
    const { params } = bgnbdFit(calibration);
    let observed = 0;
    let calibrationPath = 0;
    let conditional = 0;
    let unconditional = 0;
    calibration.frequency.forEach((x, i) => {
      const row = { frequency: x, recency: calibration.recency[i] ?? 0, age: calibration.age[i] ?? 0 };
      observed += x;
      calibrationPath += bgnbdExpectedTransactions(params, row.age);
      conditional += bgnbdConditionalExpectedTransactions(params, 39, row);
      unconditional += bgnbdExpectedTransactions(params, row.age + 39) - bgnbdExpectedTransactions(params, row.age);
    });
    expect(observed).toBe(2457);
    expect(holdoutTotal).toBe(1882);
    expect(relativeError(calibrationPath, observed)).toBeLessThan(0.02); // 2,494 vs 2,457
    expect(relativeError(conditional, unconditional)).toBeLessThan(0.01); // 1,653 vs 1,667
    expect(relativeError(conditional, holdoutTotal)).toBeLessThan(0.15); // 1,653 vs 1,882
  });
});

describe('bgnbdLogLikelihood', () => {
  it('is −9,582.4 at the published estimates', () => {
    expect(bgnbdLogLikelihood(PAPER, calibration)).toBeCloseTo(-9582.4, 0);
  });

  it('matches a hand computation for one customer of each kind', () => {
    // x = 0, T = 2, r = α = a = b = 1: L = (α/(α + T))^r = 1/3.
    expect(bgnbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: [0], recency: [0], age: [2] })).toBeCloseTo(Math.log(1 / 3), 14);
    // x = 1, t_x = 1, T = 2: A₁ = Γ(2)α/Γ(1) = 1, A₂ = Γ(2)Γ(2)/(Γ(1)Γ(3)) = ½,
    // A₃ = 1/3², A₄ = (a/(b + x − 1))·1/2² = ¼ → L = ½ (1/9 + 1/4) = 13/72.
    expect(bgnbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: [1], recency: [1], age: [2] })).toBeCloseTo(Math.log(13 / 72), 14);
  });

  it('stays finite for a customer with 200 repeat purchases, where (α + T)^−(r+x) underflows alone', () => {
    const value = bgnbdLogLikelihood(PAPER, { frequency: [2000], recency: [30], age: [38.86] });
    expect(Number.isFinite(value)).toBe(true);
  });

  it('has the gradient its finite differences give, on both sides of the optimum', () => {
    for (const params of [PAPER, { r: 0.5, alpha: 2, a: 1.5, b: 0.7 }]) {
      const analytic = bgnbdLogLikelihoodGradient(params, calibration);
      const numeric = centralDifferenceGradient(
        (p) => bgnbdLogLikelihood({ r: p[0]!, alpha: p[1]!, a: p[2]!, b: p[3]! }, calibration),
        [params.r, params.alpha, params.a, params.b],
      );
      for (const [i, g] of analytic.entries()) expect(Math.abs(g - numeric[i]!)).toBeLessThan(1e-4 * Math.max(1, Math.abs(g)));
    }
  });
});

describe('BG/NBD expectations', () => {
  // Reference values: the paper's formulas (eqs. 7, 8, 10 and P(alive)) evaluated with mpmath
  // 1.3.0 at 40 digits (mpmath.hyp2f1, beta, gamma) at the published estimates.
  it('gives E[X(t)] of eq. 7', () => {
    const cases: [number, number][] = [
      [1, 0.053267891171658282],
      [39, 1.1967231933208169],
      [78, 1.8605190579427686],
      [1000, 6.5803916137382321],
    ];
    for (const [t, expected] of cases) expect(relativeError(bgnbdExpectedTransactions(PAPER, t), expected)).toBeLessThan(1e-12);
    expect(bgnbdExpectedTransactions(PAPER, 0)).toBe(0);
  });

  it('gives P(X(t) = n) of eq. 8, summing to 1 over n', () => {
    const cases: [number, number][] = [
      [0, 0.5737863520960094],
      [1, 0.19939528083591145],
      [2, 0.085429759539060759],
      [5, 0.017965493866579044],
      [20, 0.00039869209414220942],
    ];
    for (const [n, expected] of cases) {
      expect(relativeError(bgnbdProbabilityOfTransactions(PAPER, 39, n), expected)).toBeLessThan(1e-12);
    }
    let total = 0;
    let mean = 0;
    for (let n = 0; n < 400; n += 1) {
      const p = bgnbdProbabilityOfTransactions(PAPER, 39, n);
      total += p;
      mean += n * p;
    }
    expect(total).toBeCloseTo(1, 10);
    // The mean of the distribution is E[X(t)].
    expect(mean).toBeCloseTo(bgnbdExpectedTransactions(PAPER, 39), 6);
    expect(bgnbdProbabilityOfTransactions(PAPER, 0, 0)).toBe(1);
    expect(bgnbdProbabilityOfTransactions(PAPER, 0, 3)).toBe(0);
  });

  it('gives P(alive), 1 for a customer without repeat purchase', () => {
    const cases: [number, number, number, number][] = [
      [2, 30.43, 38.86, 0.72657857008067291],
      [200, 38, 38.86, 0.82021089871907572],
      [1, 38.86, 38.86, 0.753650201926064],
      [7, 5, 38.86, 0.00016909425607622991],
    ];
    for (const [frequency, recency, age, expected] of cases) {
      expect(relativeError(bgnbdProbabilityAlive(PAPER, { frequency, recency, age }), expected)).toBeLessThan(1e-12);
    }
    for (const age of [0, 1, 38.86, 1e6]) expect(bgnbdProbabilityAlive(PAPER, { frequency: 0, recency: 0, age })).toBe(1);
  });

  it('gives E[Y(t) | x, t_x, T] of eq. 10, also for x = 200, recency = T and t ≫ T', () => {
    const cases: [number, number, number, number, number][] = [
      [39, 2, 30.43, 38.86, 1.2260281747671445],
      [39, 200, 38, 38.86, 113.09852445576197],
      [39, 0, 0, 38.86, 0.19509805201126264],
      [1000, 5, 20, 30, 17.781788398379002],
      [39, 1, 38.86, 38.86, 0.72197643763392423],
      [0.5, 3, 10, 20, 0.033199549512942951],
    ];
    for (const [t, frequency, recency, age, expected] of cases) {
      const value = bgnbdConditionalExpectedTransactions(PAPER, t, { frequency, recency, age });
      expect(relativeError(value, expected)).toBeLessThan(1e-12);
    }
  });

  it('has no 0/0 at a = 1, where eq. 7 and eq. 10 divide by a − 1', () => {
    // Limits: mpmath at a = 1 + 1e-40 with 90 digits.
    const params = { ...PAPER, a: 1 };
    expect(relativeError(bgnbdExpectedTransactions(params, 39), 1.0842790105915188)).toBeLessThan(1e-12);
    const value = bgnbdConditionalExpectedTransactions(params, 39, { frequency: 2, recency: 30.43, age: 38.86 });
    expect(relativeError(value, 1.1021367860399558)).toBeLessThan(1e-12);
    // …and is continuous there.
    const near = bgnbdExpectedTransactions({ ...PAPER, a: 1 + 1e-9 }, 39);
    expect(relativeError(near, 1.0842790105915188)).toBeLessThan(1e-8);
  });

  it('stays accurate when r is much larger than a + b, where the transformed series alternates', () => {
    // mpmath 40 digits: [r, α, a, b] → E[X(39)], E[Y(39) | 3, 10, 20], E[Y(52) | 0, 0, 20].
    const cases: [BgNbdParams, number, number, number][] = [
      [{ r: 50, alpha: 10, a: 0.5, b: 1.2 }, 26.183887350937026, 7.8262188725304836e-8, 17.001200536096103],
      [{ r: 5, alpha: 3, a: 0.8, b: 1.5 }, 8.4516959876768356, 0.31495060159486067, 4.1331519288686801],
      [{ r: 5, alpha: 3, a: 1.001, b: 1.5 }, 6.05731067338084, 0.22402508492221663, 3.5122533948235915],
      [{ r: 5, alpha: 3, a: 0.999999, b: 0.7 }, 3.6996587532957984, 0.16053800269192606, 2.4536404508659523],
    ];
    for (const [params, ex, ey, ey0] of cases) {
      expect(relativeError(bgnbdExpectedTransactions(params, 39), ex)).toBeLessThan(1e-10);
      expect(relativeError(bgnbdConditionalExpectedTransactions(params, 39, { frequency: 3, recency: 10, age: 20 }), ey)).toBeLessThan(1e-10);
      expect(relativeError(bgnbdConditionalExpectedTransactions(params, 52, { frequency: 0, recency: 0, age: 20 }), ey0)).toBeLessThan(1e-10);
    }
  });

  it('makes P(alive) decrease as T grows for fixed x and t_x', () => {
    let previous = 1;
    for (let age = 10; age <= 200; age += 10) {
      const p = bgnbdProbabilityAlive(PAPER, { frequency: 3, recency: 10, age });
      expect(p).toBeLessThan(previous);
      previous = p;
    }
  });

  it('keeps every output finite and in range on random parameters and histories', () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.05, max: 20, noNaN: true }),
          alpha: fc.double({ min: 0.05, max: 100, noNaN: true }),
          a: fc.double({ min: 0.05, max: 20, noNaN: true }),
          b: fc.double({ min: 0.05, max: 20, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (params, frequency, share, age, t) => {
          const customer = { frequency, recency: frequency === 0 ? 0 : share * age, age };
          const pAlive = bgnbdProbabilityAlive(params, customer);
          expect(pAlive).toBeGreaterThanOrEqual(0);
          expect(pAlive).toBeLessThanOrEqual(1);
          const sooner = bgnbdConditionalExpectedTransactions(params, t, customer);
          const later = bgnbdConditionalExpectedTransactions(params, t + 1, customer);
          expect(Number.isFinite(sooner) && Number.isFinite(later)).toBe(true);
          expect(sooner).toBeGreaterThanOrEqual(0);
          expect(later).toBeGreaterThanOrEqual(sooner * (1 - 1e-12));
          const unconditional = bgnbdExpectedTransactions(params, t);
          expect(Number.isFinite(unconditional) && unconditional >= 0).toBe(true);
          const p = bgnbdProbabilityOfTransactions(params, t, frequency);
          expect(p >= 0 && p <= 1).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('BG/NBD bad input', () => {
  it('refuses a fit on no customers and on customers who never came back', () => {
    expect(() => bgnbdFit({ frequency: [], recency: [], age: [] })).toThrow(ModelError);
    expect(() => bgnbdFit({ frequency: [], recency: [], age: [] })).toThrow(/at least one customer, got none/);
    // All customers with one purchase: a and b are not identified.
    expect(() => bgnbdFit({ frequency: [0, 0, 0], recency: [0, 0, 0], age: [10, 20, 30] })).toThrow(
      /at least one customer with a repeat purchase, got 3 customers with frequency 0/,
    );
  });

  it('refuses a fit on one customer: the data cannot identify four parameters', () => {
    expect(() => bgnbdFit({ frequency: [3], recency: [20], age: [30] })).toThrow(ModelError);
  });

  it('refuses a fit that reaches its iteration limit', () => {
    expect(() => bgnbdFit(calibration, { maxIterations: 2 })).toThrow(/BG\/NBD fit did not converge in 2 iterations/);
  });

  it('refuses non-finite and negative values, recency after T and mismatched columns, naming the row', () => {
    expect(() => bgnbdFit({ frequency: [1, 2], recency: [5, 40], age: [10, 30] })).toThrow(/recency ≤ T .*got recency 40 > T 30 at row 1/);
    expect(() => bgnbdFit({ frequency: [1, Number.NaN], recency: [5, 4], age: [10, 30] })).toThrow(/whole number .* got NaN at row 1/);
    expect(() => bgnbdFit({ frequency: [1, 2], recency: [-5, 4], age: [10, 30] })).toThrow(/finite recency ≥ 0, got -5 at row 0/);
    expect(() => bgnbdFit({ frequency: [1, 2], recency: [5, 4], age: [10, Number.POSITIVE_INFINITY] })).toThrow(/finite age T ≥ 0, got Infinity at row 1/);
    expect(() => bgnbdFit({ frequency: [1, 2], recency: [5], age: [10, 30] })).toThrow(/columns of one length/);
    expect(() => bgnbdFit({ frequency: [1], recency: [5], age: [10], weight: [-1] })).toThrow(/weights .* got -1 at row 0/);
  });

  it('refuses invalid parameters and periods in the expectations', () => {
    expect(() => bgnbdExpectedTransactions({ ...PAPER, a: 0 }, 10)).toThrow(/positive finite parameters, got a = 0/);
    expect(() => bgnbdExpectedTransactions(PAPER, -1)).toThrow(/t to be a finite number ≥ 0, got -1/);
    expect(() => bgnbdProbabilityOfTransactions(PAPER, 10, 1.5)).toThrow(/whole number of purchases ≥ 0, got 1.5/);
    expect(() => bgnbdProbabilityAlive(PAPER, { frequency: 2, recency: 50, age: 40 })).toThrow(/got recency 50 > T 40/);
    expect(() => bgnbdConditionalExpectedTransactions(PAPER, Number.NaN, { frequency: 2, recency: 5, age: 40 })).toThrow(ModelError);
  });

  it('either fits or says why on random summaries, and then gives finite outputs in range', () => {
    assertFitsOrExplains(bgnbd);
  });

  it('leaves its input unchanged', () => {
    const input = { frequency: [0, 2, 1], recency: [0, 5, 3], age: [10, 10, 8] };
    const copy = structuredClone(input);
    bgnbdLogLikelihood(PAPER, input);
    expect(input).toEqual(copy);
  });
});
