/**
 * The function to minimise: returns f(x) and writes ∇f(x) into `gradient` (same length as x).
 * A point where f cannot be computed returns +Infinity (or NaN); the line search then steps back.
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/** Options of {@link minimise}. */
export interface MinimiseOptions {
  /** Lower bound of each variable (default −Infinity). */
  lower?: readonly number[];
  /** Upper bound of each variable (default +Infinity). */
  upper?: readonly number[];
  /** Most iterations (default 500); reaching it ends the run unconverged. */
  maxIterations?: number;
  /** Converged when every component of the projected gradient is at most this (default 1e-8). */
  gradientTolerance?: number;
  /** Number of (step, gradient change) pairs of the L-BFGS memory (default 10). */
  memory?: number;
}

/**
 * Why {@link minimise} stopped: `gradient` — the projected gradient is within tolerance;
 * `precision` — no step decreases f, and the decrease the quasi-Newton model predicts is below
 * the rounding error of f (the minimum is found as well as double precision allows; L-BFGS-B's
 * `factr` test); `iterations` — the limit was reached; `line-search` — no step decreases f
 * although the model predicts it should (a wrong gradient, or a non-smooth f).
 */
export type StopReason = 'gradient' | 'precision' | 'iterations' | 'line-search';

/** The outcome of {@link minimise}: where it stopped, and whether that is a minimum. */
export interface MinimiseResult {
  x: number[];
  value: number;
  gradient: number[];
  /** Iterations (line searches) done. */
  iterations: number;
  /** Objective evaluations done. */
  evaluations: number;
  /** Largest component of the projected gradient at `x` (zero for a bound variable pushed outward). */
  gradientNorm: number;
  /**
   * True when the projected gradient is within `gradientTolerance`, or no step can decrease f
   * within its rounding error (`reason` 'gradient' or 'precision'): `x` is a (local) minimum.
   */
  converged: boolean;
  reason: StopReason;
  /** For each variable, whether it ended on one of its bounds. */
  atBound: boolean[];
}

/** Sufficient-decrease (Armijo) constant of the Wolfe conditions (Nocedal and Wright, §3.1). */
const ARMIJO = 1e-4;
/** Curvature constant of the strong Wolfe conditions, the usual value for quasi-Newton methods. */
const CURVATURE = 0.9;
/** Most trial steps in one line search. */
const MAX_LINE_SEARCH_STEPS = 40;
/**
 * A failed line search counts as convergence when the predicted decrease, −∇f·d (about twice
 * f − min f along the quasi-Newton direction d), is below this many units of rounding of f:
 * a sum over thousands of customers carries a rounding noise of tens of units, so no step can
 * show a smaller decrease. (L-BFGS-B's default `factr` is 1e7 units; this is far stricter.)
 */
const ROUNDING_UNITS = 1000;
/** A (step, gradient change) pair with s·y below this fraction of |s||y| is not stored: it would make the inverse Hessian indefinite. */
const MIN_CURVATURE = 1e-10;

interface Point {
  x: Float64Array;
  value: number;
  gradient: Float64Array;
}

function dot(u: Float64Array, v: Float64Array, free: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < u.length; i += 1) if (free[i]) sum += (u[i] ?? 0) * (v[i] ?? 0);
  return sum;
}

/**
 * Minimises a smooth function of a few variables within box bounds, by the limited-memory
 * BFGS method with a strong-Wolfe line search, bounds handled by an active set.
 *
 * Each iteration: variables on a bound whose gradient points outward are held fixed; the
 * search direction is −H∇f on the others, with H the L-BFGS inverse-Hessian approximation
 * from the last `memory` pairs (two-loop recursion, initial scaling s·y / y·y); the step
 * along it is capped where the first free variable reaches its bound, and chosen by the line
 * search of Nocedal and Wright (Algorithms 3.5 and 3.6: bracketing, then zoom by safeguarded
 * quadratic interpolation). A step that reaches the cap with enough decrease is taken, and the
 * variable becomes bound. The run stops when the largest component of the projected gradient
 * is at most `gradientTolerance` (converged), when no step decreases f (converged if f is then
 * flat to within its rounding error), or at `maxIterations`.
 *
 * This is the projected "active set" variant of L-BFGS; it does without the generalized
 * Cauchy point of L-BFGS-B (Byrd, Lu, Nocedal and Zhu 1995), which matters with many bound
 * variables — the buy-till-you-die fits have three or four variables, usually none bound.
 *
 * Sources: J. Nocedal and S. J. Wright, Numerical Optimization, 2nd ed., Springer, 2006:
 * Algorithm 7.4 (L-BFGS two-loop recursion), 7.5 (L-BFGS), 3.5–3.6 (line search), and
 * §16.7 / §18 for projected active-set methods on bounds; D. C. Liu and J. Nocedal, "On the
 * limited memory BFGS method for large scale optimization", Mathematical Programming 45, 1989.
 *
 * Pitfalls: the result is a local minimum; callers must check `converged` (and `atBound`)
 * before trusting it. Give the variables comparable scales (the models optimise the
 * logarithms of their parameters, and a mean log-likelihood per customer).
 *
 * @param objective - f and its gradient, see {@link Objective}
 * @param start - the starting point (moved inside the bounds if outside)
 * @param options - bounds, limits and tolerance, see {@link MinimiseOptions}
 * @returns where it stopped and why, see {@link MinimiseResult}
 * @throws {RangeError} when the start or the bounds are not finite numbers of the right
 *   length, or f is not finite at the start
 *
 * @example
 * // f(x, y) = (x − 1)² + 10 (y + 2)²
 * minimise((x, g) => { g[0] = 2 * (x[0]! - 1); g[1] = 20 * (x[1]! + 2); return (x[0]! - 1) ** 2 + 10 * (x[1]! + 2) ** 2; }, [0, 0])
 * // { x: [1.0000000035, -2.0000000003], converged: true, reason: 'gradient', iterations: 6, … }
 */
