import { DataError } from '../errors/errors.js';
import type { Session } from '../store/Store.js';
import { sqlString } from '../store/sqlLiteral.js';
import type { CsvLayout } from './sniffCsv.js';

/** A row the CSV parser itself refused (wrong number of fields, bad UTF-8, broken quotes). */
export interface ParserReject {
  /** DuckDB's line for the row: physical lines minus the line breaks inside quotes before it (see locateRecords.ts). */
  duckDbLine: number;
  column: string | null;
  reason: string;
}

/** Raw column name of the header's i-th field. */
export const rawColumn = (index: number): string => `c${index}`;

/**
 * The CSV file as a relation of text columns c0…cN (one per header field), read by
 * DuckDB's parallel `read_csv` straight from the file: streamed by the engine, never held
 * in JS memory, and cheap enough to scan twice. Rows the parser cannot read are skipped
 * and recorded in the temporary table `import_rejects` (see {@link readParserRejects}).
 */
export function csvSourceSql(path: string, layout: CsvLayout): string {
  const columns = layout.header.map((_, index) => `${sqlString(rawColumn(index))}: 'VARCHAR'`).join(', ');
  return `read_csv(${sqlString(path)},
  header = true, delim = ${sqlString(layout.delimiter)}, quote = '"', escape = '"',
  columns = {${columns}}, auto_detect = false, strict_mode = true, parallel = true,
  max_line_size = 16777216,
  store_rejects = true, rejects_table = 'import_rejects', rejects_scan = 'import_reject_scans', rejects_limit = 0)`;
}

/** Forgets the rejects of an earlier scan, so that each scan's list stands alone. */
export async function clearParserRejects(session: Session): Promise<void> {
  await session.execute('clear rejects', 'drop table if exists import_rejects; drop table if exists import_reject_scans');
}

/**
 * The rows the parser refused during the last scan of the file, one per record line, in
 * file order, with DuckDB's complaint rephrased.
 */
export async function readParserRejects(session: Session, header: readonly string[]): Promise<ParserReject[]> {
  const [exists] = await session.query<{ n: number }>('any rejects table', `select count(*) as n from duckdb_tables() where table_name = 'import_rejects'`);
  if (!exists?.n) return [];
  const rejects = await session.query<{ line: number; column_name: string | null; error_type: string; error_message: string }>(
    'parser rejects',
    `select line, column_name, error_type, error_message from import_rejects order by line`,
  );
  // DuckDB may report one row several times (once per missing field): keep its first complaint.
  const firstPerLine = new Map<number, ParserReject>();
  for (const reject of rejects) {
    if (firstPerLine.has(reject.line)) continue;
    firstPerLine.set(reject.line, {
      duckDbLine: reject.line,
      column: reject.error_type === 'MISSING COLUMNS' ? headerName(header, reject.column_name) : null,
      reason: parserReason(reject.error_type, reject.error_message, header.length),
    });
  }
  return [...firstPerLine.values()];
}

/**
 * Copies the file into the temporary table `import_raw` with each kept row's 0-based
 * position as `record` (DuckDB keeps insertion order), for the slow path of a file with
 * problems: to say which lines are bad and to leave them out.
 */
export async function numberRows(session: Session, source: string): Promise<void> {
  await session.execute('drop import_raw', 'drop table if exists import_raw');
  await session.execute('number rows', `create temp table import_raw as select row_number() over () - 1 as record, * from ${source}`);
}

/** The header name of a raw column `cN`, as DuckDB names it in its rejects. */
function headerName(header: readonly string[], raw: string | null): string | null {
  const index = raw === null ? NaN : Number(raw.slice(1));
  return header[index] ?? null;
}

/** Rephrases DuckDB's parser error as one sentence a person can act on. */
function parserReason(type: string, message: string, expected: number): string {
  const found = /Found: (\d+)/.exec(message)?.[1];
  switch (type) {
    case 'MISSING COLUMNS':
      return `the row has ${fields(found, 'fewer')} where the header has ${expected}`;
    case 'TOO MANY COLUMNS':
      return `the row has ${fields(found, 'more')} where the header has ${expected}`;
    case 'INVALID ENCODING':
      return 'the row is not valid UTF-8 text';
    case 'UNQUOTED VALUE':
    case 'UNTERMINATED QUOTES':
      return 'a quoted field is not closed properly (a " inside a field must be doubled)';
    case 'LINE SIZE OVER MAXIMUM':
      return 'the row is longer than 16 MiB';
    default:
      return `the row cannot be read as CSV (${message.split('\n')[0]})`;
  }
}

function fields(count: string | undefined, otherwise: string): string {
  return count === undefined ? `${otherwise} fields` : `${count} field${count === '1' ? '' : 's'}`;
}

/** Throws the file-level error for a CSV whose header lacks required columns or repeats one. */
export function checkHeader(path: string, header: readonly string[], required: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') {
      throw new DataError(
        { en: `The file ${path} has an empty column name in its header.`, fr: `Le fichier ${path} a un nom de colonne vide dans son en-tête.` },
        path,
        [{ line: 1, column: null, reason: 'empty column name' }],
      );
    }
    if (seen.has(name)) {
      throw new DataError(
        { en: `The file ${path} has the column ${name} twice in its header.`, fr: `Le fichier ${path} a deux fois la colonne ${name} dans son en-tête.` },
        path,
        [{ line: 1, column: name, reason: 'repeated column' }],
      );
    }
    seen.add(name);
  }
  const missing = required.filter((name) => !seen.has(name));
  if (missing.length > 0) {
    throw new DataError(
      {
        en: `The file ${path} lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (its header has ${header.join(', ')}).`,
        fr: `Il manque au fichier ${path} ${missing.length > 1 ? 'les colonnes obligatoires' : 'la colonne obligatoire'} ${missing.join(', ')} (son en-tête a ${header.join(', ')}).`,
      },
      path,
      missing.map((name) => ({ line: 1, column: name, reason: 'required column missing' })),
    );
  }
}
