import { assertAtMost } from '../_lib/assertAtMost.js';
import { assertCount } from '../_lib/assertCount.js';
import { Z_95 } from './constants.js';
import type { Interval } from './Interval.js';
import { erfc } from './normalTail.js';
import { wilsonInterval } from './wilsonInterval.js';

/** k successes out of n trials: one group's proportion. */
export interface ProportionCounts {
  k: number;
  n: number;
}

/** The difference of two independent proportions, its interval and the test that matches it. */
export interface ProportionDifference {
  /** k₁/n₁ − k₂/n₂, in percentage points. */
  value: number;
  /** Newcombe's hybrid score 95% interval of the difference, in percentage points. */
  ci95: Interval;
  /** Two-sided p-value: 1 − the largest confidence level whose hybrid interval still holds 0. */
  pValue: number;
}

/** Past this z the interval excludes any non-zero difference of doubles: the p-value is 0 to double precision. */
const LARGEST_Z = 40;
/** Bisection steps on z: the bracket [0, 40] shrinks to 40 / 2⁶⁰, far below a printed p-value. */
const BISECTIONS = 60;

/**
 * The difference between two independent proportions (this period's and the previous
 * period's CSAT, churn, conversion…) with Newcombe's hybrid score interval (his method 10),
 * and the p-value of the test that matches it.
 *
 * With p̂ᵢ = kᵢ/nᵢ and (lᵢ, uᵢ) the Wilson score interval of each proportion at the level of z,
 *
 *     Δ     = p̂₁ − p̂₂
 *     lower = Δ − √((p̂₁ − l₁)² + (u₂ − p̂₂)²)
 *     upper = Δ + √((u₁ − p̂₁)² + (p̂₂ − l₂)²)
 *
 * Each side of the difference takes the side of each Wilson interval it leans on, so the
 * interval is asymmetric where the proportions are near 0 or 1, never leaves [−1, 1], and
 * keeps close to its nominal coverage for small groups, where the Wald interval does not.
 *
 * The p-value inverts the interval: it is the α for which the 1 − α hybrid interval has 0
 * on its edge (found by bisection over z), so `pValue < 0.05` exactly when the 95% interval
 * excludes 0 — the test and the interval never disagree.
 *
 * Source: R. G. Newcombe, "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Statistics in Medicine 17:873–890, 1998
 * (method 10; worked examples in its Table II); Wilson's interval: E. B. Wilson, JASA
 * 22:209–212, 1927.
 *
 * Pitfall: the groups must be independent (different customers, or the same customers at
 * times far enough apart); it is not a paired test.
 *
 * @param first - k₁ of n₁ (n₁ ≥ 1)
 * @param second - k₂ of n₂ (n₂ ≥ 1)
 * @throws {RangeError} when a count is not an integer, k exceeds n, or a group is empty
 *
 * @example
 * newcombeDifference({ k: 56, n: 70 }, { k: 48, n: 80 })
 * // { value: 20, ci95: [5.24…, 33.39…], pValue: 0.0064… } (Newcombe 1998, Table II: 0.0524 to 0.3339)
 */
export function newcombeDifference(first: ProportionCounts, second: ProportionCounts): ProportionDifference {
  checkCounts(first, 'first');
  checkCounts(second, 'second');
  const [low, high] = hybridInterval(first, second, Z_95);
  return { value: 100 * (first.k / first.n - second.k / second.n), ci95: [100 * low, 100 * high], pValue: matchingPValue(first, second) };
}

/** Newcombe's hybrid interval of p̂₁ − p̂₂ at the level of the normal quantile z, as fractions. */
function hybridInterval(first: ProportionCounts, second: ProportionCounts, z: number): Interval {
  const p1 = first.k / first.n;
  const p2 = second.k / second.n;
  const [l1, u1] = wilsonInterval(first.k, first.n, z).map((bound) => bound / 100) as Interval;
  const [l2, u2] = wilsonInterval(second.k, second.n, z).map((bound) => bound / 100) as Interval;
  const difference = p1 - p2;
  return [difference - Math.hypot(p1 - l1, u2 - p2), difference + Math.hypot(u1 - p1, p2 - l2)];
}

/** The two-sided p-value: the z at which the hybrid interval's edge nearest 0 reaches 0, as P(|Z| ≥ z). */
function matchingPValue(first: ProportionCounts, second: ProportionCounts): number {
  const difference = first.k / first.n - second.k / second.n;
  if (difference === 0) return 1;
  // The edge nearest 0 moves towards 0 and past it as z grows (the Wilson intervals widen).
  const excludesZero = (z: number): boolean => {
    const [low, high] = hybridInterval(first, second, z);
    return difference > 0 ? low > 0 : high < 0;
  };
  if (excludesZero(LARGEST_Z)) return 0;
  let low = 0;
  let high = LARGEST_Z;
  for (let step = 0; step < BISECTIONS; step += 1) {
    const middle = (low + high) / 2;
    if (excludesZero(middle)) low = middle;
    else high = middle;
  }
  return erfc((low + high) / 2 / Math.SQRT2);
}

function checkCounts(counts: ProportionCounts, name: string): void {
  assertCount(counts.n, `newcombeDifference ${name}.n`);
  assertCount(counts.k, `newcombeDifference ${name}.k`);
  assertAtMost(counts.k, `newcombeDifference ${name}.k`, counts.n, 'n');
  if (counts.n === 0) throw new RangeError(`newcombeDifference needs at least one trial in the ${name} group, got none.`);
}
