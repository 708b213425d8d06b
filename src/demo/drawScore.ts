import type { Prng } from './prng.js';

/**
 * A survey score on an ordered scale, drawn from a latent-variable (ordered logit) model:
 * a latent satisfaction `shift + ε`, with ε standard logistic, is cut at the thresholds that
 * give `distribution` when `shift` is 0. A positive shift moves answers up the scale, a negative
 * one down, keeping the shape of the distribution — so a customer's mood, a delivery crisis or a
 * better returns process show in the scores in a realistic way (McCullagh, "Regression Models
 * for Ordinal Data", JRSS B 42(2), 1980).
 *
 * @param rng the random stream.
 * @param distribution the share of each score at shift 0, lowest score first (need not sum to 1).
 * @param lowest the score of the first share (0 for NPS, 1 for CSAT and CES).
 * @param shift the latent shift, in the units of ε (whose standard deviation is π/√3 ≈ 1.81).
 * @returns a whole score from `lowest` to `lowest + distribution.length − 1`.
 *
 * @example
 * drawScore(rng, [0.1, 0.2, 0.3, 0.4], 1, 0); // 4 about 40 % of the time
 */
export function drawScore(rng: Prng, distribution: readonly number[], lowest: number, shift: number): number {
  const thresholds = thresholdsOf(distribution);
  const latent = shift + rng.logistic();
  let index = 0;
  while (index < thresholds.length && latent >= (thresholds[index] ?? Infinity)) index += 1;
  return lowest + index;
}

/** The logits of the cumulative shares, computed once per distribution. */
const THRESHOLDS = new WeakMap<readonly number[], number[]>();

function thresholdsOf(distribution: readonly number[]): number[] {
  let thresholds = THRESHOLDS.get(distribution);
  if (thresholds === undefined) {
    const total = distribution.reduce((sum, share) => sum + share, 0);
    thresholds = [];
    let cumulative = 0;
    for (const share of distribution.slice(0, -1)) {
      cumulative += share / total;
      thresholds.push(Math.log(cumulative / (1 - cumulative)));
    }
    THRESHOLDS.set(distribution, thresholds);
  }
  return thresholds;
}
