import { describe, expect, it } from 'vitest';
import { bgnbd, bgnbdFit, bgnbdLogLikelihood, type BgNbdParams } from './bgnbd.js';
import { gammaGammaFit, type GammaGammaParams } from './gammaGamma.js';
import { nbdFit, nbdLogLikelihood, type NbdParams } from './nbd.js';
import { ModelError } from '../ModelError.js';
import { paretoNbdFit, paretoNbdLogLikelihood, type ParetoNbdParams } from './paretoNbd.js';
import { relativeError } from '../../test-support/precision.js';

/** Mulberry32: a small seeded generator of uniforms in [0, 1), so the data are the same on every run. */
function uniforms(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function exponential(u: () => number, rate: number): number {
  return -Math.log(1 - u()) / rate;
}

/** Gamma(shape, 1) by Marsaglia and Tsang (ACM TOMS 26(3), 2000), with the boost u^(1/shape) below 1. */
function gamma(u: () => number, shape: number): number {
  if (shape < 1) return gamma(u, shape + 1) * u() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    if (Math.log(u()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

interface Simulated {
  frequency: number[];
  recency: number[];
  age: number[];
  monetaryValue: (number | null)[];
}

/** Customers who came in over half a year and are observed for 26 to 52 weeks; spend from the Gamma-Gamma model. */
function simulate(u: () => number, customers: number, spend: GammaGammaParams, nextPurchase: (T: number) => (previous: number) => number | null): Simulated {
  const data: Simulated = { frequency: [], recency: [], age: [], monetaryValue: [] };
  for (let i = 0; i < customers; i += 1) {
    const T = 26 + 26 * u();
    const next = nextPurchase(T);
    const nu = gamma(u, spend.q) / spend.v;
    let x = 0;
    let last = 0;
    let total = 0;
    for (let t = next(0); t !== null; t = next(t)) {
      x += 1;
      last = t;
      total += gamma(u, spend.p) / nu;
    }
    data.frequency.push(x);
    data.recency.push(last);
    data.age.push(T);
    data.monetaryValue.push(x > 0 ? total / x : null);
  }
  return data;
}

const SPEND: GammaGammaParams = { p: 6, q: 4, v: 15 };

describe('the fits on data simulated from the models', () => {
  it('recovers the BG/NBD parameters, and the spend model’s, from 5,000 simulated customers', () => {
    const truth: BgNbdParams = { r: 0.8, alpha: 6, a: 0.9, b: 3 };
    const u = uniforms(20240501);
    const data = simulate(u, 5000, SPEND, (T) => {
      const lambda = gamma(u, truth.r) / truth.alpha;
      const g = gamma(u, truth.a);
      const p = g / (g + gamma(u, truth.b));
      let dead = false;
      return (previous) => {
        if (dead) return null;
        const t = previous + exponential(u, lambda);
        if (t > T) return null;
        dead = u() < p; // drops out after this purchase
        return t;
      };
    });
    const fit = bgnbdFit(data);
    // The maximum is a maximum: at least the likelihood of the true parameters.
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgnbdLogLikelihood(truth, data));
    expect(relativeError(fit.params.r, truth.r)).toBeLessThan(0.15);
    expect(relativeError(fit.params.alpha, truth.alpha)).toBeLessThan(0.15);
    expect(relativeError(fit.params.a, truth.a)).toBeLessThan(0.15);
    expect(relativeError(fit.params.b, truth.b)).toBeLessThan(0.15);
    const spend = gammaGammaFit(data);
    // Population mean spend pv/(q − 1) = 30: the best-determined combination.
    const mean = (spend.params.p * spend.params.v) / (spend.params.q - 1);
    expect(relativeError(mean, 30)).toBeLessThan(0.05);
    expect(relativeError(spend.params.p, SPEND.p)).toBeLessThan(0.15);
  });

  it('recovers the Pareto/NBD parameters from 5,000 simulated customers', () => {
    const truth: ParetoNbdParams = { r: 0.8, alpha: 6, s: 0.7, beta: 12 };
    const u = uniforms(19870101);
    const data = simulate(u, 5000, SPEND, (T) => {
      const lambda = gamma(u, truth.r) / truth.alpha;
      const death = exponential(u, gamma(u, truth.s) / truth.beta);
      const end = Math.min(T, death);
      return (previous) => {
        const t = previous + exponential(u, lambda);
        return t > end ? null : t;
      };
    });
    const fit = paretoNbdFit(data);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(paretoNbdLogLikelihood(truth, data));
    expect(relativeError(fit.params.r, truth.r)).toBeLessThan(0.15);
    expect(relativeError(fit.params.alpha, truth.alpha)).toBeLessThan(0.15);
    expect(relativeError(fit.params.s, truth.s)).toBeLessThan(0.3);
    expect(relativeError(fit.params.beta, truth.beta)).toBeLessThan(0.45);
  });

  it('recovers the NBD parameters from 5,000 customers who never lapse, where BG/NBD is not identified', () => {
    const truth: NbdParams = { r: 1.5, alpha: 4 };
    const u = uniforms(20261205);
    const data = simulate(u, 5000, SPEND, (T) => {
      const lambda = gamma(u, truth.r) / truth.alpha;
      return (previous) => {
        const t = previous + exponential(u, lambda);
        return t > T ? null : t;
      };
    });
    const fit = nbdFit(data);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(nbdLogLikelihood(truth, data));
    expect(relativeError(fit.params.r, truth.r)).toBeLessThan(0.1);
    expect(relativeError(fit.params.alpha, truth.alpha)).toBeLessThan(0.1);
    // Nobody drops out: BG/NBD's dropout parameters run to the edge (a → 0, b → ∞).
    expect(() => bgnbd.fit(data)).toThrow(ModelError);
  });
});
