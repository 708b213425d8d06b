import { walkCsvRows } from './walkCsvRows.js';

export interface RecordLocations {
  /** Physical first line of the kept data row at each asked 0-based position. */
  accepted: Map<number, number>;
  /** Physical first line of each row the parser refused, by the line DuckDB gave it. */
  rejected: Map<number, number>;
}

/**
 * Finds the line numbers a person sees in an editor for some rows of a CSV file, reading
 * the file's bytes as DuckDB's parser splits them into records (walkCsvRows.ts): a line break
 * inside double quotes belongs to the field, and blank lines are skipped.
 *
 * DuckDB reports two kinds of position that differ from editor lines. Rows its parser
 * refused carry a line that counts every line break except those inside quotes. Rows it
 * kept are known only by their position among the kept rows. Both are translated here:
 * the refused rows by their DuckDB line, and the kept rows by skipping the refused ones.
 * The file is read only as far as the last position asked for.
 *
 * @param delimiter the file's delimiter byte
 * @param rejectedDuckDbLines the lines DuckDB gave the rows it refused
 * @param acceptedPositions 0-based positions among the kept rows
 */
export async function locateRecords(
  path: string,
  delimiter: number,
  rejectedDuckDbLines: readonly number[],
  acceptedPositions: readonly number[],
): Promise<RecordLocations> {
  const rejected = new Set(rejectedDuckDbLines);
  const wanted = new Set(acceptedPositions);
  const locations: RecordLocations = { accepted: new Map(), rejected: new Map() };
  const lastAccepted = Math.max(-1, ...acceptedPositions);
  const lastRejected = Math.max(-1, ...rejectedDuckDbLines);
  let kept = 0;
  await walkCsvRows(path, delimiter, {
    rowEnded: (row) => {
      if (row.index < 0) return false; // the header
      if (rejected.has(row.duckDbLine)) locations.rejected.set(row.duckDbLine, row.line);
      else {
        if (wanted.has(kept)) locations.accepted.set(kept, row.line);
        kept++;
      }
      return kept > lastAccepted && row.duckDbLine >= lastRejected;
    },
  });
  return locations;
}
