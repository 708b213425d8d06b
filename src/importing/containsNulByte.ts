import { open } from 'node:fs/promises';

const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Whether the file holds a NUL byte anywhere. Text never does, and the engines disagree about
 * it (DuckDB stores it, PostgreSQL's text type refuses it), so an import that finds one
 * checks every field for it and refuses the rows that carry it. One sequential read with
 * `Buffer.indexOf` (memchr): about a second for a gigabyte in the page cache.
 */
export async function containsNulByte(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return false;
      if (buffer.subarray(0, bytesRead).includes(0)) return true;
    }
  } finally {
    await handle.close();
  }
}
