import { digammaDifference } from '../../math/digammaDifference.js';
import { logRisingFactorial } from '../../math/logRisingFactorial.js';
import { checkParameters, checkPeriod } from './checkParameters.js';
import { checkRfmRow, type RfmRow } from './checkRfmRow.js';
import { type FitOptions, fitMaximumLikelihood } from './fitLogParameters.js';
import type { PurchaseModel, PurchaseModelFit } from './PurchaseModel.js';
import { type RfmColumns, type RfmPatterns, rfmPatterns, startingTimeScale } from './rfmPatterns.js';

/**
 * The NBD purchase model without dropout (Ehrenberg 1959; the limit of BG/NBD and Pareto/NBD
 * when no customer ever lapses): while a customer lives, purchases come as a Poisson process
 * of rate λ, λ varies across customers as Gamma(r, α), and every customer stays a customer.
 *
 * It is the model the data support when the dropout models cannot be identified: in a shop
 * whose customers have not lapsed yet (a young shop, a subscription-like habit), BG/NBD's
 * dropout parameters run to the edge of their space (a → 0, b → ∞), and its estimates say
 * nothing. Source: Fader and Hardie, "A note on deriving the Pareto/NBD model and related
 * expressions" (2005), where the timing likelihood below is the no-dropout term.
 */
const MODEL = 'NBD';
const NAMES = ['r', 'alpha'] as const;

/** r and α of the Gamma heterogeneity of the purchase rates (α in the fit's time unit). */
export type NbdParams = { r: number; alpha: number };

/** An NBD fit: estimates, maximised log-likelihood, optimiser diagnostics. */
export type NbdFit = PurchaseModelFit<NbdParams>;

/**
 * Σ wᵢ ln Lᵢ with ln Lᵢ = ln Γ(r + x) − ln Γ(r) + r ln α − (r + x) ln(α + T): the likelihood of
 * x purchases at their times in (0, T] under Poisson(λ), integrated over λ ~ Gamma(r, α).
 * Writes the gradient in (r, α) when asked.
 */
function logLikelihood({ r, alpha }: NbdParams, patterns: RfmPatterns, gradient: Float64Array | null): number {
  const { frequency, age, weight } = patterns;
  let sum = 0;
  let gR = 0;
  let gAlpha = 0;
  for (let i = 0; i < frequency.length; i += 1) {
    const x = frequency[i] ?? 0;
    const T = age[i] ?? 0;
    const w = weight[i] ?? 0;
    const alphaT = alpha + T;
    // r ln α − (r + x) ln(α + T) = −r ln(1 + T/α) − x ln(α + T): keeps its digits when r is large.
    const log1pT = Math.log1p(T / alpha);
    sum += w * (logRisingFactorial(r, x) - r * log1pT - x * Math.log(alphaT));
    if (gradient !== null) {
      gR += w * (digammaDifference(r, x) - log1pT);
      gAlpha += w * ((r * T) / (alpha * alphaT) - x / alphaT);
    }
  }
  if (gradient !== null) {
    gradient[0] = gR;
    gradient[1] = gAlpha;
  }
  return sum;
}

/**
 * The NBD log-likelihood of a customer base (no dropout), summed over customers.
 *
 * @example
 * // One customer, x = 0, T = 1, at r = α = 1: ln(α/(α + T))^r = ln ½.
 * nbdLogLikelihood({ r: 1, alpha: 1 }, { frequency: [0], recency: [0], age: [1] }) // -0.6931471805599453
 */
export function nbdLogLikelihood(params: NbdParams, input: RfmColumns): number {
  checkParameters(MODEL, params, NAMES);
  return logLikelihood(params, rfmPatterns(MODEL, input), null);
}

/**
 * The gradient of {@link nbdLogLikelihood} in (r, α), analytic.
 *
 * @example
 * // x = 0, T = 1 at r = α = 1: ∂/∂r = ln ½, ∂/∂α = r/α − r/(α + T) = ½.
 * nbdLogLikelihoodGradient({ r: 1, alpha: 1 }, { frequency: [0], recency: [0], age: [1] }) // [-0.6931471805599453, 0.5]
 */
export function nbdLogLikelihoodGradient(params: NbdParams, input: RfmColumns): number[] {
  checkParameters(MODEL, params, NAMES);
  const gradient = new Float64Array(2);
  logLikelihood(params, rfmPatterns(MODEL, input), gradient);
  return Array.from(gradient);
}

/**
 * Fits the NBD model by maximum likelihood over the logarithms of (r, α), from r = 1 and
 * α = ΣT / Σx, like the dropout models.
 *
 * @throws {ModelError} on invalid input, no customer, or a fit that did not converge or is not identified
 */
export function nbdFit(input: RfmColumns, options: FitOptions = {}): NbdFit {
  const patterns = rfmPatterns(MODEL, input);
  const fit = fitMaximumLikelihood(
    MODEL,
    NAMES,
    (params, gradient) => logLikelihood(params, patterns, gradient),
    [1, startingTimeScale(patterns)],
    patterns.customers,
    options,
  );
  return { params: fit.params, logLikelihood: fit.logLikelihood, customers: patterns.customers, diagnostics: fit.diagnostics };
}

/** P(alive) under NBD: 1, since nobody lapses. */
export function nbdProbabilityAlive(params: NbdParams, customer: RfmRow): number {
  checkParameters(MODEL, params, NAMES);
  checkRfmRow(MODEL, customer);
  return 1;
}

/**
 * E[Y(t) | x, T] = t (r + x)/(α + T): the posterior mean rate (Gamma(r + x, α + T)) times t.
 *
 * @example
 * nbdConditionalExpectedPurchases({ r: 2, alpha: 10 }, 52, { frequency: 3, recency: 20, age: 30 }) // 52 · 5/40 = 6.5
 */
export function nbdConditionalExpectedPurchases(params: NbdParams, t: number, customer: RfmRow): number {
  checkParameters(MODEL, params, NAMES);
  checkPeriod(MODEL, t);
  checkRfmRow(MODEL, customer);
  return (t * (params.r + customer.frequency)) / (params.alpha + customer.age);
}

/** NBD as a {@link PurchaseModel}. */
export const nbd: PurchaseModel<NbdParams> = {
  fit: nbdFit,
  probabilityAlive: nbdProbabilityAlive,
  conditionalExpectedPurchases: nbdConditionalExpectedPurchases,
};