export function minimise(objective: Objective, start: readonly number[], options: MinimiseOptions = {}): MinimiseResult {
  const n = start.length;
  const lower = options.lower ?? new Array<number>(n).fill(Number.NEGATIVE_INFINITY);
  const upper = options.upper ?? new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const maxIterations = options.maxIterations ?? 500;
  const tolerance = options.gradientTolerance ?? 1e-8;
  const memory = options.memory ?? 10;
  if (n === 0 || lower.length !== n || upper.length !== n) {
    throw new RangeError(`minimise needs a start and bounds of one length, got ${n}, ${lower.length} and ${upper.length}.`);
  }
  for (let i = 0; i < n; i += 1) {
    const low = lower[i] ?? Number.NaN;
    const high = upper[i] ?? Number.NaN;
    if (!Number.isFinite(start[i]) || Number.isNaN(low) || Number.isNaN(high) || !(low <= high)) {
      throw new RangeError(
        `minimise needs a finite start within ordered bounds, got ${String(start[i])} in [${String(low)}, ${String(high)}] for variable ${i}.`,
      );
    }
  }

  let evaluations = 0;
  const evaluate = (x: Float64Array): Point => {
    const gradient = new Float64Array(n);
    evaluations += 1;
    let value = objective(x, gradient);
    if (Number.isNaN(value)) value = Number.POSITIVE_INFINITY;
    return { x, value, gradient };
  };

  const x0 = Float64Array.from(start, (v, i) => Math.min(upper[i] ?? v, Math.max(lower[i] ?? v, v)));
  let current = evaluate(x0);
  if (!Number.isFinite(current.value)) {
    throw new RangeError(`minimise needs a finite objective at the start, got ${String(current.value)} at [${Array.from(x0).join(', ')}].`);
  }
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const free = new Uint8Array(n);

  const projectedGradientNorm = (point: Point): number => {
    let norm = 0;
    for (let i = 0; i < n; i += 1) {
      const g = point.gradient[i] ?? 0;
      const x = point.x[i] ?? 0;
      const pushedOut = (x <= (lower[i] ?? 0) && g > 0) || (x >= (upper[i] ?? 0) && g < 0);
      free[i] = pushedOut ? 0 : 1;
      if (!pushedOut) norm = Math.max(norm, Math.abs(g));
    }
    return norm;
  };

  let iterations = 0;
  let reason: StopReason = 'iterations';
  let gradientNorm = projectedGradientNorm(current);
  while (true) {
    if (gradientNorm <= tolerance) {
      reason = 'gradient';
      break;
    }
    if (iterations >= maxIterations) {
      reason = 'iterations';
      break;
    }
    iterations += 1;
    let direction = searchDirection(current.gradient, steps, changes, free);
    let slope = dot(direction, current.gradient, free);
    if (!(slope < 0)) {
      steps.length = 0;
      changes.length = 0;
      direction = searchDirection(current.gradient, steps, changes, free);
      slope = dot(direction, current.gradient, free);
    }
    // With no curvature information yet, the first step is scaled to move about one unit.
    const initial = steps.length === 0 ? 1 / Math.max(1, Math.sqrt(-slope)) : 1;
    let next = lineSearch(evaluate, current, direction, slope, initial, lower, upper);
    const predictedDecrease = -slope;
    if (next === null && steps.length > 0) {
      // The quasi-Newton direction failed: forget the memory and try steepest descent once,
      // scaled by the last curvature seen (s·y / y·y) — near a minimum an unscaled step of
      // |∇f| would change f by less than its rounding.
      const scale = curvatureScale(steps, changes, free);
      steps.length = 0;
      changes.length = 0;
      direction = searchDirection(current.gradient, steps, changes, free, scale);
      slope = dot(direction, current.gradient, free);
      next = lineSearch(evaluate, current, direction, slope, 1, lower, upper);
    }
    if (next === null) {
      const roundingOfF = Number.EPSILON * Math.max(1, Math.abs(current.value));
      reason = predictedDecrease <= ROUNDING_UNITS * roundingOfF ? 'precision' : 'line-search';
      break;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      s[i] = (next.x[i] ?? 0) - (current.x[i] ?? 0);
      y[i] = (next.gradient[i] ?? 0) - (current.gradient[i] ?? 0);
    }
    const all = new Uint8Array(n).fill(1);
    const sy = dot(s, y, all);
    if (sy > MIN_CURVATURE * Math.sqrt(dot(s, s, all) * dot(y, y, all))) {
      steps.push(s);
      changes.push(y);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
      }
    }
    current = next;
    gradientNorm = projectedGradientNorm(current);
  }
  const atBound = Array.from(current.x, (x, i) => x <= (lower[i] ?? Number.NEGATIVE_INFINITY) || x >= (upper[i] ?? Number.POSITIVE_INFINITY));
  return {
    x: Array.from(current.x),
    value: current.value,
    gradient: Array.from(current.gradient),
    iterations,
    evaluations,
    gradientNorm,
    converged: reason === 'gradient' || reason === 'precision',
    reason,
    atBound,
  };
}

