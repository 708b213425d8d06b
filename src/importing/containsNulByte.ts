import { readChunks } from './readChunks.js';

/**
 * Whether the file holds a NUL byte anywhere. Text never does, and the engines disagree about
 * it (DuckDB stores it, PostgreSQL's text type refuses it), so an import that finds one
 * checks every field for it and refuses the rows that carry it. One sequential read with
 * `Buffer.includes` (memchr): about a second for a gigabyte in the page cache.
 */
export function containsNulByte(path: string): Promise<boolean> {
  return readChunks(path, (chunk) => chunk.includes(0));
}
