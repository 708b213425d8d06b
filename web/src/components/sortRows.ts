/** A value a table can sort on; null (no value) always sorts last. */
export type SortValue = number | string | null;

/**
 * `rows` ordered by `key`, ascending or descending, rows without a value last whichever the
 * direction; equal values keep their order. Strings compare as the language sorts them.
 */
export function sortRows<Row>(rows: readonly Row[], key: (row: Row) => SortValue, descending: boolean, locale = 'en'): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const keyed = rows.map((row, index) => ({ row, index, value: key(row) }));
  keyed.sort((one, other) => {
    if (one.value === null || other.value === null) {
      return one.value === other.value ? one.index - other.index : one.value === null ? 1 : -1;
    }
    const order =
      typeof one.value === 'number' && typeof other.value === 'number' ? one.value - other.value : collator.compare(String(one.value), String(other.value));
    return (descending ? -order : order) || one.index - other.index;
  });
  return keyed.map(({ row }) => row);
}
