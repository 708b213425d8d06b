/**
 * The first characters that make a spreadsheet read a cell as a formula (or, for tab and
 * carriage return, hide one after them): OWASP's "CSV Injection" page lists = + - @, tab and CR.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes objects as RFC 4180 CSV, exactly: a header of `columns`, one line per row, fields
 * quoted when they hold a comma, a quote or a line break (quotes doubled); null as an empty
 * field. For files read back by a program (COPY, an import); exports that people open in a
 * spreadsheet use {@link toSpreadsheetCsv}.
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

/**
 * The CSV of {@link toCsv} for people: a text that a spreadsheet would run as a formula
 * (`=HYPERLINK(…)`, `@SUM(…)`, `+1+1`) is written behind an apostrophe, as OWASP's CSV
 * injection page advises, so opening an export never runs what a customer typed. Numbers
 * are written as they are (a negative value stays a number).
 *
 * @example toSpreadsheetCsv([{ a: -1, b: '=1+1' }], ['a', 'b']) // "a,b\n-1,'=1+1\n"
 */
export function toSpreadsheetCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const safe = rows.map((row) => Object.fromEntries(columns.map((column) => [column, neutraliseFormula(row[column])])) as T);
  return toCsv(safe, columns);
}

function neutraliseFormula(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
