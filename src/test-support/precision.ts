/** |actual − expected| / |expected|: the error relative to the value expected, for values that span many orders of magnitude. */
export function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** Rounds to three significant figures, the precision the papers print their estimates to. */
export function threeFigures(value: number): number {
  return Number(value.toPrecision(3));
}
