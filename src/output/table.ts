/** One cell of an exported table: a text, a number, a yes/no, or empty. */
export type Cell = string | number | boolean | null;

/** A flat row of an exported table, by column name. */
export type TableRow = Record<string, Cell>;

/** A table to export as CSV or as one sheet of a workbook: its name, its columns in order, its rows. */
export interface Table {
  name: string;
  columns: string[];
  rows: TableRow[];
}

/**
 * An object's fields as one flat row, nested names joined with dots (`change.delta`,
 * `sentiment.positive`), so that a field added to an object appears in its export without
 * code: a pair of numbers (an interval) becomes `.low` and `.high`, a list of plain values
 * one text joined with ` | `; lists of objects are left out (they are tables of their own).
 *
 * @example flattenRecord({ value: 20, ci95: [8.5, 30.9], change: { delta: 3 } })
 * // { value: 20, 'ci95.low': 8.5, 'ci95.high': 30.9, 'change.delta': 3 }
 */
export function flattenRecord(value: object, prefix = ''): TableRow {
  const row: TableRow = {};
  for (const [key, field] of Object.entries(value)) {
    const name = `${prefix}${key}`;
    if (field === undefined) continue;
    if (field === null || typeof field === 'string' || typeof field === 'number' || typeof field === 'boolean') row[name] = field;
    else if (Array.isArray(field)) {
      const [low, high] = field;
      if (field.length === 2 && typeof low === 'number' && typeof high === 'number') {
        row[`${name}.low`] = low;
        row[`${name}.high`] = high;
      } else if (field.every((item) => item === null || typeof item !== 'object')) row[name] = field.map(String).join(' | ');
    } else if (typeof field === 'object') Object.assign(row, flattenRecord(field, `${name}.`));
  }
  return row;
}

/**
 * A table of `rows` whose columns are `leading` first, then every other field of the rows in
 * the order they first appear (a field some rows lack is an empty cell in those).
 */
export function tableOf(name: string, rows: readonly TableRow[], leading: readonly string[] = []): Table {
  const columns = new Set(leading);
  for (const row of rows) for (const column of Object.keys(row)) columns.add(column);
  return { name, columns: [...columns], rows: [...rows] };
}

/**
 * A number as the text output shows it, to keep exports free of 0.23461045824456717: whole
 * numbers as they are, others to 2 decimals, and those under 0.01 in size (p-values, small
 * shares) to 2 significant digits, so they do not read as 0.
 *
 * @example roundAsDisplayed(0.23461045824456717) // 0.23
 * @example roundAsDisplayed(0.0004567) // 0.00046
 */
export function roundAsDisplayed(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return value;
  if (Math.abs(value) >= 0.01) return Math.round(value * 100) / 100;
  return Number(value.toPrecision(2));
}
