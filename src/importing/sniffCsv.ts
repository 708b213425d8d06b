import { DataError } from '../errors/errors.js';
import { looksUtf16 } from './looksUtf16.js';
import { readFileStart } from './readFileStart.js';

/** How much of the file's start is read to check it and find its header. */
const SNIFF_BYTES = 64 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export interface CsvLayout {
  /** `,` or `;` (docs/formats.md: a semicolon-separated file is detected). */
  delimiter: ',' | ';';
  /** The header's field names, trimmed, BOM removed. */
  header: string[];
}

/**
 * Checks that `path` is a readable, non-empty, UTF-8 text CSV and returns its delimiter and
 * header. Reads only the first 64 KiB: the rest of the file is the engine's to parse (and
 * DuckDB reports invalid UTF-8 further on as a row error).
 *
 * @param shownAs the file's name as the user gave it, for messages
 * @throws DataError with one sentence for a missing, empty, UTF-16, binary or non-UTF-8 file.
 */
export async function sniffCsv(path: string, shownAs: string = path): Promise<CsvLayout> {
  const bytes = await readFileStart(path, shownAs, SNIFF_BYTES);
  if (looksUtf16(bytes)) {
    throw new DataError(
      {
        en: `The file ${shownAs} is UTF-16 text; export it as UTF-8 (e.g. "CSV UTF-8" in Excel) and import that.`,
        fr: `Le fichier ${shownAs} est un texte UTF-16 ; exportez-le en UTF-8 (par exemple « CSV UTF-8 » dans Excel) et importez celui-là.`,
      },
      shownAs,
    );
  }
  if (bytes.includes(0))
    throw new DataError(
      { en: `The file ${shownAs} is a binary file, not a CSV text file.`, fr: `Le fichier ${shownAs} est un fichier binaire, pas un fichier texte CSV.` },
      shownAs,
    );
  const start = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? UTF8_BOM.length : 0;
  let text: string;
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sniffed block.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start), { stream: true });
  } catch {
    throw new DataError(
      {
        en: `The file ${shownAs} is not UTF-8 text (export it as UTF-8, e.g. "CSV UTF-8" in Excel).`,
        fr: `Le fichier ${shownAs} n'est pas un texte UTF-8 (exportez-le en UTF-8, par exemple « CSV UTF-8 » dans Excel).`,
      },
      shownAs,
    );
  }
  if (text.includes('\r') && !text.includes('\n')) {
    throw new DataError(
      {
        en: `The file ${shownAs} ends its lines with a lone carriage return (old Mac style); save it with LF or CRLF line endings.`,
        fr: `Le fichier ${shownAs} termine ses lignes par un retour chariot seul (ancien style Mac) ; enregistrez-le avec des fins de ligne LF ou CRLF.`,
      },
      shownAs,
    );
  }
  const firstLine = headerLine(text);
  if (firstLine.trim() === '')
    throw new DataError({ en: `The file ${shownAs} has no header row.`, fr: `Le fichier ${shownAs} n'a pas de ligne d'en-tête.` }, shownAs);
  const delimiter = countOutsideQuotes(firstLine, ';') > countOutsideQuotes(firstLine, ',') ? ';' : ',';
  return { delimiter, header: splitHeader(firstLine, delimiter) };
}

/** The first line of the text, without its line ending. */
function headerLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

function countOutsideQuotes(line: string, character: string): number {
  let inQuotes = false;
  let count = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === character && !inQuotes) count++;
  }
  return count;
}

/** Splits one header line into field names (RFC 4180 quotes, "" for a quote inside). */
function splitHeader(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (inQuotes) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === delimiter) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}
