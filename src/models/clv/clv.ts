import { ModelError } from '../ModelError.js';

/** Options of {@link clv}. */
export interface ClvOptions {
  /** H: how far ahead, in the purchase model's time unit (52 for a year in weeks). */
  horizon: number;
  /** d: discount rate per time unit (default 0: no discounting), ≥ 0. */
  discountRate?: number;
  /**
   * Δ: length of the periods whose purchases are discounted together, in time units
   * (default 1). Purchases of a period are discounted from the period's end.
   */
  periodLength?: number;
}

/**
 * A customer's lifetime value over a horizon: expected spend, discounted (discounted cash
 * flow). The horizon is cut into periods of length Δ ending at t_k = min(kΔ, H),
 * k = 1 … K = ⌈H/Δ⌉; the purchases expected in period k are the difference of the cumulative
 * conditional expectation E[Y(t)] (BG/NBD or Pareto/NBD, given the customer's x, t_x, T), each
 * purchase is worth the expected spend E[M] (Gamma-Gamma), and period k is discounted by
 * (1 + d)^(−t_k):
 *
 *     CLV = Σₖ [E[Y(t_k)] − E[Y(t_{k−1})]] · E[M] / (1 + d)^(t_k),   t₀ = 0
 *
 * With d = 0 the sum telescopes to E[Y(H)] · E[M] (one evaluation).
 *
 * Sources: P. S. Fader, B. G. S. Hardie and K. L. Lee, "RFM and CLV: Using Iso-Value Curves
 * for Customer Base Analysis", Journal of Marketing Research 42(4):415–430, 2005 (CLV as
 * expected margin times discounted expected transactions); the period-by-period discounting
 * is that of the `lifetimes` Python package (`customer_lifetime_value`), with d per time unit
 * instead of per period.
 *
 * Pitfalls: Gamma-Gamma assumes spend independent of frequency; the value is revenue, not
 * margin, unless E[M] is a margin; a horizon much longer than the calibration period
 * extrapolates the model far.
 *
 * @param expectedTransactions - t ↦ E[Y(t) | x, t_x, T], the cumulative expected purchases in
 *   (T, T + t], non-decreasing, 0 at t = 0
 * @param expectedSpend - E[M], the expected spend per purchase, ≥ 0
 * @param options - horizon, discount rate and period length, see {@link ClvOptions}
 * @returns the discounted expected spend over the horizon, ≥ 0
 * @throws {ModelError} when the horizon, rate, period or spend is negative or not finite, or
 *   `expectedTransactions` returns a value that is not a finite number
 *
 * @example
 * clv((t) => 0.1 * t, 20, { horizon: 3 }) // 6 (0.3 purchases × 20)
 * clv((t) => 0.1 * t, 20, { horizon: 3, discountRate: 0.1 }) // 4.973703981968445 (2 · (1/1.1 + 1/1.21 + 1/1.331))
 */
export function clv(expectedTransactions: (t: number) => number, expectedSpend: number, options: ClvOptions): number {
  const { horizon, discountRate = 0, periodLength = 1 } = options;
  if (!(Number.isFinite(horizon) && horizon >= 0)) {
    throw new ModelError(`CLV needs a horizon that is a finite number ≥ 0, got ${String(horizon)}.`);
  }
  if (!(Number.isFinite(discountRate) && discountRate >= 0)) {
    throw new ModelError(`CLV needs a discount rate that is a finite number ≥ 0, got ${String(discountRate)}.`);
  }
  if (!(Number.isFinite(periodLength) && periodLength > 0)) {
    throw new ModelError(`CLV needs a period length that is a positive finite number, got ${String(periodLength)}.`);
  }
  if (!(Number.isFinite(expectedSpend) && expectedSpend >= 0)) {
    throw new ModelError(`CLV needs an expected spend that is a finite number ≥ 0, got ${String(expectedSpend)}.`);
  }
  const at = (t: number): number => {
    const value = expectedTransactions(t);
    if (!Number.isFinite(value)) {
      throw new ModelError(`CLV needs finite expected purchases, got ${String(value)} at t = ${t}.`);
    }
    return value;
  };
  if (horizon === 0) return 0;
  if (discountRate === 0) return Math.max(0, at(horizon)) * expectedSpend;
  const logDiscount = Math.log1p(discountRate);
  const periods = Math.ceil(horizon / periodLength);
  let value = 0;
  let previous = 0;
  for (let k = 1; k <= periods; k += 1) {
    const end = Math.min(k * periodLength, horizon);
    const cumulative = at(end);
    // Rounding can make a tiny increment negative; purchases cannot be.
    value += Math.max(0, cumulative - previous) * Math.exp(-logDiscount * end);
    previous = Math.max(previous, cumulative);
  }
  return value * expectedSpend;
}
