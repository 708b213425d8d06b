import { describe, expect, it } from 'vitest';
import { ModelError } from '../ModelError.js';
import { fitLogParameters, fitMaximumLikelihood, LOG_PARAMETER_BOUND } from './fitLogParameters.js';

/** Mean negative log-likelihood of an exponential rate θ for observations of mean 2: θ·2 − ln θ, minimum at θ = ½. */
function exponential(params: Float64Array, gradient: Float64Array): number {
  const rate = params[0] ?? 0;
  gradient[0] = 2 - 1 / rate;
  return 2 * rate - Math.log(rate);
}

describe('fitLogParameters', () => {
  it('finds the maximum-likelihood estimate of a positive parameter', () => {
    const fit = fitLogParameters('Exponential', ['rate'], exponential, [1]);
    expect(fit.params[0]).toBeCloseTo(0.5, 7);
    expect(fit.value).toBeCloseTo(1 + Math.log(2), 12);
    expect(fit.diagnostics.converged).toBe(true);
    expect(fit.diagnostics.gradientNorm).toBeLessThanOrEqual(1e-7);
  });

  it('throws a ModelError that names the model when the iteration limit is reached', () => {
    const slow = (params: Float64Array, gradient: Float64Array): number => {
      // Rosenbrock in ln a, ln b: slow enough to need more than two iterations.
      const x = Math.log(params[0] ?? 1);
      const y = Math.log(params[1] ?? 1);
      gradient[0] = (-400 * x * (y - x * x) - 2 * (1 - x)) / (params[0] ?? 1);
      gradient[1] = (200 * (y - x * x)) / (params[1] ?? 1);
      return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
    };
    expect(() => fitLogParameters('Toy', ['a', 'b'], slow, [Math.exp(-1.2), Math.exp(1)], { maxIterations: 2 })).toThrow(
      /^The Toy fit did not converge in 2 iterations \(largest gradient component .*, at a = .*, b = .*\)\.$/,
    );
  });

  it('throws when a parameter runs to the edge of the search space', () => {
    // −ln L = −ln θ decreases forever as θ grows, at the same rate in ln θ: the estimate is
    // the upper bound e^20.
    const upwards = (params: Float64Array, gradient: Float64Array): number => {
      gradient[0] = -1 / (params[0] ?? 1);
      return -Math.log(params[0] ?? 1);
    };
    expect(() => fitLogParameters('Toy', ['theta'], upwards, [1])).toThrow(ModelError);
    expect(() => fitLogParameters('Toy', ['theta'], upwards, [1])).toThrow(
      /edge of the parameter space \(theta = 4\.852e\+8\): the data do not identify theta/,
    );
    expect(LOG_PARAMETER_BOUND).toBe(20);
  });

  it('throws when the likelihood is flat along a direction: parameters the data do not identify', () => {
    // Depends on a·b only: any a, b with a·b = 2 is a maximum.
    const ridge = (params: Float64Array, gradient: Float64Array): number => {
      const a = params[0] ?? 0;
      const b = params[1] ?? 0;
      const d = Math.log(a * b) - Math.log(2);
      gradient[0] = (2 * d) / a;
      gradient[1] = (2 * d) / b;
      return d * d;
    };
    expect(() => fitLogParameters('Toy', ['a', 'b'], ridge, [1, 1])).toThrow(/The Toy fit is not identified \(a = .*, b = .*\): the likelihood is flat/);
  });
});

describe('fitMaximumLikelihood', () => {
  it('maximises a log-likelihood summed over customers and gives the estimates by name', () => {
    // Two customers waiting 1 and 3: ln L = 2 ln θ − 4θ, maximum at θ = ½, ln L = −2 ln 2 − 2.
    const fit = fitMaximumLikelihood(
      'Exponential',
      ['rate'],
      ({ rate }, gradient) => {
        gradient[0] = 2 / rate - 4;
        return 2 * Math.log(rate) - 4 * rate;
      },
      [1],
      2,
    );
    expect(fit.params.rate).toBeCloseTo(0.5, 7);
    expect(fit.logLikelihood).toBeCloseTo(-2 * Math.log(2) - 2, 10);
    expect(fit.diagnostics.converged).toBe(true);
  });

  it('steps back from points where the log-likelihood cannot be computed or is not finite', () => {
    // Below θ = 0.2 the likelihood "cannot be computed", above 3 it is −∞: the maximum at ½ is still found.
    const fit = fitMaximumLikelihood(
      'Exponential',
      ['rate'],
      ({ rate }, gradient) => {
        if (rate < 0.2) return null;
        gradient[0] = 2 / rate - 4;
        return rate > 3 ? Number.NEGATIVE_INFINITY : 2 * Math.log(rate) - 4 * rate;
      },
      [1],
      2,
    );
    expect(fit.params.rate).toBeCloseTo(0.5, 7);
  });
});
