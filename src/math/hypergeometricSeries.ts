/** Largest number of terms summed before giving up; at |z| = 0.99999 convergence takes about 4e6. */
const DEFAULT_MAX_TERMS = 5_000_000;

/** Relative size of the neglected tail at which the sum stops. */
const TOLERANCE = Number.EPSILON / 2;

/**
 * When the largest term is this many times the sum, the sum has lost more than 7 of its 16
 * digits to cancellation and is refused rather than returned.
 */
const MAX_CANCELLATION = 1e9;

/** Partial sums above this are rescaled (and the scale kept in a logarithm), to avoid overflow. */
const RESCALE_ABOVE = 1e200;

/** A real number as its sign and the logarithm of its magnitude: value = sign · exp(log). */
export interface SignedLog {
  /** 1, −1, or 0 (then `log` is −Infinity). */
  sign: 1 | -1 | 0;
  /** ln |value|. */
  log: number;
}

/** Options of {@link hypergeometricSeries}. */
export interface HypergeometricSeriesOptions {
  /** Largest number of terms; the default, 5,000,000, is reached only for |z| within 1e-5 of 1. */
  maxTerms?: number;
}

/**
 * The generalized hypergeometric series pFq(a₁ … a_p; b₁ … b_q; z) = Σₙ (a₁)ₙ⋯(a_p)ₙ /
 * ((b₁)ₙ⋯(b_q)ₙ n!) zⁿ, summed term by term, as a sign and a logarithm so that large values
 * (the Pareto/NBD and BG/NBD series for customers with hundreds of purchases) do not overflow.
 *
 * (x)ₙ = x (x + 1) ⋯ (x + n − 1) is the rising factorial. Each term is the previous one times
 * Π(aᵢ + n) / Π(bⱼ + n) · z / (n + 1). The sum stops when the tail, bounded by the last term
 * times r / (1 − r) with r the larger of the last ratio and |z|, is below half a unit in the
 * last place of the sum — and only once n has passed every negative aᵢ and bⱼ, beyond which
 * no factor (aᵢ + n) changes sign (a term can be tiny by accident when some aᵢ is close to a
 * negative integer). A series with an upper parameter 0, −1, −2, … is a polynomial and ends.
 *
 * Source: Digital Library of Mathematical Functions (NIST), §16.2 "Definition and Analytic
 * Properties" (16.2.1), https://dlmf.nist.gov/16.2; the series converges for |z| < 1 when
 * p = q + 1.
 *
 * Pitfalls: near |z| = 1 convergence is slow (about 36 / (1 − |z|) terms); terms of changing
 * sign can cancel, and a sum that lost more than about 7 digits is refused (RangeError) instead
 * of returned. Use the transformations of {@link import('./hyp2f1.js').hyp2f1} to move z away
 * from 1 and to make the terms positive.
 *
 * @param upper - the parameters a₁ … a_p, finite numbers
 * @param lower - the parameters b₁ … b_q, finite numbers other than 0, −1, −2, …
 * @param z - the argument; |z| < 1 unless the series ends (p ≤ q + 1)
 * @returns the sum as {@link SignedLog}
 * @throws {RangeError} on a non-finite parameter, a lower parameter that is a non-positive
 *   integer, |z| ≥ 1 for a series that does not end, more than `maxTerms` terms, or a sum that
 *   lost its precision to cancellation
 *
 * @example
 * hypergeometricSeries([1, 1], [2], 0.5) // { sign: 1, log: 0.32663425997828066 } (2F1(1, 1; 2; ½) = 2 ln 2, whose log is 0.326634259978281)
 * hypergeometricSeries([-2, 1], [1], 3) // { sign: 1, log: 1.3862943611198906 } ((1 − 3)² = 4)
 */
export function hypergeometricSeries(upper: readonly number[], lower: readonly number[], z: number, options: HypergeometricSeriesOptions = {}): SignedLog {
  const maxTerms = options.maxTerms ?? DEFAULT_MAX_TERMS;
  // Only a negative parameter can make a factor (a + n) small or change sign along the way.
  let largestNegative = 0;
  let ends = false;
  for (const a of upper) {
    if (!Number.isFinite(a)) {
      throw new RangeError(`hypergeometricSeries needs finite upper parameters, got ${String(a)}.`);
    }
    if (a <= 0 && Number.isInteger(a)) ends = true;
    largestNegative = Math.max(largestNegative, -a);
  }
  for (const b of lower) {
    if (!Number.isFinite(b) || (b <= 0 && Number.isInteger(b))) {
      throw new RangeError(`hypergeometricSeries needs finite lower parameters other than 0, −1, −2, …, got ${String(b)}.`);
    }
    largestNegative = Math.max(largestNegative, -b);
  }
  if (!Number.isFinite(z) || (!ends && upper.length === lower.length + 1 && !(Math.abs(z) < 1))) {
    throw new RangeError(`hypergeometricSeries needs |z| < 1 for a series that does not end, got z = ${String(z)}.`);
  }
  if (upper.length > lower.length + 1 && !ends) {
    throw new RangeError(`hypergeometricSeries diverges with ${upper.length} upper and ${lower.length} lower parameters.`);
  }
  const settledFrom = Math.ceil(largestNegative) + 2;
  // With p = q + 1 the ratio of terms tends to z; with p < q + 1 it tends to 0.
  const limitRatio = upper.length === lower.length + 1 ? Math.abs(z) : 0;
  let term = 1;
  let sum = 1;
  let largestTerm = 1;
  let logScale = 0;
  for (let n = 0; ; n += 1) {
    if (n >= maxTerms) {
      throw new RangeError(`hypergeometricSeries did not converge in ${maxTerms} terms at z = ${String(z)}.`);
    }
    let ratio = z / (n + 1);
    for (const a of upper) ratio *= a + n;
    for (const b of lower) ratio /= b + n;
    term *= ratio;
    sum += term;
    const absTerm = Math.abs(term);
    if (absTerm > largestTerm) largestTerm = absTerm;
    if (term === 0) break;
    if (Math.abs(sum) > RESCALE_ABOVE) {
      sum /= RESCALE_ABOVE;
      term /= RESCALE_ABOVE;
      largestTerm /= RESCALE_ABOVE;
      logScale += Math.log(RESCALE_ABOVE);
    }
    if (n + 1 >= settledFrom) {
      const bound = Math.max(Math.abs(ratio), limitRatio);
      if (bound < 1 && (absTerm * bound) / (1 - bound) <= TOLERANCE * Math.abs(sum)) break;
    }
  }
  if (sum === 0 && term === 0) return { sign: 0, log: Number.NEGATIVE_INFINITY };
  if (largestTerm > MAX_CANCELLATION * Math.abs(sum)) {
    throw new RangeError(
      `hypergeometricSeries lost its precision to cancellation at z = ${String(z)} (largest term ${largestTerm.toPrecision(3)} times the sum ${Math.abs(sum).toPrecision(3)}).`,
    );
  }
  return { sign: sum > 0 ? 1 : -1, log: Math.log(Math.abs(sum)) + logScale };
}
