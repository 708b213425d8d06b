/**
 * Named constants of the interval methods.
 */

/**
 * The standard normal quantile used for two-sided 95% intervals: z = Φ⁻¹(0.975).
 *
 * A two-sided 95% interval leaves 2.5% of the probability in each tail, so its bound sits at
 * the 97.5th percentile of the standard normal distribution. The value is that percentile to
 * double precision (the same digits as R's `qnorm(0.975)`); the familiar "1.96" is it rounded
 * to three significant digits, which would shift interval bounds in the fourth digit.
 */
export const Z_95 = 1.959963984540054;

/** The confidence level of every interval the indicators report. */
export const CONFIDENCE_LEVEL = 0.95;
