import { digammaDifference } from '../../math/digammaDifference.js';
import { gaussContinuedFraction } from '../../math/gaussContinuedFraction.js';
import { logRisingFactorial } from '../../math/logRisingFactorial.js';
import { ModelError } from '../ModelError.js';
import { checkParameters, checkPeriod } from './checkParameters.js';
import { checkRfmRow, type RfmRow } from './checkRfmRow.js';
import { fitMaximumLikelihood, type FitOptions } from './fitLogParameters.js';
import type { PurchaseModel, PurchaseModelFit } from './PurchaseModel.js';
import { distinctFrequencies, rfmPatterns, startingTimeScale, type DistinctFrequencies, type RfmColumns, type RfmPatterns } from './rfmPatterns.js';

/**
 * The Pareto/NBD model of Schmittlein, Morrison and Colombo (1987), for non-contractual
 * repeat purchases:
 * - while alive, a customer buys as a Poisson process of rate λ, λ ~ Gamma(r, α);
 * - the customer's lifetime is exponential with rate μ, μ ~ Gamma(s, β), independent of λ.
 *
 * Sources: D. C. Schmittlein, D. G. Morrison and R. Colombo, "Counting Your Customers: Who
 * Are They and What Will They Do Next?", Management Science 33(1):1–24, 1987; the likelihood,
 * P(alive) and the conditional expectation as derived in P. S. Fader and B. G. S. Hardie,
 * "A Note on Deriving the Pareto/NBD Model and Related Expressions", November 2005,
 * http://brucehardie.com/notes/009/ (likelihood eqs. 18–20, E[X(t)] eq. 27, P(alive) §5,
 * E[Y(t) | x, t_x, T] eq. 41). On the CDNOW sample (weeks, calibration to 1997-09-30) Fader,
 * Hardie and Lee (2005, Marketing Science 24(2), CDNOW analysis) report r = 0.553, α = 10.578,
 * s = 0.606, β = 11.669, LL = −9,595.0; `paretoNbd.test.ts` reproduces them.
 */
export type ParetoNbdParams = {
  r: number;
  alpha: number;
  s: number;
  beta: number;
};

/** A fitted Pareto/NBD model. */
export type ParetoNbdFit = PurchaseModelFit<ParetoNbdParams>;

const MODEL = 'Pareto/NBD';
const NAMES = ['r', 'alpha', 's', 'beta'] as const;

/** Patterns with, for each, where its D(t_x) and D(T) are in the table of distinct (x, t). */
interface Prepared extends DistinctFrequencies {
  patterns: RfmPatterns;
  /** Distinct (x, t) at which D is needed. */
  pointX: Float64Array;
  pointT: Float64Array;
  recencyPoint: Uint32Array;
  agePoint: Uint32Array;
}

function prepare(patterns: RfmPatterns): Prepared {
  const points = new Map<string, number>();
  const pointX: number[] = [];
  const pointT: number[] = [];
  const pointOf = (x: number, t: number): number => {
    const key = `${x} ${t}`;
    let index = points.get(key);
    if (index === undefined) {
      index = pointX.length;
      points.set(key, index);
      pointX.push(x);
      pointT.push(t);
    }
    return index;
  };
  const n = patterns.frequency.length;
  const recencyPoint = new Uint32Array(n);
  const agePoint = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const x = patterns.frequency[i] ?? 0;
    recencyPoint[i] = pointOf(x, patterns.recency[i] ?? 0);
    agePoint[i] = pointOf(x, patterns.age[i] ?? 0);
  }
  return {
    patterns,
    ...distinctFrequencies(patterns),
    pointX: Float64Array.from(pointX),
    pointT: Float64Array.from(pointT),
    recencyPoint,
    agePoint,
  };
}

/**
 * ln[α^r β^s D(t)] and its gradient in (r, α, s, β), where
 *
 *     D(t) = 2F1(r + s + x, s + 1; r + s + x + 1; (α − β)/(α + t)) / (α + t)^(r+s+x)     if α ≥ β
 *     D(t) = 2F1(r + s + x, r + x; r + s + x + 1; (β − α)/(β + t)) / (β + t)^(r+s+x)     if α < β
 *
 * so that A₀ = D(t_x) − D(T) (eqs. 19–20 of the note). Euler's transformation
 * 2F1(a, b; c; z) = (1 − z)^(c−a−b) 2F1(c − a, c − b; c; z) turns both into 2F1(1, ·; ·; z),
 * whose terms are positive and bounded by zⁿ:
 *
 *     D(t) = (α + t)^−(r+x) (β + t)^−s · 2F1(1, r + x; r + s + x + 1; (α − β)/(α + t))           if α ≥ β
 *     D(t) = (α + t)^−(r+x−1) (β + t)^−(s+1) · 2F1(1, s + 1; r + s + x + 1; (β − α)/(β + t))     if α < β
 *
 * evaluated with Gauss's continued fraction ({@link gaussContinuedFraction}), which also gives
 * the derivatives. There is no overflow for large x, and no 2F1 beyond its radius. The factor
 * α^r β^s of the likelihood is folded in — r ln α − r ln(α + t) = −r ln(1 + t/α) — so that
 * huge r or s (homogeneous purchase or dropout rates) keep their digits.
 */
