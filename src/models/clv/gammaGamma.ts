import { logBeta } from '../../math/logBeta.js';
import { digammaDifference } from '../../math/digammaDifference.js';
import { ModelError } from '../ModelError.js';
import { checkParameters } from './checkParameters.js';
import { fitMaximumLikelihood, type FitDiagnostics, type FitOptions } from './fitLogParameters.js';

/**
 * The Gamma-Gamma model of spend per transaction:
 * - a customer's transaction values zᵢ are Gamma(p, ν) (shape p, rate ν), so their mean spend
 *   is p/ν;
 * - ν varies across customers as Gamma(q, v) (shape q, rate v — the note's γ);
 * - spend is independent of the purchase process (frequency, recency).
 *
 * Sources: P. S. Fader, B. G. S. Hardie and K. L. Lee, "RFM and CLV: Using Iso-Value Curves
 * for Customer Base Analysis", Journal of Marketing Research 42(4):415–430, 2005 (§"spend
 * model"), and P. S. Fader and B. G. S. Hardie, "The Gamma-Gamma Model of Monetary Value",
 * February 2013, http://brucehardie.com/notes/025/ — the density of the mean m̄ₓ of x
 * transactions with ν integrated out (the likelihood) and the conditional expectation
 * E(M | p, q, γ, m̄ₓ, x). On the 946 CDNOW customers with a repeat purchase by 1997-09-30 the
 * note reports p = 6.25, q = 3.74, γ = 15.44; `gammaGamma.test.ts` reproduces them.
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

/**
 * The input of the spend model: per customer the number of transactions behind the average
 * and the average, column by column as the store's `rfmSummary` returns them. Customers with
 * x = 0 or no monetary value (null) carry no spend information and are left out.
 */
export interface SpendColumns {
  /** x: the number of (repeat) transactions whose mean is `monetaryValue`. */
  frequency: readonly number[];
  /** m̄ₓ: mean spend of those transactions, > 0; null without one. */
  monetaryValue: readonly (number | null)[];
  /** How many customers share the row (default 1 each). */
  weight?: readonly number[];
}

/** A fitted Gamma-Gamma model. */
export interface GammaGammaFit {
  params: GammaGammaParams;
  /** The maximised log-likelihood, summed over the customers in the fit. */
  logLikelihood: number;
  /** Customers in the fit: x ≥ 1 with a monetary value (sum of weights). */
  customers: number;
  /** Customers left out: x = 0, or no monetary value (sum of weights). */
  excluded: number;
  /**
   * Pearson correlation between x and m̄ₓ over the customers in the fit: the model assumes
   * spend independent of frequency, which a correlation far from 0 contradicts.
   */
  frequencyMonetaryCorrelation: number;
  diagnostics: FitDiagnostics;
}

const MODEL = 'Gamma-Gamma';
const NAMES = ['p', 'q', 'v'] as const;

/** The customers that enter the likelihood, grouped by frequency. */
interface Prepared {
  frequency: Float64Array;
  monetary: Float64Array;
  weight: Float64Array;
  /** Distinct frequencies, their total weights and Σ w ln m̄ (the terms linear in ln m̄). */
  frequencies: Float64Array;
  frequencyWeights: Float64Array;
  frequencyLogSpend: Float64Array;
  customers: number;
  excluded: number;
}

