/**
 * A table ready to be written as CSV: its header and its rows, every field already text.
 * An empty string is an empty field (a missing value in docs/formats.md). The rows may be produced
 * lazily (a generator), so that a large table never exists as arrays all at once.
 */
export interface CsvTable {
  header: readonly string[];
  rows: Iterable<readonly string[]>;
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
  let text = `${table.header.map(csvField).join(',')}\n`;
  let index = 0;
  for (const row of table.rows) {
    index += 1;
    if (row.length !== table.header.length) {
      throw new RangeError(`CSV row ${index} has ${row.length} fields but the header has ${table.header.length}.`);
    }
    // Appending to one string lets V8 build a rope instead of keeping an array of lines.
    for (let i = 0; i < row.length; i += 1) text += (i === 0 ? '' : ',') + csvField(row[i] as string);
    text += '\n';
  }
  return text;
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