function logD(r: number, alpha: number, s: number, beta: number, x: number, t: number, gradient: Float64Array): number {
  const alphaT = alpha + t;
  const betaT = beta + t;
  const logAlphaT = Math.log(alphaT);
  const log1pA = Math.log1p(t / alpha);
  const log1pB = Math.log1p(t / beta);
  // ∂/∂α of −r ln(1 + t/α), ∂/∂β of −s ln(1 + t/β)
  const dA = (r * t) / (alpha * alphaT);
  const dB = (s * t) / (beta * betaT);
  if (alpha >= beta) {
    const f = gaussContinuedFraction(r + x, r + s + x + 1, (alpha - beta) / alphaT);
    const fB = f.dB / f.value;
    const fC = f.dC / f.value;
    const fZ = f.dZ / f.value;
    gradient[0] = -log1pA + fB + fC;
    gradient[1] = dA - x / alphaT + (fZ * betaT) / (alphaT * alphaT);
    gradient[2] = -log1pB + fC;
    gradient[3] = dB - fZ / alphaT;
    return -r * log1pA - x * logAlphaT - s * log1pB + Math.log(f.value);
  }
  const f = gaussContinuedFraction(s + 1, r + s + x + 1, (beta - alpha) / betaT);
  const fB = f.dB / f.value;
  const fC = f.dC / f.value;
  const fZ = f.dZ / f.value;
  gradient[0] = -log1pA + fC;
  gradient[1] = dA - (x - 1) / alphaT - fZ / betaT;
  gradient[2] = -log1pB + fB + fC;
  gradient[3] = dB - 1 / betaT + (fZ * alphaT) / (betaT * betaT);
  return -r * log1pA - (x - 1) * logAlphaT - s * log1pB - Math.log(betaT) + Math.log(f.value);
}

/** Per-pattern pieces of the likelihood: ln of the bracket and ln of its first term. */
interface Bracket {
  /** ln[α^r β^s ((α + T)^−(r+x) (β + T)^−s + s/(r + s + x) · A₀)] */
  log: number;
  /** ln[α^r β^s (α + T)^−(r+x) (β + T)^−s]: P(alive) = exp(first − log). */
  first: number;
}

/**
 * The bracket of the likelihood for one pattern, from ln D at t_x and T, by log-sum-exp; adds
 * its gradient times `w` into `gradient` when given.
 */