function prepare(input: SpendColumns): Prepared {
  const { frequency, monetaryValue, weight } = input;
  const n = frequency.length;
  if (monetaryValue.length !== n || (weight !== undefined && weight.length !== n)) {
    throw new ModelError(
      `${MODEL} needs columns of one length, got ${n} frequencies, ${monetaryValue.length} monetary values${weight === undefined ? '' : ` and ${weight.length} weights`}.`,
    );
  }
  const xs: number[] = [];
  const ms: number[] = [];
  const ws: number[] = [];
  const byFrequency = new Map<number, [number, number]>();
  let customers = 0;
  let excluded = 0;
  for (let i = 0; i < n; i += 1) {
    const x = frequency[i] ?? Number.NaN;
    const m = monetaryValue[i];
    const w = weight === undefined ? 1 : (weight[i] ?? Number.NaN);
    if (!(Number.isFinite(w) && w >= 0)) {
      throw new ModelError(`${MODEL} needs weights that are finite numbers ≥ 0, got ${String(w)} at row ${i}.`);
    }
    if (!(Number.isInteger(x) && x >= 0)) {
      throw new ModelError(`${MODEL} needs a frequency that is a whole number ≥ 0, got ${String(x)} at row ${i}.`);
    }
    if (m !== null && m !== undefined && !(Number.isFinite(m) && m > 0)) {
      throw new ModelError(
        `${MODEL} needs monetary values that are positive finite numbers, got ${String(m)} at row ${i}: leave purchase days with a total of 0 or less out of the average.`,
      );
    }
    if (w === 0) continue;
    if (x === 0 || m === null || m === undefined) {
      excluded += w;
      continue;
    }
    xs.push(x);
    ms.push(m);
    ws.push(w);
    customers += w;
    const sums = byFrequency.get(x) ?? [0, 0];
    sums[0] += w;
    sums[1] += w * Math.log(m);
    byFrequency.set(x, sums);
  }
  return {
    frequency: Float64Array.from(xs),
    monetary: Float64Array.from(ms),
    weight: Float64Array.from(ws),
    frequencies: Float64Array.from(byFrequency.keys()),
    frequencyWeights: Float64Array.from([...byFrequency.values()].map(([w]) => w)),
    frequencyLogSpend: Float64Array.from([...byFrequency.values()].map(([, sum]) => sum)),
    customers,
    excluded,
  };
}

/**
 * ln L summed over customers, and its gradient in (p, q, v) when asked:
 *
 *     ln f(m̄ₓ | p, q, v; x) = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln v + (px − 1) ln m̄ₓ + px ln x
 *                             − (px + q) ln(v + x m̄ₓ)
 *
 * (the 2013 note's likelihood, in logs: the density of the mean of x Gamma(p, ν) values, ν
 * integrated out). The Γ terms, −ln B(px, q), depend on x alone and are computed once per
 * distinct x.
 */
function logLikelihood({ p, q, v }: GammaGammaParams, prepared: Prepared, gradient: Float64Array | null): number {
  const { frequencies, frequencyWeights, frequencyLogSpend } = prepared;
  let sum = 0;
  let gP = 0;
  let gQ = 0;
  let gV = 0;
  const logV = Math.log(v);
  for (let k = 0; k < frequencies.length; k += 1) {
    const x = frequencies[k] ?? 0;
    const w = frequencyWeights[k] ?? 0;
    const logSpend = frequencyLogSpend[k] ?? 0;
    const px = p * x;
    const logX = Math.log(x);
    // ln Γ(px + q) − ln Γ(px) − ln Γ(q) = −ln B(px, q), precise for large px or q.
    sum += w * (-logBeta(px, q) + q * logV + px * logX) + (px - 1) * logSpend;
    if (gradient !== null) {
      gP += w * x * (digammaDifference(px, q) + logX) + x * logSpend;
      gQ += w * (digammaDifference(q, px) + logV);
      gV += (w * q) / v;
    }
  }
  const { frequency, monetary, weight } = prepared;
  for (let i = 0; i < frequency.length; i += 1) {
    const x = frequency[i] ?? 0;
    const w = weight[i] ?? 0;
    const denominator = v + x * (monetary[i] ?? 0);
    const logDenominator = Math.log(denominator);
    sum -= w * (p * x + q) * logDenominator;
    if (gradient !== null) {
      gP -= w * x * logDenominator;
      gQ -= w * logDenominator;
      gV -= (w * (p * x + q)) / denominator;
    }
  }
  if (gradient !== null) {
    gradient[0] = gP;
    gradient[1] = gQ;
    gradient[2] = gV;
  }
  return sum;
}

