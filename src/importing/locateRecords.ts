import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export interface RecordLocations {
  /** Physical first line of the kept data row at each asked 0-based position. */
  accepted: Map<number, number>;
  /** Physical first line of each row the parser refused, by the line DuckDB gave it. */
  rejected: Map<number, number>;
}

/**
 * Finds the line numbers a person sees in an editor for some rows of a CSV file, reading
 * the file's bytes as DuckDB's parser splits them into records: a line break inside
 * double quotes belongs to the field, and blank lines are skipped.
 *
 * DuckDB reports two kinds of position that differ from editor lines. Rows its parser
 * refused carry a line that counts every line break except those inside quotes. Rows it
 * kept are known only by their position among the kept rows. Both are translated here:
 * the refused rows by their DuckDB line, and the kept rows by skipping the refused ones.
 * The file is read only as far as the last position asked for.
 *
 * @param rejectedDuckDbLines the lines DuckDB gave the rows it refused
 * @param acceptedPositions 0-based positions among the kept rows
 */
export async function locateRecords(path: string, rejectedDuckDbLines: readonly number[], acceptedPositions: readonly number[]): Promise<RecordLocations> {
  const rejected = new Set(rejectedDuckDbLines);
  const wanted = new Set(acceptedPositions);
  const locations: RecordLocations = { accepted: new Map(), rejected: new Map() };
  const lastAccepted = Math.max(-1, ...acceptedPositions);
  const lastRejected = Math.max(-1, ...rejectedDuckDbLines);

  let line = 1; // physical line of the byte being read
  let quotedBreaks = 0; // line breaks seen inside quotes so far
  let inQuotes = false;
  let recordStarted = false; // the current record has a byte other than a line ending
  let recordLine = 1;
  let recordDuckDbLine = 1;
  let isHeader = true;
  let kept = 0;
  let previous = -1;

  const endRecord = () => {
    if (!recordStarted) return; // a blank line: DuckDB skips it
    recordStarted = false;
    if (isHeader) {
      isHeader = false;
      return;
    }
    if (rejected.has(recordDuckDbLine)) locations.rejected.set(recordDuckDbLine, recordLine);
    else {
      if (wanted.has(kept)) locations.accepted.set(kept, recordLine);
      kept++;
    }
  };
  const done = () => kept > lastAccepted && recordDuckDbLine >= lastRejected && !recordStarted;

  const stream = createReadStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (const byte of chunk) {
        if (byte === LINE_FEED || byte === CARRIAGE_RETURN) {
          const crlf = byte === LINE_FEED && previous === CARRIAGE_RETURN;
          previous = byte;
          if (crlf) continue; // the second byte of one CRLF line ending
          line++;
          if (inQuotes) quotedBreaks++;
          else endRecord();
          continue;
        }
        previous = byte;
        if (!recordStarted) {
          recordStarted = true;
          recordLine = line;
          recordDuckDbLine = line - quotedBreaks;
        }
        if (byte === QUOTE) inQuotes = !inQuotes;
      }
      if (done()) break;
    }
    endRecord();
  } finally {
    stream.destroy();
  }
  return locations;
}
