/**
 * Checks that a value is a non-negative finite number (a sum of durations, amounts, rates
 * or scores).
 *
 * @param value - the value to check
 * @param name - how the value is named in the error, e.g. `clvHistorical.revenue`
 * @throws {RangeError} when `value` is negative, NaN or infinite
 *
 * @example
 * assertAmount(12.5, 'clvHistorical.revenue') // returns nothing
 * assertAmount(Number.NaN, 'clvHistorical.revenue') // throws RangeError: clvHistorical.revenue must be a non-negative finite number, got NaN.
 */
export function assertAmount(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative finite number, got ${String(value)}.`);
  }
}
