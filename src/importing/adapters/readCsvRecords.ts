import { createReadStream } from 'node:fs';
import { pipeline, Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { DataError } from '../../errors/errors.js';
import { sniffCsv } from '../sniffCsv.js';

/** One CSV record of an export and the physical line it starts on (1-based, as an editor shows it). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * Reads a tool's CSV export record by record, streaming, with the line each record starts
 * on: quoted fields may span lines (notes, comments, question texts), blank lines are
 * skipped but counted, a UTF-8 byte-order mark is dropped, CRLF is read as LF, and a
 * semicolon-separated file (an export re-saved by a French Excel) is detected.
 *
 * Records keep whatever number of fields they have: whether that is right is the caller's
 * to judge against the header it expects.
 *
 * @param shownAs the file's name as the user gave it, for messages
 * @throws DataError for a missing, empty, binary, UTF-16 or non-UTF-8 file, or a quote never closed.
 */
export async function* readCsvRecords(path: string, shownAs: string): AsyncGenerator<CsvRecord> {
  const { delimiter } = await sniffCsv(path, shownAs);
  const parser = parse({ bom: true, delimiter, info: true, relax_column_count: true, skip_empty_lines: true });
  pipeline(createReadStream(path), utf8Lines(shownAs), parser, () => undefined);
  // csv-parse counts lines at the end of a record: a record starts on the line after the
  // previous one ended, plus the blank lines skipped in between.
  let previousEnd = 0;
  let previousBlank = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
      const line = previousEnd + 1 + (info.empty_lines - previousBlank);
      previousEnd = info.lines;
      previousBlank = info.empty_lines;
      yield { fields: record, line };
    }
  } catch (error) {
    if (error instanceof CsvError) throw csvDataError(error, shownAs, previousEnd + 1);
    throw error;
  } finally {
    parser.destroy();
  }
}

/** Whether every field of a record is empty or blank (a line of only commas or spaces). */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/** Decodes UTF-8 strictly (bad bytes are an error, not U+FFFD) and turns CRLF into LF. */
function utf8Lines(shownAs: string): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carriageReturnPending = false;
  const normalise = (text: string, last: boolean): string => {
    let joined = carriageReturnPending ? `\r${text}` : text;
    carriageReturnPending = !last && joined.endsWith('\r');
    if (carriageReturnPending) joined = joined.slice(0, -1);
    return joined.replaceAll('\r\n', '\n');
  };
  const notUtf8 = () => new DataError(`The file ${shownAs} is not UTF-8 text (export it again as UTF-8, or save it as "CSV UTF-8" in Excel).`, shownAs);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, normalise(decoder.decode(chunk, { stream: true }), false));
      } catch {
        done(notUtf8());
      }
    },
    flush(done) {
      try {
        done(null, normalise(decoder.decode(), true));
      } catch {
        done(notUtf8());
      }
    },
  });
}

/** csv-parse's complaint as one sentence with the line. */
function csvDataError(error: CsvError, shownAs: string, fallbackLine: number): DataError {
  const line = typeof (error as CsvError & { lines?: number }).lines === 'number' ? (error as CsvError & { lines: number }).lines : fallbackLine;
  const what =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? `a quoted field opened on or after line ${fallbackLine} is never closed`
      : error.code === 'CSV_INVALID_CLOSING_QUOTE' || error.code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE'
        ? `a quoted field near line ${line} is not closed properly (a " inside a field must be doubled)`
        : `line ${line} cannot be read as CSV (${error.message.replace(/\.$/, '')})`;
  return new DataError(`The file ${shownAs} is not a well-formed CSV: ${what}.`, shownAs, [
    { line: error.code === 'CSV_QUOTE_NOT_CLOSED' ? fallbackLine : line, column: null, reason: what },
  ]);
}
