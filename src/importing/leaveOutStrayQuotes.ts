import type { DataProblem } from '../errors/errors.js';
import type { Session } from '../store/Store.js';
import type { ParserReject } from './csvSource.js';
import { locateStrayQuotes } from './findStrayQuotes.js';
import type { CsvLayout } from './sniffCsv.js';

/** How many row positions one delete statement names. */
const POSITIONS_PER_STATEMENT = 10_000;

/**
 * Takes the rows with a stray double quote (findStrayQuotes.ts) out of the numbered rows of
 * `import_raw` (csvSource.ts, numberRows), so that neither a --skip-invalid import nor the
 * other checks see them, and describes each as a bad row at its line. A row the parser
 * refused already is left to the parser's own complaint. `import_raw` numbers the rows the
 * parser kept, so a row's position there is its position in the file less the refused rows
 * before it.
 */
export async function leaveOutStrayQuotes(session: Session, path: string, layout: CsvLayout, rejects: readonly ParserReject[]): Promise<DataProblem[]> {
  const refusedLines = rejects.map((reject) => reject.duckDbLine).sort((a, b) => a - b);
  const refused = new Set(refusedLines);
  const stray = (await locateStrayQuotes(path, layout.delimiter.charCodeAt(0))).filter((row) => !refused.has(row.duckDbLine));
  let refusedBefore = 0;
  const positions = stray.map((row) => {
    while (refusedBefore < refusedLines.length && (refusedLines[refusedBefore] as number) < row.duckDbLine) refusedBefore++;
    return row.record - refusedBefore;
  });
  for (let start = 0; start < positions.length; start += POSITIONS_PER_STATEMENT) {
    const batch = positions.slice(start, start + POSITIONS_PER_STATEMENT);
    await session.execute('leave out stray quotes', `delete from import_raw where record in (${batch.join(', ')})`);
  }
  return stray.map((row) => {
    const column = layout.header[row.field] ?? null;
    return {
      line: row.line,
      column,
      reason: `${column ?? `field ${row.field + 1}`} holds a double quote but does not begin with one; put the whole field in double quotes and double the quote inside ("12"" pizza")`,
    };
  });
}
