import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { DataError } from '../../errors/errors.js';
import { readFileStart } from '../readFileStart.js';

/** One line of a newline-delimited JSON file: its value, or why it is not JSON. */
export type JsonLine = { line: number; value: unknown } | { line: number; error: string };

const GZIP_MAGIC = [0x1f, 0x8b];
/** A line longer than this is reported rather than parsed (BigQuery rows are a few KiB). */
const MAX_LINE_CHARS = 16 * 1024 * 1024;

/**
 * Reads newline-delimited JSON (BigQuery's JSON export), streaming, gzipped or not, line by
 * line with its number. Blank lines are passed over.
 *
 * @throws DataError for a missing or empty file, or one that is a JSON array or not text.
 */
export async function* readJsonLines(path: string, shownAs: string): AsyncGenerator<JsonLine> {
  const start = await readFileStart(path, shownAs, GZIP_MAGIC.length);
  const gzipped = GZIP_MAGIC.every((byte, index) => start[index] === byte);
  const source = createReadStream(path);
  const text = gzipped ? source.pipe(createGunzip()) : source;
  source.on('error', (error) => text.destroy(error));
  const lines = createInterface({ input: text, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const trimmed = raw.trim();
      if (trimmed === '') continue;
      if (line === 1 && trimmed.startsWith('[')) {
        throw new DataError(`The file ${shownAs} is a JSON array; export the table as newline-delimited JSON (one event per line) instead.`, shownAs);
      }
      if (trimmed.length > MAX_LINE_CHARS) {
        yield { line, error: 'the line is longer than 16 MiB' };
        continue;
      }
      try {
        yield { line, value: JSON.parse(trimmed.replace(/^\uFEFF/, '')) as unknown };
      } catch (error) {
        yield { line, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
      }
    }
  } catch (error) {
    if (error instanceof DataError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new DataError(
      `The file ${shownAs} cannot be read${gzipped ? ' as gzip' : ''} (${code ?? (error instanceof Error ? error.message : String(error))}).`,
      shownAs,
    );
  } finally {
    lines.close();
    source.destroy();
  }
}
