/**
 * Writes objects as RFC 4180 CSV: a header of `columns`, one line per row, fields quoted
 * when they hold a comma, a quote or a line break (quotes doubled); null as an empty field.
 *
 * @example toCsv([{ a: 1, b: 'x,y' }], ['a', 'b']) // 'a,b\n1,"x,y"\n'
 */
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const field = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => field(row[column])).join(','))];
  return `${lines.join('\n')}\n`;
}
