import { DataError } from '../../errors/errors.js';
import type { AdapterReporter } from './AdapterReporter.js';
import { type CsvRecord, isBlankRecord, readCsvRecords } from './readCsvRecords.js';

/** A CSV export opened: its header row(s), and its other rows to read. */
export interface CsvTable {
  header: string[];
  /** Every header row, the first included (Qualtrics has three, SurveyMonkey two). */
  headerRows: string[][];
  /**
   * The rows after the first, each counted as read; blank rows are passed over, and a row
   * with another number of fields than the header is reported unreadable, not yielded.
   */
  rows: AsyncIterable<CsvRecord>;
  /** Stops reading and closes the file (needed only when the rows are not read to the end). */
  close(): Promise<void>;
}

/**
 * Opens a CSV export and reads its header row, and the rows after it that
 * `moreHeaderRows` says are header rows too (asked with each row, its 0-based index among
 * the rows after the first, and the first row, until it says no).
 *
 * @throws DataError for a file with no rows at all (and whatever readCsvRecords throws).
 */
export async function openCsvTable(
  path: string,
  shownAs: string,
  reporter: AdapterReporter,
  moreHeaderRows: (fields: readonly string[], index: number, header: readonly string[]) => boolean = () => false,
): Promise<CsvTable> {
  const records = readCsvRecords(path, shownAs)[Symbol.asyncIterator]();
  const first = await records.next();
  if (first.done) throw new DataError(`The file ${shownAs} has no header row.`, shownAs);
  const header = first.value.fields;
  reporter.sawHeader(header);
  const headerRows = [header];
  let pending = await records.next();
  while (!pending.done && moreHeaderRows(pending.value.fields, headerRows.length - 1, header)) {
    headerRows.push(pending.value.fields);
    pending = await records.next();
  }
  async function* rows(): AsyncGenerator<CsvRecord> {
    try {
      for (let next = pending; !next.done; next = await records.next()) {
        const record = next.value;
        if (isBlankRecord(record.fields)) continue;
        reporter.read();
        if (record.fields.length !== header.length) {
          reporter.cannotRead(record.line, `the row has ${record.fields.length} fields where the header has ${header.length}`);
          continue;
        }
        yield record;
      }
    } finally {
      await records.return?.(undefined);
    }
  }
  return {
    header,
    headerRows,
    rows: rows(),
    async close() {
      await records.return?.(undefined);
    },
  };
}

/** Reads every row of a table into memory: survey exports are small, and their questions are judged on all answers. */
export async function allRows(table: CsvTable): Promise<CsvRecord[]> {
  const rows: CsvRecord[] = [];
  for await (const row of table.rows) rows.push(row);
  return rows;
}
