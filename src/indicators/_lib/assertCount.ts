/**
 * Checks that a value is a count: a non-negative safe integer.
 *
 * Counts arrive from the store already converted to JS numbers; anything else here (a
 * negative number, a fraction, NaN, a number beyond 2^53 − 1 where integers stop being
 * exact) is a bug upstream, so it is reported at once rather than turned into a wrong rate.
 *
 * @param value - the value to check
 * @param name - how the value is named in the error, e.g. `churnRate.lost`
 * @throws {RangeError} when `value` is not a non-negative safe integer
 *
 * @example
 * assertCount(3, 'nps.n') // returns nothing
 * assertCount(-1, 'nps.n') // throws RangeError: nps.n must be a non-negative integer, got -1.
 */
export function assertCount(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}.`);
  }
}