/**
 * The Gamma-Gamma log-likelihood of the customers with x ≥ 1 and a monetary value, summed
 * (weighted): the likelihood of Fader and Hardie's 2013 note, in logs.
 *
 * @param params - p, q, v, positive
 * @param input - frequencies and monetary values, see {@link SpendColumns}
 * @returns Σ wᵢ ln f(m̄ᵢ | p, q, v; xᵢ)
 * @throws {ModelError} on invalid parameters or input
 *
 * @example
 * // x = 1, m̄ = 1, p = q = v = 1: f = Γ(2)/(Γ(1)Γ(1)) · 1 · 1 / 2² = ¼.
 * gammaGammaLogLikelihood({ p: 1, q: 1, v: 1 }, { frequency: [1], monetaryValue: [1] }) // -1.3862943611198906
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, input: SpendColumns): number {
  checkParameters(MODEL, params, NAMES);
  return logLikelihood(params, prepare(input), null);
}

/**
 * The gradient of {@link gammaGammaLogLikelihood} in (p, q, v), analytic.
 *
 * @param params - p, q, v, positive
 * @param input - frequencies and monetary values
 * @returns [∂/∂p, ∂/∂q, ∂/∂v]
 * @throws {ModelError} on invalid parameters or input
 *
 * @example
 * gammaGammaLogLikelihoodGradient({ p: 1, q: 1, v: 1 }, { frequency: [1], monetaryValue: [1] }) // [0.3068528194400547, 0.3068528194400547, 0]
 */
export function gammaGammaLogLikelihoodGradient(params: GammaGammaParams, input: SpendColumns): number[] {
  checkParameters(MODEL, params, NAMES);
  const gradient = new Float64Array(3);
  logLikelihood(params, prepare(input), gradient);
  return Array.from(gradient);
}

function correlation(x: Float64Array, y: Float64Array, w: Float64Array): number {
  let sw = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < x.length; i += 1) {
    sw += w[i] ?? 0;
    sx += (w[i] ?? 0) * (x[i] ?? 0);
    sy += (w[i] ?? 0) * (y[i] ?? 0);
  }
  const mx = sx / sw;
  const my = sy / sw;
  let cxy = 0;
  let cxx = 0;
  let cyy = 0;
  for (let i = 0; i < x.length; i += 1) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    cxy += (w[i] ?? 0) * dx * dy;
    cxx += (w[i] ?? 0) * dx * dx;
    cyy += (w[i] ?? 0) * dy * dy;
  }
  // No spread in one of them: no linear association to report.
  return cxx > 0 && cyy > 0 ? cxy / Math.sqrt(cxx * cyy) : 0;
}

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood on the customers with at least one
 * repeat transaction and a monetary value: the log-likelihood and its analytic gradient,
 * maximised over ln p, ln q, ln v by bounded L-BFGS ({@link fitLogParameters}).
 *
 * Starting point: p = 1, q = 2 and v = the mean of m̄ (so that the population mean spend
 * pv/(q − 1) starts at the observed mean).
 *
 * Pitfall: the model assumes spend independent of frequency; the fit reports the correlation
 * between x and m̄ₓ (`frequencyMonetaryCorrelation`; 0.114 on the CDNOW calibration period)
 * so that a caller can warn when it is large.
 *
 * @param input - frequencies and monetary values, see {@link SpendColumns}
 * @param options - optimiser limits, see {@link FitOptions}
 * @returns the estimates, the log-likelihood, the counts and the optimiser's diagnostics
 * @throws {ModelError} on invalid input, no customer with x ≥ 1 and a monetary value, or a fit
 *   that did not converge or ran to the edge of the parameter space
 *
 * @example
 * gammaGammaFit(cdnowCalibration) // { params: { p: 6.250, q: 3.744, v: 15.44 }, customers: 946, excluded: 1411, frequencyMonetaryCorrelation: 0.114, … }
 */
