/**
 * From this argument on, the asymptotic series below is accurate to double precision; smaller
 * arguments are raised to it with ψ(x) = ψ(x + 1) − 1/x.
 */
const ASYMPTOTIC_FROM = 10;

/**
 * The digamma function ψ(x) = d/dx ln Γ(x), for x > 0: the derivative of
 * {@link import('./logGamma.js').logGamma}, needed by the gradients of the
 * buy-till-you-die log-likelihoods.
 *
 * Below 10 the recurrence ψ(x) = ψ(x + 1) − 1/x moves the argument up; from 10 on the
 * asymptotic series ψ(x) = ln x − 1/(2x) − Σₖ B₂ₖ / (2k x²ᵏ), with the Bernoulli numbers
 * B₂ = 1/6, B₄ = −1/30, B₆ = 1/42, B₈ = −1/30, B₁₀ = 5/66, B₁₂ = −691/2730, is truncated after
 * the x⁻¹² term (error below 1e-16 at x = 10).
 *
 * Source: M. Abramowitz and I. A. Stegun, Handbook of Mathematical Functions, 1964, 6.3.5
 * (recurrence) and 6.3.18 (asymptotic expansion).
 *
 * @param x - a positive finite number
 * @returns ψ(x)
 * @throws {RangeError} when x is not a positive finite number
 *
 * @example
 * digamma(1) // -0.5772156649015316 (−γ = −0.5772156649015329, the Euler–Mascheroni constant)
 * digamma(0.5) // -1.9635100260214227 (−γ − 2 ln 2 = −1.9635100260214235)
 */
export function digamma(x: number): number {
  if (!Number.isFinite(x) || x <= 0) {
    throw new RangeError(`digamma needs a positive finite argument, got ${String(x)}.`);
  }
  let shift = 0;
  let y = x;
  while (y < ASYMPTOTIC_FROM) {
    shift -= 1 / y;
    y += 1;
  }
  const inverseSquared = 1 / (y * y);
  const series =
    inverseSquared *
    (1 / 12 -
      inverseSquared * (1 / 120 - inverseSquared * (1 / 252 - inverseSquared * (1 / 240 - inverseSquared * (1 / 132 - (691 / 32760) * inverseSquared)))));
  return shift + Math.log(y) - 0.5 / y - series;
}
