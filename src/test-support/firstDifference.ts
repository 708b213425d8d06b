/** Relative tolerance for floats: sums run in a different order on each engine, or in another plan. */
const TOLERANCE = 1e-9;

/**
 * Compares two JSON values: same shape and keys in the same order, equal strings and
 * integers, floats equal to 1e-9 relative. Returns the path of the first difference, or null.
 */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b)) ? null : `${path}: ${a} ≠ ${b}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items ≠ ${b.length}`;
    for (const [index, item] of a.entries()) {
      const difference = firstDifference(item, b[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.join() !== keysB.join()) return `${path}: keys ${keysA.join(',')} ≠ ${keysB.join(',')}`;
    for (const key of keysA) {
      const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}
