import { logGamma } from './logGamma.js';

/**
 * From this argument on, ln Γ(big) − ln Γ(big + small) is taken from Stirling's series
 * instead of subtracting two large logarithms: at 10 the truncated series below is exact to
 * about 2e-14, and subtracting two ln Γ values of size ~big·ln(big) would lose the digits
 * that matter.
 */
const STIRLING_FROM = 10;

/**
 * The remainder of Stirling's series, ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π], for x ≥ 10:
 * 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹).
 */
function stirlingRemainder(x: number): number {
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  return inverse * (1 / 12 - inverseSquared * (1 / 360 - inverseSquared * (1 / 1260 - inverseSquared * (1 / 1680 - inverseSquared / 1188))));
}

/**
 * The natural logarithm of the beta function, ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b).
 *
 * When the larger argument is 10 or more, ln Γ(big) − ln Γ(big + small) is computed from
 * Stirling's series as −(big − ½)·log1p(small / big) − small·ln(big + small) + small +
 * R(big) − R(big + small), which keeps full relative precision when big is large (the
 * Student t distribution with many degrees of freedom needs B(ν/2, ½) for large ν).
 *
 * @param a - a positive finite number
 * @param b - a positive finite number
 * @returns ln B(a, b)
 * @throws {RangeError} when a or b is not a positive finite number (via {@link logGamma})
 *
 * @example
 * logBeta(1, 1) // -1.7763568394002505e-15 (B(1, 1) = 1: zero up to rounding)
 * logBeta(0.5, 0.5) // 1.1447298858494 (ln π = 1.1447298858494002)
 */
export function logBeta(a: number, b: number): number {
  const big = Math.max(a, b);
  const small = Math.min(a, b);
  if (!(big >= STIRLING_FROM) || !Number.isFinite(big)) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
  }
  const logGammaRatio =
    -(big - 0.5) * Math.log1p(small / big) - small * Math.log(big + small) + small + stirlingRemainder(big) - stirlingRemainder(big + small);
  return logGamma(small) + logGammaRatio;
}
