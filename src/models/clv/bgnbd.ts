import { logBeta } from '../../math/logBeta.js';
import { logGamma } from '../../math/logGamma.js';
import { regularizedIncompleteBeta } from '../../math/regularizedIncompleteBeta.js';
import { digammaDifference } from '../../math/digammaDifference.js';
import { hypergeometricSeries } from '../../math/hypergeometricSeries.js';
import { logRisingFactorial } from '../../math/logRisingFactorial.js';
import { ModelError } from '../ModelError.js';
import { checkParameters, checkPeriod } from './checkParameters.js';
import { checkRfmRow, type RfmRow } from './checkRfmRow.js';
import { fitMaximumLikelihood, type FitOptions } from './fitLogParameters.js';
import type { PurchaseModel, PurchaseModelFit } from './PurchaseModel.js';
import { distinctFrequencies, rfmPatterns, startingTimeScale, type DistinctFrequencies, type RfmColumns, type RfmPatterns } from './rfmPatterns.js';

/**
 * The BG/NBD model ("beta-geometric / negative binomial distribution") of Fader, Hardie and
 * Lee (2005), for non-contractual repeat purchases:
 * - while alive, a customer buys as a Poisson process of rate λ, λ ~ Gamma(r, α) across
 *   customers (shape r, rate α: E[λ] = r/α);
 * - after each purchase the customer drops out with probability p, p ~ Beta(a, b) across
 *   customers.
 *
 * Source: P. S. Fader, B. G. S. Hardie and K. L. Lee, "'Counting Your Customers' the Easy
 * Way: An Alternative to the Pareto/NBD Model", Marketing Science 24(2):275–284, 2005 — the
 * likelihood (6), E[X(t)] (7), P(X(t) = x) (8), E[Y(t) | x, t_x, T] (10) and P(alive)
 * (from the note "Computing P(alive) using the BG/NBD model", Fader, Hardie and Lee 2008).
 * On the CDNOW sample (calibration to 1997-09-30, weeks) the paper reports r = 0.243,
 * α = 4.414, a = 0.793, b = 2.426, LL = −9,582.4; `bgnbd.test.ts` reproduces them.
 */
export type BgNbdParams = {
  r: number;
  alpha: number;
  a: number;
  b: number;
};

/** A fitted BG/NBD model (its log-likelihood summed over customers, the paper's convention, eq. 6). */
export type BgNbdFit = PurchaseModelFit<BgNbdParams>;

const MODEL = 'BG/NBD';

/** Terms allowed to each form of the expectation's series on a first try (most need under 1,000). */
const QUICK_TERMS = 20_000;
/** Terms allowed on the second try: about 36/(1 − z) are needed as z = t/(α + T + t) nears 1. */
const MAX_TERMS = 5_000_000;
const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/** The patterns and their distinct frequencies: the Γ terms depend on x alone. */
interface Prepared extends DistinctFrequencies {
  patterns: RfmPatterns;
}

function prepare(patterns: RfmPatterns): Prepared {
  return { patterns, ...distinctFrequencies(patterns) };
}

/**
 * ln L summed over customers, and (when `gradient` is given) its gradient in (r, α, a, b).
 *
 *     ln Lᵢ = ln Γ(r + x) − ln Γ(r) + r ln α + ln Γ(a + b) + ln Γ(b + x) − ln Γ(b) − ln Γ(a + b + x)
 *             + ln[ (α + T)^−(r+x) + δ(x>0) · a/(b + x − 1) · (α + t_x)^−(r+x) ]
 *
 * (eq. 6 of the paper, in logs), the last term by log-sum-exp so that neither power
 * underflows for large x; the Γ ratios as rising factorials ({@link logRisingFactorial}). The
 * gradient uses ψ(a + x) − ψ(a) ({@link digammaDifference}) and the weights of the two terms of
 * the log-sum-exp.
 */
