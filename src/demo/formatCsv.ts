/**
 * A table ready to be written as CSV: its header and its rows, every field already text.
 * An empty string is an empty field (a missing value in CONTRACT §3).
 */
export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * Writes a table as RFC 4180 CSV: comma separated, CRLF-free `\n` line ends, a field quoted when
 * it holds a comma, a double quote, a line break or surrounding spaces (an importer that trims
 * fields would otherwise change it), inner quotes doubled. The text ends with a line break.
 *
 * @param table the header and rows; every row must have as many fields as the header.
 * @returns the CSV text.
 * @throws RangeError when a row's length differs from the header's.
 *
 * @example
 * formatCsv({ header: ['id', 'comment'], rows: [['r-1', 'Bon produit, livraison "lente"']] });
 * // 'id,comment\nr-1,"Bon produit, livraison ""lente"""\n'
 */
export function formatCsv(table: CsvTable): string {
  const lines: string[] = [table.header.map(csvField).join(',')];
  table.rows.forEach((row, index) => {
    if (row.length !== table.header.length) {
      throw new RangeError(`CSV row ${index + 1} has ${row.length} fields but the header has ${table.header.length}.`);
    }
    lines.push(row.map(csvField).join(','));
  });
  return lines.join('\n') + '\n';
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/**
 * One field as RFC 4180 writes it.
 *
 * @example
 * csvField('a,b'); // '"a,b"'
 * csvField('plain'); // 'plain'
 */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
