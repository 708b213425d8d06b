import { describe, expect, it } from 'vitest';
import { minimise, type Objective } from './minimise.js';

/** f(x) = Σ cᵢ (xᵢ − mᵢ)², minimum 0 at m. */
function quadratic(centre: number[], curvature: number[]): Objective {
  return (x, gradient) => {
    let value = 0;
    for (let i = 0; i < x.length; i += 1) {
      const d = x[i]! - centre[i]!;
      value += curvature[i]! * d * d;
      gradient[i] = 2 * curvature[i]! * d;
    }
    return value;
  };
}

/** The n-dimensional Rosenbrock function Σ 100 (xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², minimum 0 at (1, …, 1). */
const rosenbrock: Objective = (x, gradient) => {
  let value = 0;
  gradient.fill(0);
  for (let i = 0; i + 1 < x.length; i += 1) {
    const a = x[i + 1]! - x[i]! * x[i]!;
    const b = 1 - x[i]!;
    value += 100 * a * a + b * b;
    gradient[i] = gradient[i]! - 400 * a * x[i]! - 2 * b;
    gradient[i + 1] = gradient[i + 1]! + 200 * a;
  }
  return value;
};

describe('minimise', () => {
  it('finds the minimum of an ill-conditioned quadratic in a few iterations', () => {
    const result = minimise(quadratic([1, -2, 3], [1, 100, 0.01]), [0, 0, 0]);
    expect(result.converged).toBe(true);
    expect(result.reason).toBe('gradient');
    expect(result.x[0]).toBeCloseTo(1, 7);
    expect(result.x[1]).toBeCloseTo(-2, 7);
    expect(result.x[2]).toBeCloseTo(3, 5);
    expect(result.iterations).toBeLessThan(20);
    expect(result.gradientNorm).toBeLessThanOrEqual(1e-8);
  });

  it('finds the minimum of Rosenbrock’s function from the classic start (−1.2, 1)', () => {
    // H. H. Rosenbrock, The Computer Journal 3(3):175–184, 1960; minimum f(1, 1) = 0.
    const result = minimise(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
    expect(result.value).toBeLessThan(1e-12);
    expect(result.iterations).toBeLessThan(100);
  });

  it('finds the minimum of a ten-dimensional Rosenbrock function', () => {
    const result = minimise(rosenbrock, new Array<number>(10).fill(-1), { maxIterations: 1000 });
    expect(result.converged).toBe(true);
    for (const x of result.x) expect(x).toBeCloseTo(1, 5);
  });

  it('stops on a bound when the minimum lies outside the box, and says so', () => {
    // Minimum at (1, −2); the box keeps y ≥ −1, so the answer is (1, −1) with y on its bound.
    const result = minimise(quadratic([1, -2], [1, 1]), [3, 3], { lower: [-5, -1], upper: [5, 5] });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 7);
    expect(result.x[1]).toBe(-1);
    expect(result.atBound).toEqual([false, true]);
    expect(result.gradient[1]).toBeCloseTo(2, 7);
  });

  it('moves a start outside the bounds onto them', () => {
    const result = minimise(quadratic([0], [1]), [10], { lower: [-1], upper: [1] });
    expect(result.x[0]).toBeCloseTo(0, 8);
    expect(result.converged).toBe(true);
  });

  it('reports an unconverged run when the iteration limit is reached', () => {
    const result = minimise(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.reason).toBe('iterations');
    expect(result.iterations).toBe(3);
    expect(result.gradientNorm).toBeGreaterThan(1e-8);
  });

  it('steps back from points where the objective is not finite', () => {
    // f(x) = x − ln x on x > 0 (minimum at 1), +Infinity elsewhere: a long first step overshoots.
    const barrier: Objective = (x, gradient) => {
      const v = x[0]!;
      gradient[0] = 1 - 1 / v;
      return v > 0 ? v - Math.log(v) : Number.POSITIVE_INFINITY;
    };
    const result = minimise(barrier, [50]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 7);
  });

  it('counts a minimum found to the rounding of f as converged, with reason precision', () => {
    // A gradient with noise of 1e-9 (as sums over many customers have) and a tolerance of 1e-15
    // no point meets: near x = 1 no step shows a decrease of f, and the run says why.
    const noisy: Objective = (x, gradient) => {
      gradient[0] = 2 * (x[0]! - 1) + 1e-9 * Math.cos(1e12 * x[0]!);
      return 1 + (x[0]! - 1) ** 2;
    };
    const result = minimise(noisy, [3], { gradientTolerance: 1e-15 });
    expect(result.converged).toBe(true);
    expect(result.reason).toBe('precision');
    expect(result.x[0]).toBeCloseTo(1, 8);
  });

  it('reports a line search that cannot decrease a function whose gradient is wrong', () => {
    const wrong: Objective = (x, gradient) => {
      gradient[0] = -1; // says "go right", but f increases to the right
      return x[0]!;
    };
    const result = minimise(wrong, [0]);
    expect(result.converged).toBe(false);
    expect(result.reason).toBe('line-search');
  });

  it('rejects a start that is not finite, bounds of the wrong length and an objective that is not finite at the start', () => {
    expect(() => minimise(quadratic([0], [1]), [Number.NaN])).toThrow(/finite start within ordered bounds, got NaN/);
    expect(() => minimise(quadratic([0, 0], [1, 1]), [0, 0], { lower: [0] })).toThrow(/one length, got 2, 1 and 2/);
    expect(() => minimise(() => Number.NaN, [0])).toThrow(/finite objective at the start, got Infinity/);
    expect(() => minimise(quadratic([0], [1]), [0], { lower: [1], upper: [0] })).toThrow(/ordered bounds/);
  });
});