function logLikelihood({ r, alpha, a, b }: BgNbdParams, prepared: Prepared, gradient: Float64Array | null): number {
  const { patterns, frequencies, frequencyWeights, frequencyIndex } = prepared;
  let sum = 0;
  let gR = 0;
  let gAlpha = 0;
  let gA = 0;
  let gB = 0;
  const logA = Math.log(a);
  // ln(b + x − 1), for x ≥ 1, per distinct frequency.
  const logBPlus = new Float64Array(frequencies.length);
  for (let k = 0; k < frequencies.length; k += 1) {
    const x = frequencies[k] ?? 0;
    const w = frequencyWeights[k] ?? 0;
    if (x > 0) logBPlus[k] = Math.log(b + x - 1);
    if (x === 0) continue; // every Γ term cancels at x = 0
    // ln Γ(r + x) − ln Γ(r) + ln Γ(b + x) − ln Γ(b) + ln Γ(a + b) − ln Γ(a + b + x), as rising
    // factorials: exact even when a and b are huge (a customer base whose dropout
    // probability hardly varies), where the ln Γ values would cancel to noise.
    sum += w * (logRisingFactorial(r, x) + logRisingFactorial(b, x) - logRisingFactorial(a + b, x));
    if (gradient !== null) {
      const psiAB = digammaDifference(a + b, x);
      gR += w * digammaDifference(r, x);
      gA -= w * psiAB;
      gB += w * (digammaDifference(b, x) - psiAB);
    }
  }
  // r ln α is folded into each customer's powers: r ln α − (r + x) ln(α + T) =
  // −r ln(1 + T/α) − x ln(α + T), which keeps its digits when r is huge.
  const { frequency, recency, age, weight } = patterns;
  for (let i = 0; i < frequency.length; i += 1) {
    const x = frequency[i] ?? 0;
    const w = weight[i] ?? 0;
    const T = age[i] ?? 0;
    const alphaT = alpha + T;
    const logAlphaT = Math.log(alphaT);
    const log1pT = Math.log1p(T / alpha);
    const l3 = -r * log1pT - x * logAlphaT;
    // ∂l3/∂r and ∂l3/∂α
    const d3r = -log1pT;
    const d3alpha = (r * T) / (alpha * alphaT) - x / alphaT;
    if (x === 0) {
      sum += w * l3;
      gR += w * d3r;
      gAlpha += w * d3alpha;
      continue;
    }
    const tx = recency[i] ?? 0;
    const alphaTx = alpha + tx;
    const log1pTx = Math.log1p(tx / alpha);
    const l4 = logA - (logBPlus[frequencyIndex[i] ?? 0] ?? 0) - r * log1pTx - x * Math.log(alphaTx);
    const top = Math.max(l3, l4);
    const e3 = Math.exp(l3 - top);
    const e4 = Math.exp(l4 - top);
    const total = e3 + e4;
    sum += w * (top + Math.log(total));
    if (gradient !== null) {
      const w3 = e3 / total;
      const w4 = e4 / total;
      gR += w * (w3 * d3r - w4 * log1pTx);
      gAlpha += w * (w3 * d3alpha + w4 * ((r * tx) / (alpha * alphaTx) - x / alphaTx));
      gA += (w * w4) / a;
      gB -= (w * w4) / (b + x - 1);
    }
  }
  if (gradient !== null) {
    gradient[0] = gR;
    gradient[1] = gAlpha;
    gradient[2] = gA;
    gradient[3] = gB;
  }
  return sum;
}

/**
 * The BG/NBD log-likelihood of a customer base, summed over customers (weighted), at the given
 * parameters: eq. 6 of Fader, Hardie and Lee (2005) in logs (see {@link BgNbdParams}).
 *
 * @param params - r, α, a, b, positive
 * @param input - the RFM summary, see {@link RfmColumns}
 * @returns Σ wᵢ ln Lᵢ
 * @throws {ModelError} on invalid parameters or input
 *
 * @example
 * // One customer with no repeat purchase and T = 1 at r = α = a = b = 1: ln(α/(α + T))^r = ln ½.
 * bgnbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: [0], recency: [0], age: [1] }) // -0.6931471805599453
 */
export function bgnbdLogLikelihood(params: BgNbdParams, input: RfmColumns): number {
  checkParameters(MODEL, params, NAMES);
  return logLikelihood(params, prepare(rfmPatterns(MODEL, input)), null);
}

/**
 * The gradient of {@link bgnbdLogLikelihood} in (r, α, a, b), analytic (digamma functions and
 * the log-sum-exp weights), as the fit uses it.
 *
 * @param params - r, α, a, b, positive
 * @param input - the RFM summary
 * @returns [∂/∂r, ∂/∂α, ∂/∂a, ∂/∂b] of Σ wᵢ ln Lᵢ
 * @throws {ModelError} on invalid parameters or input
 *
 * @example
 * // x = 0, T = 1 at r = α = 1: ln L = r ln α − r ln(α + T) → ∂/∂r = ln ½, ∂/∂α = r/α − r/(α + T) = ½.
 * bgnbdLogLikelihoodGradient({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: [0], recency: [0], age: [1] }) // [-0.6931471805599453, 0.5, 0, 0]
 */