function bracket(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  recency: number,
  age: number,
  logD1: number,
  gradD1: Float64Array,
  logD2: number,
  gradD2: Float64Array,
  w: number,
  gradient: Float64Array | null,
): Bracket {
  // ln[α^r β^s (α + T)^−(r+x) (β + T)^−s] and its gradient g1
  const log1pA = Math.log1p(age / alpha);
  const log1pB = Math.log1p(age / beta);
  const logAlphaT = Math.log(alpha + age);
  const first = -r * log1pA - x * logAlphaT - s * log1pB;
  const g1r = -log1pA;
  const g1a = (r * age) / (alpha * (alpha + age)) - x / (alpha + age);
  const g1s = -log1pB;
  const g1b = (s * age) / (beta * (beta + age));
  // A₀ = D(t_x) − D(T) = D(t_x)·(1 − e^(ln D(T) − ln D(t_x))), ≥ 0; 0 when t_x = T.
  const ratio = logD2 - logD1;
  const share = recency === age || !(ratio < 0) ? 0 : -Math.expm1(ratio);
  if (share === 0) {
    if (gradient !== null) {
      gradient[0] = (gradient[0] ?? 0) + w * g1r;
      gradient[1] = (gradient[1] ?? 0) + w * g1a;
      gradient[2] = (gradient[2] ?? 0) + w * g1s;
      gradient[3] = (gradient[3] ?? 0) + w * g1b;
    }
    return { log: first, first };
  }
  const rsx = r + s + x;
  const logK = Math.log(s) - Math.log(rsx);
  const second = logK + logD1 + Math.log(share); // ln[s/(r+s+x) · A₀]
  const top = Math.max(first, second);
  const e1 = Math.exp(first - top);
  const e2 = Math.exp(logK + logD1 - top); // k·D(t_x), scaled
  const e3 = Math.exp(logK + logD2 - top); // k·D(T), scaled
  const total = e1 + Math.exp(second - top);
  if (gradient !== null) {
    // ∇ ln(total) = [e1 ∇first + e2 (∇ln k + ∇ln D1) − e3 (∇ln k + ∇ln D2)] / total
    const gkR = -1 / rsx;
    const gkS = 1 / s - 1 / rsx;
    const kDiff = e2 - e3;
    gradient[0] = (gradient[0] ?? 0) + (w * (e1 * g1r + kDiff * gkR + e2 * (gradD1[0] ?? 0) - e3 * (gradD2[0] ?? 0))) / total;
    gradient[1] = (gradient[1] ?? 0) + (w * (e1 * g1a + e2 * (gradD1[1] ?? 0) - e3 * (gradD2[1] ?? 0))) / total;
    gradient[2] = (gradient[2] ?? 0) + (w * (e1 * g1s + kDiff * gkS + e2 * (gradD1[2] ?? 0) - e3 * (gradD2[2] ?? 0))) / total;
    gradient[3] = (gradient[3] ?? 0) + (w * (e1 * g1b + e2 * (gradD1[3] ?? 0) - e3 * (gradD2[3] ?? 0))) / total;
  }
  return { log: top + Math.log(total), first };
}

/**
 * ln L summed over customers (eq. 18 of the note, in logs), and its gradient in (r, α, s, β):
 *
 *     ln Lᵢ = ln Γ(r + x) − ln Γ(r) + r ln α + s ln β
 *             + ln[ (α + T)^−(r+x) (β + T)^−s + s/(r + s + x) · (D(t_x) − D(T)) ]
 */
function logLikelihood({ r, alpha, s, beta }: ParetoNbdParams, prepared: Prepared, gradient: Float64Array | null): number {
  const { patterns, frequencies, frequencyWeights, pointX, pointT, recencyPoint, agePoint } = prepared;
  if (gradient !== null) gradient.fill(0);
  let sum = 0;
  for (let k = 0; k < frequencies.length; k += 1) {
    const x = frequencies[k] ?? 0;
    if (x === 0) continue;
    const w = frequencyWeights[k] ?? 0;
    sum += w * logRisingFactorial(r, x); // ln Γ(r + x) − ln Γ(r)
    if (gradient !== null) gradient[0] = (gradient[0] ?? 0) + w * digammaDifference(r, x);
  }
  const points = pointX.length;
  const logDs = new Float64Array(points);
  const gradDs = new Float64Array(points * 4);
  for (let j = 0; j < points; j += 1) {
    logDs[j] = logD(r, alpha, s, beta, pointX[j] ?? 0, pointT[j] ?? 0, gradDs.subarray(4 * j, 4 * j + 4));
  }
  const { frequency, recency, age, weight } = patterns;
  for (let i = 0; i < frequency.length; i += 1) {
    const j1 = recencyPoint[i] ?? 0;
    const j2 = agePoint[i] ?? 0;
    const w = weight[i] ?? 0;
    const b = bracket(
      r,
      alpha,
      s,
      beta,
      frequency[i] ?? 0,
      recency[i] ?? 0,
      age[i] ?? 0,
      logDs[j1] ?? 0,
      gradDs.subarray(4 * j1, 4 * j1 + 4),
      logDs[j2] ?? 0,
      gradDs.subarray(4 * j2, 4 * j2 + 4),
      w,
      gradient,
    );
    sum += w * b.log;
  }
  return sum;
}

/** Runs a computation, turning a special function's RangeError into a ModelError that names the parameters. */
function explained<T>({ r, alpha, s, beta }: ParetoNbdParams, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ModelError(`${MODEL} cannot be evaluated at r = ${r}, alpha = ${alpha}, s = ${s}, beta = ${beta}: ${error.message}`);
  }
}

/** The bracket of one customer at given parameters (for P(alive) and E[Y]). */
function customerBracket(params: ParetoNbdParams, { frequency: x, recency, age }: RfmRow): Bracket {
  const { r, alpha, s, beta } = params;
  return explained(params, () => {
    const g1 = new Float64Array(4);
    const g2 = new Float64Array(4);
    const logD1 = logD(r, alpha, s, beta, x, recency, g1);
    const logD2 = logD(r, alpha, s, beta, x, age, g2);
    return bracket(r, alpha, s, beta, x, recency, age, logD1, g1, logD2, g2, 0, null);
  });
}

