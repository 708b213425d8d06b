/** The false discovery rate the report controls when it tests many changes at once. */
export const FALSE_DISCOVERY_RATE = 0.05;

/** One p-value after Benjamini–Hochberg's step-up procedure. */
export interface FdrDecision {
  /** The BH-adjusted p-value (the smallest FDR level at which this test would be declared significant). */
  adjusted: number;
  /** Whether the test is a discovery at level q. */
  significant: boolean;
}

/**
 * Benjamini–Hochberg's step-up procedure: which of m p-values are discoveries when the
 * expected share of false discoveries among them must stay at most q.
 *
 * With the p-values sorted p₍₁₎ ≤ … ≤ p₍ₘ₎, take the largest i with p₍ᵢ₎ ≤ i·q/m and declare
 * the tests 1…i significant. Equivalently each test's adjusted p-value is
 * min over j ≥ i of p₍ⱼ₎·m/j (capped at 1), and a test is significant when its adjusted value
 * is at most q. Results are in the order of the input.
 *
 * Source: Y. Benjamini and Y. Hochberg, "Controlling the false discovery rate: a practical
 * and powerful approach to multiple testing", Journal of the Royal Statistical Society B
 * 57(1):289–300, 1995 (§3 and the worked example of §4: 15 p-values, 4 discoveries at q = 0.05
 * where Bonferroni finds 3).
 *
 * Pitfall: the guarantee holds for independent (or positively dependent) tests; the family
 * must be every test looked at, not those picked afterwards.
 *
 * @param pValues - the p-values, each in [0, 1]
 * @param q - the false discovery rate, in (0, 1)
 * @throws {RangeError} when a p-value is outside [0, 1] or q outside (0, 1)
 *
 * @example benjaminiHochberg([0.01, 0.04, 0.03]) // each adjusted to 0.03, 0.04, 0.04: all significant
 */
export function benjaminiHochberg(pValues: readonly number[], q: number = FALSE_DISCOVERY_RATE): FdrDecision[] {
  if (!(q > 0 && q < 1)) throw new RangeError(`benjaminiHochberg q must lie strictly between 0 and 1, got ${String(q)}.`);
  for (const p of pValues) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`benjaminiHochberg p-values must lie in [0, 1], got ${String(p)}.`);
  }
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const decisions: FdrDecision[] = new Array<FdrDecision>(m);
  let smallest = 1;
  for (let rank = m; rank >= 1; rank -= 1) {
    const { p, index } = order[rank - 1]!;
    smallest = Math.min(smallest, (p * m) / rank);
    decisions[index] = { adjusted: smallest, significant: smallest <= q };
  }
  return decisions;
}
