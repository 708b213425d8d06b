/**
 * Orders two texts by UTF-16 code unit, whatever the locale or the database's collation, so
 * that lists (brands, themes, group keys, languages) come out in the same order from both
 * engines and on every machine. For `Array.prototype.sort`.
 *
 * @example ['b', 'B', 'a'].sort(compareText) // ['B', 'a', 'b']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