/** −H∇f on the free variables (two-loop recursion, Nocedal and Wright Algorithm 7.4); 0 on the fixed ones. */
function searchDirection(gradient: Float64Array, steps: Float64Array[], changes: Float64Array[], free: Uint8Array, emptyScale = 1): Float64Array {
  const n = gradient.length;
  const q = new Float64Array(n);
  for (let i = 0; i < n; i += 1) q[i] = free[i] ? (gradient[i] ?? 0) : 0;
  const alphas: number[] = [];
  const rhos: number[] = [];
  for (let k = steps.length - 1; k >= 0; k -= 1) {
    const s = steps[k] as Float64Array;
    const y = changes[k] as Float64Array;
    const sy = dot(s, y, free);
    // A pair whose curvature on the free variables is not positive is left out.
    const rho = sy > 0 ? 1 / sy : 0;
    const alpha = rho * dot(s, q, free);
    for (let i = 0; i < n; i += 1) if (free[i]) q[i] = (q[i] ?? 0) - alpha * (y[i] ?? 0);
    alphas[k] = alpha;
    rhos[k] = rho;
  }
  const scale = steps.length === 0 ? emptyScale : curvatureScale(steps, changes, free);
  for (let i = 0; i < n; i += 1) q[i] = (q[i] ?? 0) * scale;
  for (let k = 0; k < steps.length; k += 1) {
    const s = steps[k] as Float64Array;
    const y = changes[k] as Float64Array;
    const beta = (rhos[k] ?? 0) * dot(y, q, free);
    const coefficient = (alphas[k] ?? 0) - beta;
    for (let i = 0; i < n; i += 1) if (free[i]) q[i] = (q[i] ?? 0) + coefficient * (s[i] ?? 0);
  }
  for (let i = 0; i < n; i += 1) q[i] = free[i] ? -(q[i] ?? 0) : 0;
  return q;
}

/** s·y / y·y of the latest pair on the free variables: the initial inverse-Hessian scale of L-BFGS (Nocedal and Wright 7.20); 1 without a usable pair. */
function curvatureScale(steps: Float64Array[], changes: Float64Array[], free: Uint8Array): number {
  const lastS = steps[steps.length - 1];
  const lastY = changes[changes.length - 1];
  if (lastS === undefined || lastY === undefined) return 1;
  const sy = dot(lastS, lastY, free);
  const yy = dot(lastY, lastY, free);
  return sy > 0 && yy > 0 ? sy / yy : 1;
}

/**
 * A step α along `direction` that satisfies the strong Wolfe conditions, or the largest
 * feasible step when that still gives sufficient decrease; null when no step decreases f.
 */
