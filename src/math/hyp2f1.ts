import { hypergeometricSeries, type HypergeometricSeriesOptions } from './hypergeometricSeries.js';

/** One way of writing 2F1(a, b; c; z): factor · 2F1(a′, b′; c; w), with ln factor kept. */
interface Form {
  a: number;
  b: number;
  w: number;
  logFactor: number;
}

function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

/**
 * Weight of each sign change of the terms in the cost of a form: a form whose terms keep one
 * sign never cancels, while F(−7.7, 0.05; 0.05; 0.82) = 0.18^7.7 ≈ 2e-6 is summed from terms
 * near 100 that change sign eight times.
 */
const SIGN_CHANGE_PENALTY = 1000;

/**
 * How hard a form's series is to sum: the sizes of its upper parameters, which set how far the
 * terms grow before they fall, plus {@link SIGN_CHANGE_PENALTY} per sign change of the terms.
 */
function cost(form: Form): number {
  // (p)ₙ changes sign ⌈−p⌉ times for a negative p; wⁿ alternates for ever when w < 0, unless a
  // polynomial's (−m)ₙ alternates with it.
  let changes = 0;
  let polynomialDegree = -1;
  for (const p of [form.a, form.b]) {
    if (p < 0) changes += Math.ceil(-p);
    if (isNonPositiveInteger(p)) polynomialDegree = Math.max(polynomialDegree, -p);
  }
  if (form.w < 0) changes = polynomialDegree >= 0 ? changes - polynomialDegree : Number.POSITIVE_INFINITY;
  return SIGN_CHANGE_PENALTY * changes + Math.abs(form.a) + Math.abs(form.b);
}

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real parameters and real z < 1.
 *
 *     2F1(a, b; c; z) = Σₙ (a)ₙ (b)ₙ / ((c)ₙ n!) zⁿ
 *
 * The series converges for |z| < 1. It is summed by {@link hypergeometricSeries} after one of
 * the linear transformations that keep the argument in [0, 1):
 * - z < 0, Pfaff: 2F1(a, b; c; z) = (1 − z)^(−a) 2F1(a, c − b; c; z/(z − 1))
 *   = (1 − z)^(−b) 2F1(c − a, b; c; z/(z − 1)) — z/(z − 1) is in (0, 1) for every z < 0, so
 *   this also extends the function past z = −1 where the series diverges;
 * - 0 ≤ z < 1, Euler: 2F1(a, b; c; z) = (1 − z)^(c − a − b) 2F1(c − a, c − b; c; z), used when
 *   its parameters are smaller (e.g. 2F1(200, 202; 201; z) becomes (1 − z)^(−201) 2F1(1, −1; 201; z),
 *   a polynomial).
 * Of the forms available, the one whose terms keep one sign (positive upper parameters), then
 * the one with the smallest upper parameters, is summed.
 *
 * Sources: Abramowitz and Stegun, Handbook of Mathematical Functions, 1964, 15.1.1 (series),
 * 15.3.4–15.3.5 (Pfaff) and 15.3.3 (Euler); DLMF 15.8.1, https://dlmf.nist.gov/15.8.
 *
 * Pitfalls: near z = 1 the series needs about 36 / (1 − z) terms, and z ≪ −1 maps close to 1;
 * beyond 5,000,000 terms, or when the terms cancel to fewer than about 7 digits, it throws
 * rather than return an imprecise value. The value can overflow to ±Infinity when it is huge.
 *
 * @param a - a finite number
 * @param b - a finite number
 * @param c - a finite number other than 0, −1, −2, …
 * @param z - a number below 1
 * @returns 2F1(a, b; c; z)
 * @throws {RangeError} on non-finite parameters, c a non-positive integer, z ≥ 1, or a series
 *   that does not converge (see {@link hypergeometricSeries})
 *
 * @example
 * hyp2f1(1, 1, 2, 0.5) // 1.3862943611198901 (−ln(1 − z)/z = 2 ln 2 = 1.3862943611198906)
 * hyp2f1(0.5, 1, 1.5, -3) // 0.604599788078072 (arctan(√3)/√3 = π/(3√3) = 0.6045997880780726)
 */
export function hyp2f1(a: number, b: number, c: number, z: number, options: HypergeometricSeriesOptions = {}): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) {
    throw new RangeError(`hyp2f1 needs finite parameters, got a = ${String(a)}, b = ${String(b)}, c = ${String(c)}.`);
  }
  if (isNonPositiveInteger(c)) {
    throw new RangeError(`hyp2f1 is not defined for c = ${String(c)}, a non-positive integer.`);
  }
  if (!(z < 1)) {
    throw new RangeError(`hyp2f1 needs z < 1, got ${String(z)}.`);
  }
  const forms: Form[] = [{ a, b, w: z, logFactor: 0 }];
  if (z < 0) {
    const w = z / (z - 1);
    const logOneMinusZ = Math.log1p(-z);
    forms.length = 0;
    forms.push({ a, b: c - b, w, logFactor: -a * logOneMinusZ }, { a: c - a, b, w, logFactor: -b * logOneMinusZ });
    // A polynomial in z can also be summed as it is.
    if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) forms.push({ a, b, w: z, logFactor: 0 });
  } else if (z > 0) {
    forms.push({ a: c - a, b: c - b, w: z, logFactor: (c - a - b) * Math.log1p(-z) });
  }
  let best = forms[0] as Form;
  for (const form of forms) {
    if (cost(form) < cost(best)) best = form;
  }
  const series = hypergeometricSeries([best.a, best.b], [c], best.w, options);
  return series.sign * Math.exp(series.log + best.logFactor);
}
