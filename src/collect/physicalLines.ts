/**
 * Turns record numbers into the line numbers a person sees in an editor.
 *
 * DuckDB numbers a CSV's records as if each took one line (the header is line 1), but a
 * quoted field may hold line breaks. Knowing, for the records that contain some, how many
 * breaks they hold, a record's physical first line is its record line plus every break in
 * the records before it.
 *
 * @param recordLines the record lines to translate (header = 1, first data record = 2)
 * @param multiLineRecords record line → number of line breaks inside that record, for the records that have any
 * @returns the physical line of each record, in the same order
 *
 * @example physicalLines([2, 4], new Map([[2, 1]])) // [2, 5]: the record on line 2 spans lines 2–3
 */
export function physicalLines(recordLines: readonly number[], multiLineRecords: ReadonlyMap<number, number>): number[] {
  const breaks = [...multiLineRecords].sort((a, b) => a[0] - b[0]);
  return recordLines.map((record) => {
    let line = record;
    for (const [before, count] of breaks) {
      if (before >= record) break;
      line += count;
    }
    return line;
  });
}

/**
 * Finds the record line of the accepted row with 0-based position `index` among the rows the
 * parser kept, given the record lines of the rows it rejected (sorted ascending): rejected
 * records still occupy record numbers.
 *
 * @example recordLineOfAccepted(1, [3]) // 4: rows are on record lines 2, (3 rejected), 4
 */
export function recordLineOfAccepted(index: number, rejectedRecordLines: readonly number[]): number {
  let line = index + 2;
  for (const rejected of rejectedRecordLines) {
    if (rejected <= line) line++;
    else break;
  }
  return line;
}