function lineSearch(
  evaluate: (x: Float64Array) => Point,
  from: Point,
  direction: Float64Array,
  slope: number,
  initial: number,
  lower: readonly number[],
  upper: readonly number[],
): Point | null {
  const n = direction.length;
  let maxStep = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i += 1) {
    const d = direction[i] ?? 0;
    const x = from.x[i] ?? 0;
    if (d > 0) maxStep = Math.min(maxStep, ((upper[i] ?? Number.POSITIVE_INFINITY) - x) / d);
    if (d < 0) maxStep = Math.min(maxStep, ((lower[i] ?? Number.NEGATIVE_INFINITY) - x) / d);
  }
  if (!(maxStep > 0)) return null;
  const at = (alpha: number): Point => {
    const x = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      // Land exactly on a bound rather than a rounding error inside or outside it.
      const value = (from.x[i] ?? 0) + alpha * (direction[i] ?? 0);
      x[i] = Math.min(upper[i] ?? value, Math.max(lower[i] ?? value, alpha === maxStep && direction[i] !== 0 ? snap(value, lower[i], upper[i]) : value));
    }
    return evaluate(x);
  };
  const slopeAt = (point: Point): number => {
    let sum = 0;
    for (let i = 0; i < n; i += 1) sum += (point.gradient[i] ?? 0) * (direction[i] ?? 0);
    return sum;
  };
  const sufficient = (alpha: number, point: Point): boolean => point.value <= from.value + ARMIJO * alpha * slope;
  const curvatureHolds = (point: Point): boolean => Math.abs(slopeAt(point)) <= -CURVATURE * slope;

  let largestDirection = 0;
  let largestX = 0;
  for (let i = 0; i < n; i += 1) {
    largestDirection = Math.max(largestDirection, Math.abs(direction[i] ?? 0));
    largestX = Math.max(largestX, Math.abs(from.x[i] ?? 0));
  }
  const zoom = (lowAlpha: number, low: Point, highAlpha: number, high: Point, budget: number): Point | null => {
    let lo = lowAlpha;
    let loPoint = low;
    let hi = highAlpha;
    let hiPoint = high;
    for (let k = 0; k < budget; k += 1) {
      const width = hi - lo;
      // Steps that move x by less than its rounding cannot tell points apart.
      if (Math.abs(width) * largestDirection <= Number.EPSILON * (1 + largestX)) break;
      let alpha = lo + width / 2;
      const loSlope = slopeAt(loPoint);
      if (Number.isFinite(hiPoint.value)) {
        // Minimum of the quadratic through φ(lo), φ′(lo) and φ(hi), kept away from the ends.
        const curvature = (hiPoint.value - loPoint.value - loSlope * width) / (width * width);
        if (curvature > 0) alpha = lo - loSlope / (2 * curvature);
        const margin = 0.1 * Math.abs(width);
        alpha = Math.min(Math.max(lo, hi) - margin, Math.max(Math.min(lo, hi) + margin, alpha));
      }
      const point = at(alpha);
      if (!sufficient(alpha, point) || point.value >= loPoint.value) {
        hi = alpha;
        hiPoint = point;
      } else {
        if (curvatureHolds(point)) return point;
        if (slopeAt(point) * (hi - lo) >= 0) {
          hi = lo;
          hiPoint = loPoint;
        }
        lo = alpha;
        loPoint = point;
      }
    }
    // Out of trials: a step with sufficient decrease is still progress.
    return lo > 0 && loPoint.value < from.value ? loPoint : null;
  };

  let previousAlpha = 0;
  let previous = from;
  let alpha = Math.min(initial, maxStep);
  for (let k = 0; k < MAX_LINE_SEARCH_STEPS; k += 1) {
    const point = at(alpha);
    if (!sufficient(alpha, point) || (k > 0 && point.value >= previous.value)) {
      return zoom(previousAlpha, previous, alpha, point, MAX_LINE_SEARCH_STEPS - k);
    }
    if (curvatureHolds(point)) return point;
    if (slopeAt(point) >= 0) return zoom(alpha, point, previousAlpha, previous, MAX_LINE_SEARCH_STEPS - k);
    if (alpha >= maxStep) return point;
    previousAlpha = alpha;
    previous = point;
    alpha = Math.min(2 * alpha, maxStep);
  }
  return previous === from ? null : previous;
}

/** A coordinate that should be on a bound after the capped step: the bound itself when it is that close. */
function snap(value: number, low: number | undefined, high: number | undefined): number {
  const closeTo = (bound: number | undefined): boolean =>
    bound !== undefined && Number.isFinite(bound) && Math.abs(value - bound) <= 1e-12 * Math.max(1, Math.abs(bound));
  if (closeTo(low)) return low as number;
  if (closeTo(high)) return high as number;
  return value;
}
