import { BOM, CARRIAGE_RETURN, LINE_FEED, QUOTE, readChunks, SPACE } from './readChunks.js';
import { walkCsvRows } from './walkCsvRows.js';

/** A data row whose unquoted field holds a double quote. */
export interface StrayQuote {
  /** Physical line of the row's first byte, as an editor shows it. */
  line: number;
  /** DuckDB's line for the row: physical lines minus the line breaks inside quotes before it (see locateRecords.ts). */
  duckDbLine: number;
  /** 0-based position of the row among the file's data rows (header and blank lines not counted). */
  record: number;
  /** 0-based index of the field that holds the quote. */
  field: number;
}

/**
 * Whether a double quote stands inside a field that does not begin with one (`12,ab"c,3`).
 * DuckDB's parser keeps such a quote as part of the value, and afterwards it cannot be told
 * from a quoted field's doubled quote (`"ab""c"`), so the file is read for it before: RFC 4180
 * §2.5 allows double quotes only in quoted fields. Jumps from quote to quote with
 * `Buffer.indexOf` (memchr), so a file of a gigabyte in the page cache takes about a second.
 * A quote after spaces at a field's start opens a quoted field, as DuckDB reads it.
 */
export function hasStrayQuote(path: string, delimiter: number): Promise<boolean> {
  let inQuotes = false;
  let closingPending = false; // a quote inside a quoted field was the chunk's last byte
  let lastContent = -1; // the last byte before the chunk that is not a space; -1 at the file's start
  return readChunks(path, (chunk, first) => {
    const dataStart = first && BOM.every((byte, index) => chunk[index] === byte) ? BOM.length : 0;
    let at = dataStart;
    if (closingPending) {
      closingPending = false;
      if (chunk[0] === QUOTE)
        at = 1; // a doubled quote: still inside
      else inQuotes = false;
    }
    for (;;) {
      const quote = chunk.indexOf(QUOTE, at);
      if (quote < 0) break;
      if (inQuotes) {
        if (quote + 1 === chunk.length) {
          closingPending = true;
          break;
        }
        if (chunk[quote + 1] === QUOTE) at = quote + 2;
        else {
          inQuotes = false;
          at = quote + 1;
        }
        continue;
      }
      let before = quote - 1;
      while (before >= dataStart && chunk[before] === SPACE) before--;
      const previous = before >= dataStart ? (chunk[before] as number) : lastContent;
      if (!startsField(previous, delimiter)) return true;
      inQuotes = true;
      at = quote + 1;
    }
    lastContent = lastNonSpace(chunk, lastContent);
    return false;
  });
}

/**
 * Every data row with a stray quote (see {@link hasStrayQuote}), with its lines and position,
 * in file order: one pass byte by byte over the file (walkCsvRows.ts), meant for a file
 * {@link hasStrayQuote} found one in.
 */
export async function locateStrayQuotes(path: string, delimiter: number): Promise<StrayQuote[]> {
  const found: StrayQuote[] = [];
  await walkCsvRows(path, delimiter, {
    strayQuote: (row, field) => found.push({ line: row.line, duckDbLine: row.duckDbLine, record: row.index, field }),
  });
  return found;
}

/** Whether a quote that follows `previous` (and spaces) begins a field: after a delimiter, a line break, or at the file's start. */
function startsField(previous: number, delimiter: number): boolean {
  return previous === -1 || previous === delimiter || previous === LINE_FEED || previous === CARRIAGE_RETURN;
}

/** The chunk's last byte that is not a space, else `otherwise`. */
function lastNonSpace(chunk: Buffer, otherwise: number): number {
  for (let index = chunk.length - 1; index >= 0; index--) if (chunk[index] !== SPACE) return chunk[index] as number;
  return otherwise;
}
