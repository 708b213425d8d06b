import { regularizedIncompleteBeta } from '../../math/regularizedIncompleteBeta.js';
import { assertAmount } from '../_lib/assertAmount.js';
import { assertCount } from '../_lib/assertCount.js';
import { CONFIDENCE_LEVEL } from './constants.js';
import type { Interval } from './Interval.js';
import { studentTQuantile } from './studentTQuantile.js';

/** One group's mean: its size, mean and sample variance Σ(x − x̄)² / (n − 1). */
export interface MeanSample {
  n: number;
  mean: number;
  variance: number;
}

/** Welch's comparison of two means. */
export interface MeanDifference {
  /** x̄₁ − x̄₂, in the unit of the means. */
  value: number;
  /** 95% interval of the difference: value ± t(0.975, ν) · SE. */
  ci95: Interval;
  /** Two-sided p-value of Welch's t. */
  pValue: number;
  /** The test statistic t = value / SE. */
  t: number;
  /** Welch–Satterthwaite degrees of freedom ν. */
  degreesOfFreedom: number;
}

/**
 * Welch's t-test of the difference between two independent means (this period's CES mean
 * and the previous period's, a mean engagement rate over posts…), with its 95% interval.
 * Unlike Student's pooled test it does not assume the two groups share a variance.
 *
 *     SE = √(s₁²/n₁ + s₂²/n₂)
 *     t  = (x̄₁ − x̄₂) / SE
 *     ν  = SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1))
 *     p  = 2 · P(T_ν > |t|) = I_{ν/(ν + t²)}(ν/2, ½)
 *
 * Sources: B. L. Welch, "The generalization of 'Student's' problem when several different
 * population variances are involved", Biometrika 34(1–2):28–35, 1947; F. E. Satterthwaite,
 * "An approximate distribution of estimates of variance components", Biometrics Bulletin
 * 2(6):110–114, 1946.
 *
 * Pitfalls: each group needs two values or more (a variance), and the difference must have
 * some spread: when both groups' values are all equal, SE is 0 and there is no test (null).
 * The t approximation asks for roughly normal means: fine for rating-scale means from a few
 * dozen answers, doubtful for a handful of heavy-tailed values.
 *
 * @param first - n₁ ≥ 2, x̄₁, s₁²
 * @param second - n₂ ≥ 2, x̄₂, s₂²
 * @returns the difference and its test, or null when a group has fewer than 2 values or both variances are 0
 * @throws {RangeError} when n is not a count, a mean is not finite, or a variance is negative
 *
 * @example
 * // Student's sleep data (Biometrika 1908), as R's t.test(extra ~ group, data = sleep) tests it:
 * welchTest({ n: 10, mean: 0.75, variance: 3.200556 }, { n: 10, mean: 2.33, variance: 4.009 })
 * // t ≈ −1.8608, ν ≈ 17.776, p ≈ 0.07939, ci95 ≈ [−3.3655, 0.2055]
 */
export function welchTest(first: MeanSample, second: MeanSample): MeanDifference | null {
  checkSample(first, 'first');
  checkSample(second, 'second');
  if (first.n < 2 || second.n < 2) return null;
  const share1 = first.variance / first.n;
  const share2 = second.variance / second.n;
  const squaredError = share1 + share2;
  if (squaredError === 0) return null;
  const standardError = Math.sqrt(squaredError);
  const value = first.mean - second.mean;
  const t = value / standardError;
  const degreesOfFreedom = (squaredError * squaredError) / ((share1 * share1) / (first.n - 1) + (share2 * share2) / (second.n - 1));
  const halfWidth = studentTQuantile(1 - (1 - CONFIDENCE_LEVEL) / 2, degreesOfFreedom) * standardError;
  const pValue = regularizedIncompleteBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
  return { value, ci95: [value - halfWidth, value + halfWidth], pValue, t, degreesOfFreedom };
}

function checkSample(sample: MeanSample, name: string): void {
  assertCount(sample.n, `welchTest ${name}.n`);
  if (!Number.isFinite(sample.mean)) throw new RangeError(`welchTest ${name}.mean must be a finite number, got ${String(sample.mean)}.`);
  assertAmount(sample.variance, `welchTest ${name}.variance`);
}