export function bgnbdLogLikelihoodGradient(params: BgNbdParams, input: RfmColumns): number[] {
  checkParameters(MODEL, params, NAMES);
  const gradient = new Float64Array(4);
  logLikelihood(params, prepare(rfmPatterns(MODEL, input)), gradient);
  return Array.from(gradient);
}

/**
 * Fits the BG/NBD model by maximum likelihood: the log-likelihood (eq. 6) and its analytic
 * gradient, maximised over the logarithms of (r, α, a, b) by bounded L-BFGS
 * ({@link fitLogParameters}), on the distinct (x, t_x, T) patterns with their weights.
 *
 * Starting point: r = 1, α = ΣT / Σx (so that r/α is the observed repeat purchase rate),
 * a = b = 1.
 *
 * @param input - the RFM summary of the calibration period, see {@link RfmColumns}
 * @param options - optimiser limits, see {@link FitOptions}
 * @returns the estimates, the maximised log-likelihood and the optimiser's diagnostics
 * @throws {ModelError} on invalid input, no customer, no customer with a repeat purchase (a
 *   and b are then not identified), or a fit that did not converge or ran to the edge of
 *   the parameter space
 *
 * @example
 * bgnbdFit(cdnowCalibrationInWeeks)
 * // { params: { r: 0.2426, alpha: 4.414, a: 0.7929, b: 2.426 }, logLikelihood: -9582.43, customers: 2357, … }
 */
export function bgnbdFit(input: RfmColumns, options: FitOptions = {}): BgNbdFit {
  const patterns = rfmPatterns(MODEL, input);
  if (patterns.repeatCustomers === 0) {
    throw new ModelError(
      `${MODEL} needs at least one customer with a repeat purchase, got ${patterns.customers} customers with frequency 0: the dropout parameters a and b cannot be estimated.`,
    );
  }
  const prepared = prepare(patterns);
  const alpha0 = startingTimeScale(patterns);
  const fit = fitMaximumLikelihood(
    MODEL,
    NAMES,
    (params, gradient) => logLikelihood(params, prepared, gradient),
    [1, alpha0, 1, 1],
    patterns.customers,
    options,
  );
  return { params: fit.params, logLikelihood: fit.logLikelihood, customers: patterns.customers, diagnostics: fit.diagnostics };
}

/**
 * E[Y(t) | alive at T, x, T] = (a + b + x − 1)/(a − 1) · [1 − (1 − z)^(r+x) 2F1(r + x, b + x; a + b + x − 1; z)],
 * z = t/(α + T + t): the expected purchases in (T, T + t] of a customer known to be alive at
 * T — eq. 10 of the paper without its P(alive) denominator. With T = 0 and x = 0 it is
 * E[X(t)] (eq. 7).
 *
 * Written with ε = a − 1, C = a + b + x − 1, k = C − (r + x) and L = ln(1 − z) ≤ 0, Euler's
 * transformation gives (1 − z)^(r+x) 2F1(r + x, b + x; C; z) = e^(εL) 2F1(k, ε; C; z), and
 * 2F1(k, ε; C; z) = 1 + (ε/C) S with S = k z · 3F2(k + 1, a, 1; C + 1, 2; z), so
 *
 *     E = −C · expm1(εL)/ε − e^(εL) S
 *
 * which has no 0/0 at a = 1 (expm1(εL)/ε → L) and whose series has positive terms when
 * k > −1. When k ≤ −1 (r larger than a + b) that series alternates and cancels (about
 * |k|·0.3 digits); if that would cost more than 4 digits and more than the −log₁₀|ε| digits
 * the direct form loses, the direct form is used: E = C (1 − Q)/ε with
 * Q = (1 − z)^(r+x) 2F1(r + x, b + x; C; z), whose terms are positive when C > 0. Should the
 * chosen series still lose more than 7 digits ({@link hypergeometricSeries} refuses it) or need
 * more than 20,000 terms, the other form is tried (for huge a and b, a customer base whose
 * dropout probability hardly varies, the direct form converges at once where the Euler form
 * would need millions of terms); then both with 5,000,000 terms; if all fail, a ModelError
 * says so.
 */
