/**
 * Turns a count or sum as an engine returns it (bigint from DuckDB's BIGINT/HUGEINT, string
 * from PostgreSQL's int8/numeric) into a JS number, refusing values a double cannot hold
 * exactly. This is the one place numbers cross the store boundary.
 *
 * @example toNumber(42n) // 42
 * @example toNumber('12.50') // 12.5
 */
export function toNumber(value: unknown, what = 'value'): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') {
    const converted = Number(value);
    if (!Number.isSafeInteger(converted)) {
      throw new RangeError(`The store returned ${what} = ${value}, too large to count exactly.`);
    }
    return converted;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const converted = Number(value);
    if (Number.isFinite(converted)) return converted;
  }
  throw new TypeError(`The store returned ${what} = ${String(value)}, which is not a number.`);
}

/** Like {@link toNumber}, but keeps SQL NULL as null (a mean or median over no rows). */
export function toNumberOrNull(value: unknown, what = 'value'): number | null {
  return value === null || value === undefined ? null : toNumber(value, what);
}
