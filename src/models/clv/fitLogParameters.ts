import { ModelError } from '../ModelError.js';
import { minimise } from '../optimise/minimise.js';

/**
 * The logarithm of each parameter is kept within ±20 (parameters between 2e-9 and 5e8): far
 * beyond any sensible value in days or weeks, so a fit that reaches the edge is a fit the data
 * do not identify, not a bound that got in the way.
 */
export const LOG_PARAMETER_BOUND = 20;

/**
 * Default tolerance on the largest component of the gradient of the mean negative
 * log-likelihood per customer, in log-parameters: it puts the parameters within about 1e-6 of
 * the maximum, relative, on the CDNOW sample (1e-5 already gives five figures) — well beyond
 * the three figures the papers print. It is reachable: rounding limits the gradient of a mean
 * log-likelihood of size ~5 to about 1e-8.
 */
export const DEFAULT_GRADIENT_TOLERANCE = 1e-7;

/**
 * A fit is refused as not identified when the curvature of the mean log-likelihood (in
 * log-parameters) along some direction is below this fraction of its trace: the likelihood is
 * then flat along a combination of the parameters, which the data do not pin down. On CDNOW the
 * smallest curvature is 1e-3 to 6e-3 of the trace; fits on one customer, or a handful, give
 * 1e-8 or less (or a negative value: a saddle reached along a flat ridge).
 */
export const MIN_RELATIVE_CURVATURE = 1e-6;

/** Step in log-parameters of the central differences of the gradient that give the curvature. */
const CURVATURE_STEP = 1e-4;

/** Default iteration limit of the optimiser; the fits on CDNOW take 15 to 25. */
export const DEFAULT_MAX_ITERATIONS = 500;

/** Options of the model fits. */
export interface FitOptions {
  /** Iteration limit of the optimiser (default 500); reaching it is a {@link ModelError}. */
  maxIterations?: number;
  /** Tolerance on the gradient of the mean log-likelihood in log-parameters (default 1e-7). */
  gradientTolerance?: number;
}

/** Below this largest gradient component, a stalled line search counts as converged. */
export const STALLED_GRADIENT_TOLERANCE = 1e-5;

/** How the optimiser got to the estimates. */
export interface FitDiagnostics {
  iterations: number;
  evaluations: number;
  /** Largest component of the gradient of the mean log-likelihood (per customer) in log-parameters. */
  gradientNorm: number;
  /** Always true in a returned fit: an unconverged fit throws. */
  converged: boolean;
}

/**
 * Maximises a log-likelihood over positive parameters by minimising the mean negative
 * log-likelihood per customer over their logarithms (so positivity holds without
 * constraints, and the scales of the variables are comparable), with {@link minimise}.
 *
 * @param model - the model's name, for the error messages
 * @param names - the parameters' names, in order
 * @param objective - the mean negative log-likelihood at the (natural) parameters; writes its
 *   gradient in the natural parameters; +Infinity where it cannot be computed
 * @param start - positive starting values
 * @param options - limits, see {@link FitOptions}
 * @returns the estimates and the optimiser's diagnostics
 * @throws {ModelError} when the optimiser did not converge (iteration limit, or no step
 *   decreased the objective), a parameter ran to the edge of the search space, or the
 *   maximum is not identified (the likelihood is flat along some direction, see
 *   {@link MIN_RELATIVE_CURVATURE})
 *
 * @example
 * // Maximum of Σ [ln θ − θ·yᵢ] (exponential rate) for y = 1, 3: θ = 1/2.
 * fitLogParameters('Exponential', ['rate'], (p, g) => { g[0] = -(1 / p[0]! - 2); return -(Math.log(p[0]!) - 2 * p[0]!); }, [1])
 * // { params: [0.5], diagnostics: { converged: true, … } }
 */
export function fitLogParameters(
  model: string,
  names: readonly string[],
  objective: (params: Float64Array, gradient: Float64Array) => number,
  start: readonly number[],
  options: FitOptions = {},
): { params: number[]; value: number; diagnostics: FitDiagnostics } {
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const params = new Float64Array(names.length);
  const result = minimise(
    (logParams, gradient) => {
      for (let i = 0; i < params.length; i += 1) params[i] = Math.exp(logParams[i] ?? 0);
      const value = objective(params, gradient);
      // d/d ln θ = θ · d/dθ
      for (let i = 0; i < params.length; i += 1) gradient[i] = (gradient[i] ?? 0) * (params[i] ?? 0);
      return value;
    },
    start.map((value) => Math.log(value)),
    {
      lower: names.map(() => -LOG_PARAMETER_BOUND),
      upper: names.map(() => LOG_PARAMETER_BOUND),
      maxIterations,
      gradientTolerance: options.gradientTolerance ?? DEFAULT_GRADIENT_TOLERANCE,
    },
  );
  const estimates = result.x.map((logValue) => Math.exp(logValue));
  const described = names.map((name, i) => `${name} = ${(estimates[i] ?? 0).toPrecision(4)}`).join(', ');
  // A line search that finds no better point where the gradient is already this flat is at
  // the optimum to the precision of the likelihood (typical of large data sets, where the
  // mean log-likelihood changes below machine precision); only a steep stop is a failure.
  const flatEnough = result.reason !== 'iterations' && result.gradientNorm < STALLED_GRADIENT_TOLERANCE;
  const notIdentified = (): ModelError =>
    new ModelError(
      `The ${model} fit is not identified (${described}): the likelihood is flat along a combination of the parameters, so the data — too few customers, or too alike — do not determine them.`,
    );
  if (!result.converged && !flatEnough) {
    // A line search that fails on a flat ridge is the same problem seen from the optimiser.
    if (result.reason === 'line-search' && !identified(objective, result.x)) throw notIdentified();
    const why = result.reason === 'iterations' ? `in ${maxIterations} iterations` : 'because no step along the search direction increased the likelihood';
    throw new ModelError(`The ${model} fit did not converge ${why} (largest gradient component ${result.gradientNorm.toPrecision(3)}, at ${described}).`);
  }
  const edge = names.filter((_, i) => result.atBound[i]);
  if (edge.length > 0) {
    throw new ModelError(`The ${model} fit ran to the edge of the parameter space (${described}): the data do not identify ${edge.join(' and ')}.`);
  }
  if (!identified(objective, result.x)) throw notIdentified();
  return {
    params: estimates,
    value: result.value,
    diagnostics: { iterations: result.iterations, evaluations: result.evaluations, gradientNorm: result.gradientNorm, converged: true },
  };
}

