import { logBeta } from './logBeta.js';
import { logGamma } from './logGamma.js';

/**
 * ln of the rising factorial (a)ₙ = a (a + 1) ⋯ (a + n − 1) = Γ(a + n)/Γ(a), for a > 0 and
 * n ≥ 0 (n need not be whole), without subtracting two large logarithms.
 *
 * ln Γ(a + n) − ln Γ(a) written as two ln Γ values loses the digits that matter when a is
 * large: at a = 10⁷ each is about 1.5·10⁸, so the difference carries an error of ~10⁻⁸ — enough
 * to make a log-likelihood too noisy for its optimiser. Here it is ln Γ(n) − ln B(a, n), where
 * {@link logBeta} keeps full precision for a large argument (Stirling's series); a whole n up
 * to 16 is summed as Σ ln(a + j), exact to rounding.
 *
 * Source: the identity B(a, n) = Γ(a)Γ(n)/Γ(a + n) (Abramowitz and Stegun 6.2.2).
 *
 * @param a - a positive finite number
 * @param n - a finite number ≥ 0
 * @returns ln((a)ₙ); 0 when n = 0
 * @throws {RangeError} when a is not positive and finite or n is negative or not finite
 *
 * @example
 * logRisingFactorial(3, 2) // 2.484906649788 (ln(3 · 4) = ln 12)
 * logRisingFactorial(1e7, 19) // 306.2438344681975 (19 ln 10⁷ + Σ ln(1 + j/10⁷))
 */
export function logRisingFactorial(a: number, n: number): number {
  if (!(Number.isFinite(a) && a > 0)) {
    throw new RangeError(`logRisingFactorial needs a positive finite a, got ${String(a)}.`);
  }
  if (!(Number.isFinite(n) && n >= 0)) {
    throw new RangeError(`logRisingFactorial needs a finite n ≥ 0, got ${String(n)}.`);
  }
  if (n === 0) return 0;
  if (Number.isInteger(n) && n <= SUMMED_UP_TO) {
    let sum = 0;
    for (let j = 0; j < n; j += 1) sum += Math.log(a + j);
    return sum;
  }
  return logGamma(n) - logBeta(a, n);
}

/** Whole n up to this are summed term by term: cheap, and exact to rounding for any a. */
const SUMMED_UP_TO = 16;