/**
 * The Pareto/NBD log-likelihood of a customer base, summed over customers (weighted): eq. 18
 * of Fader and Hardie's 2005 note, in logs, with the 2F1 terms of eqs. 19–20 rewritten by
 * Euler's transformation and evaluated by Gauss's continued fraction.
 *
 * @param params - r, α, s, β, positive
 * @param input - the RFM summary, see {@link RfmColumns}
 * @returns Σ wᵢ ln Lᵢ
 * @throws {ModelError} on invalid parameters or input
 *
 * @example
 * // One customer, x = 0, t_x = 0, T = 1, r = α = s = β = 1: (α + T)^−r (β + T)^−s = ¼ and, α = β,
 * // D(t) = (1 + t)^−2, A₀ = D(0) − D(1) = ¾, s/(r + s + x) = ½: L = α^r β^s (¼ + ½ · ¾) = 5/8.
 * paretoNbdLogLikelihood({ r: 1, alpha: 1, s: 1, beta: 1 }, { frequency: [0], recency: [0], age: [1] }) // -0.4700036292457356 (ln 5/8)
 */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, input: RfmColumns): number {
  checkParameters(MODEL, params, NAMES);
  const prepared = prepare(rfmPatterns(MODEL, input));
  return explained(params, () => logLikelihood(params, prepared, null));
}

/**
 * The gradient of {@link paretoNbdLogLikelihood} in (r, α, s, β), analytic: ψ(r + x) − ψ(r)
 * ({@link digammaDifference}) for the Γ terms, and the derivatives of 2F1(1, b; c; z) in b, c and z carried through
 * Gauss's continued fraction.
 *
 * @param params - r, α, s, β, positive
 * @param input - the RFM summary
 * @returns [∂/∂r, ∂/∂α, ∂/∂s, ∂/∂β] of Σ wᵢ ln Lᵢ
 * @throws {ModelError} on invalid parameters or input
 *
 * @example
 * paretoNbdLogLikelihoodGradient({ r: 1, alpha: 1, s: 1, beta: 1 }, { frequency: [0], recency: [0], age: [1] }) // [-0.43862943611198907, 0.3333333333333333, 0.16137056388801094, -0.13333333333333336]
 */
export function paretoNbdLogLikelihoodGradient(params: ParetoNbdParams, input: RfmColumns): number[] {
  checkParameters(MODEL, params, NAMES);
  const gradient = new Float64Array(4);
  const prepared = prepare(rfmPatterns(MODEL, input));
  explained(params, () => logLikelihood(params, prepared, gradient));
  return Array.from(gradient);
}

/**
 * Fits the Pareto/NBD model by maximum likelihood: the log-likelihood and its analytic
 * gradient, maximised over the logarithms of (r, α, s, β) by bounded L-BFGS
 * ({@link fitLogParameters}), on the distinct (x, t_x, T) patterns with their weights (and
 * each distinct (x, t) of the 2F1 terms computed once per evaluation).
 *
 * Starting point: r = s = 1, α = β = ΣT / Σx.
 *
 * @param input - the RFM summary of the calibration period, see {@link RfmColumns}
 * @param options - optimiser limits, see {@link FitOptions}
 * @returns the estimates, the maximised log-likelihood and the optimiser's diagnostics
 * @throws {ModelError} on invalid input, no customer, no customer with a repeat purchase, or a
 *   fit that did not converge or ran to the edge of the parameter space
 *
 * @example
 * paretoNbdFit(cdnowCalibrationInWeeks)
 * // { params: { r: 0.5534, alpha: 10.58, s: 0.6061, beta: 11.67 }, logLikelihood: -9594.98, customers: 2357, … }
 */
export function paretoNbdFit(input: RfmColumns, options: FitOptions = {}): ParetoNbdFit {
  const patterns = rfmPatterns(MODEL, input);
  if (patterns.repeatCustomers === 0) {
    throw new ModelError(
      `${MODEL} needs at least one customer with a repeat purchase, got ${patterns.customers} customers with frequency 0: purchase and dropout rates cannot be told apart.`,
    );
  }
  const prepared = prepare(patterns);
  const scale0 = startingTimeScale(patterns);
  const fit = fitMaximumLikelihood(
    MODEL,
    NAMES,
    (params, gradient) => {
      try {
        return logLikelihood(params, prepared, gradient);
      } catch (error) {
        // A trial point so extreme that the continued fraction does not converge (β/α beyond
        // 1e10 or so): the line search steps back from it.
        if (error instanceof RangeError) return null;
        throw error;
      }
    },
    [1, scale0, 1, scale0],
    patterns.customers,
    options,
  );
  return { params: fit.params, logLikelihood: fit.logLikelihood, customers: patterns.customers, diagnostics: fit.diagnostics };
}