export function gammaGammaFit(input: SpendColumns, options: FitOptions = {}): GammaGammaFit {
  const prepared = prepare(input);
  if (prepared.customers === 0) {
    throw new ModelError(
      `${MODEL} needs at least one customer with a repeat purchase and a positive monetary value, got none among ${prepared.excluded} customers.`,
    );
  }
  let meanSpend = 0;
  prepared.monetary.forEach((m, i) => {
    meanSpend += (prepared.weight[i] ?? 0) * m;
  });
  meanSpend /= prepared.customers;
  const start = [1, 2, Math.min(1e6, Math.max(1e-6, meanSpend))];
  const fit = fitMaximumLikelihood(MODEL, NAMES, (params, gradient) => logLikelihood(params, prepared, gradient), start, prepared.customers, options);
  return {
    params: fit.params,
    logLikelihood: fit.logLikelihood,
    customers: prepared.customers,
    excluded: prepared.excluded,
    frequencyMonetaryCorrelation: correlation(prepared.frequency, prepared.monetary, prepared.weight),
    diagnostics: fit.diagnostics,
  };
}

/**
 * E[M | x, m̄ₓ]: the expected spend per transaction of a customer with x transactions of mean
 * m̄ₓ (Fader, Hardie and Lee 2005, JMR; Fader and Hardie's 2013 note) — a weighted average of the population mean
 * pv/(q − 1) and the customer's own mean:
 *
 *     E[M | p, q, v; x, m̄ₓ] = p (v + x m̄ₓ) / (px + q − 1)
 *                          = (q − 1)/(px + q − 1) · pv/(q − 1) + px/(px + q − 1) · m̄ₓ
 *
 * For a customer without repeat transaction (x = 0, or no m̄ₓ) it is the population mean
 * pv/(q − 1), the mean of the model's spend distribution, which exists only when q > 1.
 *
 * @param params - p, q, v
 * @param x - the number of transactions behind m̄ₓ, a whole number ≥ 0
 * @param monetaryValue - m̄ₓ, > 0, or null when x = 0
 * @returns the expected spend per transaction, > 0
 * @throws {ModelError} on invalid parameters or input, or when the expectation is infinite
 *   (q ≤ 1 for a customer without transactions, px + q ≤ 1 otherwise)
 *
 * @example
 * gammaGammaConditionalExpectedSpend({ p: 6.25, q: 3.74, v: 15.44 }, 2, 22.35) // 24.66 (p(v + x m̄)/(px + q − 1) = 6.25 · 60.14 / 15.24)
 * gammaGammaConditionalExpectedSpend({ p: 6.25, q: 3.74, v: 15.44 }, 0, null) // 35.22 (pv/(q − 1))
 */
export function gammaGammaConditionalExpectedSpend(params: GammaGammaParams, x: number, monetaryValue: number | null): number {
  checkParameters(MODEL, params, NAMES);
  const { p, q, v } = params;
  if (!(Number.isInteger(x) && x >= 0)) {
    throw new ModelError(`${MODEL} needs a frequency that is a whole number ≥ 0, got ${String(x)}.`);
  }
  if (x === 0 || monetaryValue === null) {
    if (!(q > 1)) {
      throw new ModelError(`${MODEL} has no finite mean spend for a customer without repeat purchase when q ≤ 1, got q = ${q}.`);
    }
    return (p * v) / (q - 1);
  }
  if (!(Number.isFinite(monetaryValue) && monetaryValue > 0)) {
    throw new ModelError(`${MODEL} needs a positive finite monetary value, got ${String(monetaryValue)}.`);
  }
  const denominator = p * x + q - 1;
  if (!(denominator > 0)) {
    throw new ModelError(`${MODEL} has no finite expected spend when px + q ≤ 1, got p = ${p}, q = ${q}, x = ${x}.`);
  }
  return (p * (v + x * monetaryValue)) / denominator;
}
