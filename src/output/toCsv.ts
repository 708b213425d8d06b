import type { Language } from './language.js';
import { type Cell, roundAsDisplayed, type Table } from './table.js';

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
  return delimited(rows, columns, ',', String);
}

/** The lines of a CSV with `separator`, each value written by `write`, quoted when it holds the separator, a quote or a line break. */
function delimited<T extends object>(
  rows: readonly T[],
  columns: readonly (keyof T & string)[],
  separator: ',' | ';',
  write: (value: unknown) => string,
): string {
  const needsQuotes = separator === ',' ? /[",\r\n]/ : /[";\r\n]/;
  const field = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    const text = write(value);
    return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [columns.map(field).join(separator), ...rows.map((row) => columns.map((column) => field(row[column])).join(separator))];
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

/** The byte order mark that tells a spreadsheet a CSV file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * A table as CSV for a person's spreadsheet in `language`, guarded as {@link toSpreadsheetCsv}
 * is and with numbers rounded as displayed ({@link roundAsDisplayed}). English: RFC 4180 with
 * commas and decimal points, as {@link toSpreadsheetCsv}. French: what a French Excel opens
 * in columns by a double click — `;` between fields, decimal commas and a UTF-8 byte order
 * mark (without it Excel reads the file in the system's code page and garbles accents).
 *
 * @example toLocalCsv({ name: 't', columns: ['a', 'b'], rows: [{ a: 'x', b: 0.23461 }] }, 'fr') // '\uFEFFa;b\nx;0,23\n'
 */
export function toLocalCsv(table: Table, language: Language): string {
  const rounded = table.rows.map((row) => Object.fromEntries(table.columns.map((column) => [column, neutraliseFormula(roundIfNumber(row[column] ?? null))])));
  if (language === 'en') return delimited(rounded, table.columns, ',', String);
  const write = (value: unknown) => (typeof value === 'number' ? String(value).replace('.', ',') : String(value));
  return `${UTF8_BOM}${delimited(rounded, table.columns, ';', write)}`;
}

function roundIfNumber(value: Cell): Cell {
  return typeof value === 'number' ? roundAsDisplayed(value) : value;
}

function neutraliseFormula(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