function expectedWhileAlive({ r, alpha, a, b }: BgNbdParams, x: number, age: number, t: number): number {
  if (t === 0) return 0;
  const m = r + x;
  const C = a + b + x - 1;
  const k = C - m;
  const epsilon = a - 1;
  const h = t / (alpha + age);
  const z = h / (1 + h);
  const L = -Math.log1p(h);
  const viaEuler = (maxTerms: number): number => {
    const first = epsilon === 0 ? -C * L : (-C * Math.expm1(epsilon * L)) / epsilon;
    if (k === 0) return first;
    const series = hypergeometricSeries([k + 1, a, 1], [C + 1, 2], z, { maxTerms });
    // e^(εL)·S in logs: e^(εL) can underflow while S overflows.
    const second = Math.sign(k) * series.sign * Math.exp(epsilon * L + Math.log(Math.abs(k) * z) + series.log);
    return first - second;
  };
  const direct = (maxTerms: number): number => {
    if (epsilon === 0) throw new RangeError('the direct form divides by a − 1 = 0');
    const series = hypergeometricSeries([m, b + x], [C], z, { maxTerms });
    const logQ = m * L + series.log;
    // Q = (1 − z)^(r+x) 2F1(…) lies in (0, 1] when C > 0; with C ≤ 0 (x = 0, a + b ≤ 1) it is
    // only a term of the formula and may have either sign.
    const oneMinusQ = series.sign > 0 ? -Math.expm1(logQ) : 1 - series.sign * Math.exp(logQ);
    return (C * oneMinusQ) / epsilon;
  };
  // The Euler form loses about |k|·log₁₀2 digits when k < −1, the direct form about
  // −log₁₀|a − 1|: try the better first. Either can need very many terms (the Euler form when
  // a is huge, the direct one when r + x is): try both with a small budget of terms first.
  const eulerFirst = k > -1 || -k * Math.log10(2) <= Math.max(4, -Math.log10(Math.abs(epsilon)));
  const order = eulerFirst ? [viaEuler, direct] : [direct, viaEuler];
  const attempts = [...order.map((form) => () => form(QUICK_TERMS)), ...order.map((form) => () => form(MAX_TERMS))];
  const finite = (value: number): number => {
    if (!Number.isFinite(value)) throw new RangeError(`the series gave ${String(value)}`);
    return Math.max(0, value);
  };
  let lastError: RangeError | undefined;
  for (const attempt of attempts) {
    try {
      return finite(attempt());
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      lastError = error;
    }
  }
  throw new ModelError(
    `${MODEL} expected purchases cannot be computed at r = ${r}, alpha = ${alpha}, a = ${a}, b = ${b} for x = ${x}, T = ${age}, t = ${t}: ${lastError?.message ?? 'no form of the series converged'}`,
  );
}

/**
 * E[X(t)]: the expected number of repeat purchases in (0, t] of a customer picked at random
 * at their first purchase (eq. 7 of Fader, Hardie and Lee 2005):
 *
 *     E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r · 2F1(r, b; a + b − 1; t/(α + t))]
 *
 * computed as described for the conditional expectation (no 0/0 at a = 1).
 *
 * @param params - r, α, a, b
 * @param t - the length of the period, in the fit's time unit, ≥ 0
 * @returns E[X(t)] ≥ 0, increasing in t
 * @throws {ModelError} on invalid parameters or t
 *
 * @example
 * bgnbdExpectedTransactions({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39) // 1.1967 (CDNOW, 39 weeks)
 */
export function bgnbdExpectedTransactions(params: BgNbdParams, t: number): number {
  checkParameters(MODEL, params, NAMES);
  checkPeriod(MODEL, t);
  return expectedWhileAlive(params, 0, 0, t);
}

/**
 * P(X(t) = n): the probability of exactly n repeat purchases in (0, t] for a randomly picked
 * new customer (eq. 8 of Fader, Hardie and Lee 2005):
 *
 *     P(X(t) = n) = B(a, b + n)/B(a, b) · Γ(r + n)/(Γ(r) n!) · (α/(α + t))^r (t/(α + t))^n
 *                 + δ(n>0) B(a + 1, b + n − 1)/B(a, b) · [1 − (α/(α + t))^r Σⱼ₌₀ⁿ⁻¹ Γ(r + j)/(Γ(r) j!) (t/(α + t))^j]
 *
 * The bracket is the upper tail of a negative binomial, P(N ≥ n) = I_q(n, r) with
 * q = t/(α + t) (regularized incomplete beta), which avoids subtracting nearly equal numbers.
 *
 * @param params - r, α, a, b
 * @param t - the length of the period, ≥ 0
 * @param n - a whole number ≥ 0
 * @returns the probability, in [0, 1]; summed over n it is 1
 * @throws {ModelError} on invalid parameters, t or n
 *
 * @example
 * bgnbdProbabilityOfTransactions({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, 0) // 0.5738
 */