/**
 * Whether the mean negative log-likelihood is curved in every direction at `logParams`: its
 * Hessian in log-parameters (central differences of the analytic gradient, symmetrised), less
 * {@link MIN_RELATIVE_CURVATURE} times its trace, has a Cholesky factorisation.
 */
function identified(objective: (params: Float64Array, gradient: Float64Array) => number, logParams: readonly number[]): boolean {
  const n = logParams.length;
  const gradientAt = (shift: number, index: number): Float64Array => {
    const params = Float64Array.from(logParams, (u, i) => Math.exp(i === index ? u + shift : u));
    const gradient = new Float64Array(n);
    objective(params, gradient);
    for (let i = 0; i < n; i += 1) gradient[i] = (gradient[i] ?? 0) * (params[i] ?? 0);
    return gradient;
  };
  const hessian: number[][] = [];
  for (let j = 0; j < n; j += 1) {
    const above = gradientAt(CURVATURE_STEP, j);
    const below = gradientAt(-CURVATURE_STEP, j);
    hessian.push(Array.from(above, (g, i) => (g - (below[i] ?? 0)) / (2 * CURVATURE_STEP)));
  }
  let trace = 0;
  for (let i = 0; i < n; i += 1) trace += hessian[i]?.[i] ?? 0;
  if (!(trace > 0)) return false;
  // Cholesky of (H + Hᵀ)/2 − λI, λ = MIN_RELATIVE_CURVATURE · trace: it exists iff every
  // eigenvalue of H exceeds λ.
  const shift = MIN_RELATIVE_CURVATURE * trace;
  const factor: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = ((hessian[i]?.[j] ?? 0) + (hessian[j]?.[i] ?? 0)) / 2 - (i === j ? shift : 0);
      for (let k = 0; k < j; k += 1) sum -= (factor[i]?.[k] ?? 0) * (factor[j]?.[k] ?? 0);
      if (i === j) {
        if (!(sum > 0)) return false;
        (factor[i] as number[])[i] = Math.sqrt(sum);
      } else {
        (factor[i] as number[])[j] = sum / (factor[j]?.[j] ?? 1);
      }
    }
  }
  return true;
}

/**
 * Fits a model by maximum likelihood with {@link fitLogParameters}: the optimiser minimises
 * the negative log-likelihood per customer, so that its tolerances do not depend on the size
 * of the customer base; a log-likelihood that is not finite, or `null` (cannot be computed at
 * that point), counts as +Infinity and the line search steps back from it.
 *
 * @param model - the model's name, for the error messages
 * @param names - the parameters' names, in order
 * @param logLikelihood - the log-likelihood summed over the customers at the named
 *   parameters; writes its gradient in the order of `names`
 * @param start - positive starting values, in the order of `names`
 * @param customers - how many customers the log-likelihood sums over (> 0)
 * @param options - limits, see {@link FitOptions}
 * @returns the estimates by name, the maximised log-likelihood (summed) and the optimiser's diagnostics
 * @throws {ModelError} as {@link fitLogParameters}
 *
 * @example
 * // Two customers with exponential waiting times 1 and 3: the rate's estimate is 2/4.
 * fitMaximumLikelihood('Exponential', ['rate'], ({ rate }, g) => { g[0] = 2 / rate - 4; return 2 * Math.log(rate) - 4 * rate; }, [1], 2)
 * // { params: { rate: 0.5 }, logLikelihood: -3.386, diagnostics: { converged: true, … } }
 */
export function fitMaximumLikelihood<K extends string>(
  model: string,
  names: readonly K[],
  logLikelihood: (params: Record<K, number>, gradient: Float64Array) => number | null,
  start: readonly number[],
  customers: number,
  options: FitOptions = {},
): { params: Record<K, number>; logLikelihood: number; diagnostics: FitDiagnostics } {
  const perCustomer = 1 / customers;
  const named = (values: ArrayLike<number>) => Object.fromEntries(names.map((name, i) => [name, values[i] ?? 0])) as Record<K, number>;
  const fit = fitLogParameters(
    model,
    names,
    (params, gradient) => {
      const value = logLikelihood(named(params), gradient);
      if (value === null) return Number.POSITIVE_INFINITY;
      for (let i = 0; i < names.length; i += 1) gradient[i] = -(gradient[i] ?? 0) * perCustomer;
      return Number.isFinite(value) ? -value * perCustomer : Number.POSITIVE_INFINITY;
    },
    start,
    options,
  );
  return { params: named(fit.params), logLikelihood: -fit.value * customers, diagnostics: fit.diagnostics };
}
