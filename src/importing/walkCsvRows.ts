import { BOM, CARRIAGE_RETURN, LINE_FEED, QUOTE, readChunks, SPACE } from './readChunks.js';

/** Where a row of a CSV file stands, as a person and as DuckDB's parser count it. */
export interface CsvRow {
  /** Physical line of the row's first byte, as an editor shows it. */
  line: number;
  /** DuckDB's line for the row: physical lines minus the line breaks inside quotes before it. */
  duckDbLine: number;
  /** 0-based position among the file's rows, the header being −1 (blank lines are not rows). */
  index: number;
}

/** What {@link walkCsvRows} tells as it reads. */
export interface CsvRowVisitor {
  /** A row ended; returning true stops the walk. */
  rowEnded?: (row: CsvRow) => boolean;
  /** A double quote inside field `field` (0-based) of `row`, a field that does not begin with one; told once per row. */
  strayQuote?: (row: CsvRow, field: number) => void;
}

/**
 * Reads a CSV file byte by byte as DuckDB's parser splits it into rows (RFC 4180 with
 * `quote = escape = '"'`): a line break (LF, CR or CRLF) inside double quotes belongs to the
 * field, a quote opens a quoted field only at the field's start (after spaces, which DuckDB
 * skips there), a doubled quote inside one is a quote, blank lines are skipped, and a UTF-8
 * BOM is not data. One sequential pass in chunks; it stops early when `rowEnded` says so.
 */
export async function walkCsvRows(path: string, delimiter: number, visitor: CsvRowVisitor): Promise<void> {
  let line = 1;
  let quotedBreaks = 0;
  let inQuotes = false;
  let quoteInQuotes = false; // the previous byte was a quote inside a quoted field: it closes it, or a second one follows
  let fieldStarted = false; // the field has a byte other than spaces
  let field = 0;
  let rowStarted = false;
  let row: CsvRow = { line: 1, duckDbLine: 1, index: -1 };
  let rowsEnded = 0; // the header is the first
  let strayTold = false;
  let previous = -1;
  const endRow = (): boolean => {
    if (!rowStarted) return false; // a blank line
    rowStarted = false;
    fieldStarted = false;
    strayTold = false;
    field = 0;
    rowsEnded++;
    return visitor.rowEnded?.(row) ?? false;
  };
  const stopped = await readChunks(path, (chunk, first) => {
    const start = first && BOM.every((bom, index) => chunk[index] === bom) ? BOM.length : 0;
    for (let at = start; at < chunk.length; at++) {
      const byte = chunk[at] as number;
      if (inQuotes && quoteInQuotes) {
        quoteInQuotes = false;
        if (byte === QUOTE) continue; // a doubled quote
        inQuotes = false; // the quote before closed the field: this byte is read outside
      }
      const lineBreak = byte === LINE_FEED || byte === CARRIAGE_RETURN;
      const crlf = byte === LINE_FEED && previous === CARRIAGE_RETURN;
      previous = byte;
      if (inQuotes) {
        if (byte === QUOTE) quoteInQuotes = true;
        else if (lineBreak && !crlf) {
          line++;
          quotedBreaks++;
        }
        continue;
      }
      if (lineBreak) {
        if (crlf) continue;
        line++;
        if (endRow()) return true;
        continue;
      }
      if (!rowStarted) {
        rowStarted = true;
        row = { line, duckDbLine: line - quotedBreaks, index: rowsEnded - 1 };
      }
      if (byte === delimiter) {
        field++;
        fieldStarted = false;
      } else if (byte === QUOTE && !fieldStarted) {
        inQuotes = true;
        fieldStarted = true;
      } else if (byte === QUOTE) {
        if (!strayTold && row.index >= 0) visitor.strayQuote?.(row, field);
        strayTold = true;
      } else if (byte !== SPACE) fieldStarted = true;
    }
    return false;
  });
  if (!stopped) endRow();
}