export function bgnbdProbabilityOfTransactions(params: BgNbdParams, t: number, n: number): number {
  checkParameters(MODEL, params, NAMES);
  checkPeriod(MODEL, t);
  if (!(Number.isInteger(n) && n >= 0)) {
    throw new ModelError(`${MODEL} needs a whole number of purchases ≥ 0, got ${String(n)}.`);
  }
  if (t === 0) return n === 0 ? 1 : 0;
  const { r, alpha, a, b } = params;
  const lbAB = logBeta(a, b);
  const logP = Math.log(alpha / (alpha + t));
  const logQ = Math.log(t / (alpha + t));
  const first = Math.exp(logBeta(a, b + n) - lbAB + logRisingFactorial(r, n) - logGamma(n + 1) + r * logP + (n === 0 ? 0 : n * logQ));
  if (n === 0) return Math.min(1, first);
  const tail = regularizedIncompleteBeta(t / (alpha + t), n, r);
  return Math.min(1, first + Math.exp(logBeta(a + 1, b + n - 1) - lbAB) * tail);
}

/**
 * P(alive | x, t_x, T): the probability that a customer with this history has not dropped
 * out by T (Fader, Hardie and Lee 2008, "Computing P(alive) using the BG/NBD model", eq. 2):
 *
 *     P(alive) = 1 / [1 + δ(x>0) · a/(b + x − 1) · ((α + T)/(α + t_x))^(r+x)]
 *
 * It is 1 for a customer without repeat purchase — the model lets customers drop out only
 * right after a purchase — and decreases with T for fixed x and t_x.
 *
 * @param params - r, α, a, b
 * @param customer - x, t_x and T, see {@link RfmRow}
 * @returns P(alive), in [0, 1]
 * @throws {ModelError} on invalid parameters or summary
 *
 * @example
 * bgnbdProbabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: 2, recency: 30.43, age: 38.86 }) // 0.7266
 */
export function bgnbdProbabilityAlive(params: BgNbdParams, customer: RfmRow): number {
  checkParameters(MODEL, params, NAMES);
  checkRfmRow(MODEL, customer);
  return probabilityAlive(params, customer);
}

function probabilityAlive({ r, alpha, a, b }: BgNbdParams, { frequency: x, recency, age }: RfmRow): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + age) - Math.log(alpha + recency));
  // 1/(1 + e^u), written to stay exact for large |u|.
  return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
}

/**
 * E[Y(t) | x, t_x, T]: the expected number of purchases in (T, T + t] of a customer with this
 * history (eq. 10 of Fader, Hardie and Lee 2005):
 *
 *     E[Y(t) | x, t_x, T] = (a + b + x − 1)/(a − 1)
 *                           · [1 − ((α + T)/(α + T + t))^(r+x) 2F1(r + x, b + x; a + b + x − 1; t/(α + T + t))]
 *                           / [1 + δ(x>0) a/(b + x − 1) ((α + T)/(α + t_x))^(r+x)]
 *
 * = P(alive) × the expectation for a customer alive at T, the latter by Euler's transformation
 * into a series of positive terms (see the comment of `expectedWhileAlive`), stable for large
 * x (x = 200), for a = 1 and for t ≫ α + T.
 *
 * @param params - r, α, a, b
 * @param t - the length of the future period, ≥ 0
 * @param customer - x, t_x and T, see {@link RfmRow}
 * @returns the expected purchases, ≥ 0, increasing in t
 * @throws {ModelError} on invalid parameters, t or summary
 *
 * @example
 * bgnbdConditionalExpectedTransactions({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, { frequency: 2, recency: 30.43, age: 38.86 }) // 1.226
 */
export function bgnbdConditionalExpectedTransactions(params: BgNbdParams, t: number, customer: RfmRow): number {
  checkParameters(MODEL, params, NAMES);
  checkPeriod(MODEL, t);
  checkRfmRow(MODEL, customer);
  return probabilityAlive(params, customer) * expectedWhileAlive(params, customer.frequency, customer.age, t);
}

/** BG/NBD as a {@link PurchaseModel}, for code that works with either purchase model. */
export const bgnbd: PurchaseModel<BgNbdParams> = {
  fit: bgnbdFit,
  probabilityAlive: bgnbdProbabilityAlive,
  conditionalExpectedPurchases: bgnbdConditionalExpectedTransactions,
};