/**
 * [1 − (1 + t/β)^−(s−1)] / (s − 1), the lifetime part of the Pareto/NBD expectations, written
 * with expm1 so that s = 1 (limit ln(1 + t/β)) and t ≪ β keep their precision.
 */
function lifetimeFactor(s: number, beta: number, t: number): number {
  const u = Math.log1p(t / beta);
  return s === 1 ? u : -Math.expm1(-(s - 1) * u) / (s - 1);
}

/**
 * E[X(t)]: the expected number of repeat purchases in (0, t] of a customer picked at random
 * at their first purchase (eq. 27 of Fader and Hardie's 2005 note; Schmittlein et al. 1987):
 *
 *     E[X(t)] = rβ / (α(s − 1)) · [1 − (β/(β + t))^(s−1)]
 *
 * @param params - r, α, s, β
 * @param t - the length of the period, in the fit's time unit, ≥ 0
 * @returns E[X(t)] ≥ 0, increasing in t
 * @throws {ModelError} on invalid parameters or t
 *
 * @example
 * paretoNbdExpectedTransactions({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, 39) // 1.2130
 */
export function paretoNbdExpectedTransactions(params: ParetoNbdParams, t: number): number {
  checkParameters(MODEL, params, NAMES);
  checkPeriod(MODEL, t);
  const { r, alpha, s, beta } = params;
  return ((r * beta) / alpha) * lifetimeFactor(s, beta, t);
}

/**
 * P(alive | x, t_x, T): the probability that a customer with this history is still active at T
 * (§5 of Fader and Hardie's 2005 note):
 *
 *     P(alive) = 1 / [1 + s/(r + s + x) · (α + T)^(r+x) (β + T)^s · A₀]
 *
 * with A₀ = D(t_x) − D(T) as in the likelihood. It is 1 when t_x = T (a purchase at the very
 * end of the period) and decreases with T for fixed x and t_x.
 *
 * @param params - r, α, s, β
 * @param customer - x, t_x and T, see {@link RfmRow}
 * @returns P(alive), in [0, 1]
 * @throws {ModelError} on invalid parameters or summary
 *
 * @example
 * paretoNbdProbabilityAlive({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, { frequency: 2, recency: 30.43, age: 38.86 }) // 0.8692
 */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams, customer: RfmRow): number {
  checkParameters(MODEL, params, NAMES);
  checkRfmRow(MODEL, customer);
  const { log, first } = customerBracket(params, customer);
  return Math.min(1, Math.exp(first - log));
}

/**
 * E[Y(t) | x, t_x, T]: the expected number of purchases in (T, T + t] of a customer with this
 * history (eq. 41 of Fader and Hardie's 2005 note; Schmittlein et al. 1987):
 *
 *     E[Y(t) | x, t_x, T] = (r + x)(β + T) / ((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))^(s−1)] · P(alive)
 *
 * @param params - r, α, s, β
 * @param t - the length of the future period, ≥ 0
 * @param customer - x, t_x and T, see {@link RfmRow}
 * @returns the expected purchases, ≥ 0, increasing in t
 * @throws {ModelError} on invalid parameters, t or summary
 *
 * @example
 * paretoNbdConditionalExpectedTransactions({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, 39, { frequency: 2, recency: 30.43, age: 38.86 }) // 1.4551
 */
export function paretoNbdConditionalExpectedTransactions(params: ParetoNbdParams, t: number, customer: RfmRow): number {
  checkParameters(MODEL, params, NAMES);
  checkPeriod(MODEL, t);
  checkRfmRow(MODEL, customer);
  const { r, alpha, s, beta } = params;
  const { log, first } = customerBracket(params, customer);
  const pAlive = Math.min(1, Math.exp(first - log));
  const { frequency: x, age } = customer;
  return (((r + x) * (beta + age)) / (alpha + age)) * lifetimeFactor(s, beta + age, t) * pAlive;
}

/** Pareto/NBD as a {@link PurchaseModel}, for code that works with either purchase model. */
export const paretoNbd: PurchaseModel<ParetoNbdParams> = {
  fit: paretoNbdFit,
  probabilityAlive: paretoNbdProbabilityAlive,
  conditionalExpectedPurchases: paretoNbdConditionalExpectedTransactions,
};
