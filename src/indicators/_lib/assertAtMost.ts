/**
 * Checks that a part does not exceed the whole it is counted from (lost ≤ atStart,
 * abandoned ≤ carts, …).
 *
 * @param part - the smaller quantity
 * @param partName - its name in the error, e.g. `churnRate.lost`
 * @param whole - the quantity it must not exceed
 * @param wholeName - its name in the error, e.g. `churnRate.atStart`
 * @throws {RangeError} when `part > whole`
 *
 * @example
 * assertAtMost(3, 'churnRate.lost', 10, 'churnRate.atStart') // returns nothing
 * assertAtMost(12, 'churnRate.lost', 10, 'churnRate.atStart') // throws RangeError: churnRate.lost (12) must not exceed churnRate.atStart (10).
 */
export function assertAtMost(part: number, partName: string, whole: number, wholeName: string): void {
  if (part > whole) {
    throw new RangeError(`${partName} (${String(part)}) must not exceed ${wholeName} (${String(whole)}).`);
  }
}
