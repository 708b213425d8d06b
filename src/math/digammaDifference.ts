import { digamma } from './digamma.js';

/** Whole n up to this are summed as Σ 1/(a + j). */
const SUMMED_UP_TO = 64;

/**
 * ψ(a + n) − ψ(a), the derivative in a of ln((a)ₙ) ({@link import('./logRisingFactorial.js').logRisingFactorial}),
 * for a > 0 and n ≥ 0.
 *
 * For a whole n up to 64 it is Σⱼ₌₀ⁿ⁻¹ 1/(a + j) (from ψ(x + 1) = ψ(x) + 1/x), exact to rounding
 * even when a is huge and the two ψ values agree in most of their digits; otherwise the
 * difference of two {@link digamma} values.
 *
 * Source: Abramowitz and Stegun 6.3.6 (ψ(n + z) = ψ(z) + Σ 1/(z + k)).
 *
 * @param a - a positive finite number
 * @param n - a finite number ≥ 0
 * @returns ψ(a + n) − ψ(a)
 * @throws {RangeError} when a is not positive and finite or n is negative or not finite
 *
 * @example
 * digammaDifference(1, 3) // 1.8333333333333333 (1 + ½ + ⅓)
 */
export function digammaDifference(a: number, n: number): number {
  if (!(Number.isFinite(a) && a > 0)) {
    throw new RangeError(`digammaDifference needs a positive finite a, got ${String(a)}.`);
  }
  if (!(Number.isFinite(n) && n >= 0)) {
    throw new RangeError(`digammaDifference needs a finite n ≥ 0, got ${String(n)}.`);
  }
  if (Number.isInteger(n) && n <= SUMMED_UP_TO) {
    let sum = 0;
    for (let j = 0; j < n; j += 1) sum += 1 / (a + j);
    return sum;
  }
  return digamma(a + n) - digamma(a);
}
