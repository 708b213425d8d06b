import { open } from 'node:fs/promises';

/** The bytes the CSV readers look for. */
export const QUOTE = 0x22;
export const SPACE = 0x20;
export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;
/** The UTF-8 byte order mark, which is not data. */
export const BOM: readonly number[] = [0xef, 0xbb, 0xbf];

const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Reads a file from start to end in chunks of 4 MiB, handing each to `visit` (a view of one
 * reused buffer, valid during the call only) with whether it is the first, until `visit`
 * returns true. Returns whether it was stopped so. One sequential read, for the passes the
 * import makes over a file before DuckDB reads it.
 */
export async function readChunks(path: string, visit: (chunk: Buffer, first: boolean) => boolean | undefined): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let first = true; ; first = false) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return false;
      if (visit(buffer.subarray(0, bytesRead), first)) return true;
    }
  } finally {
    await handle.close();
  }
}
