import { type FileHandle, open } from 'node:fs/promises';
import { DataError } from '../errors/errors.js';

/**
 * Reads the first `length` bytes of a file to import (fewer when the file is shorter), to
 * check what it is before it is parsed.
 *
 * @param shownAs the file's name as the user gave it, for messages
 * @throws DataError with one sentence for a missing, unreadable or empty file, or a directory.
 */
export async function readFileStart(path: string, shownAs: string, length: number): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw cannotRead(error, shownAs);
  }
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    bytes = buffer.subarray(0, bytesRead);
  } catch (error) {
    // On Linux a directory opens; reading it is what fails.
    throw cannotRead(error, shownAs);
  } finally {
    await handle.close();
  }
  if (bytes.length === 0) throw new DataError(`The file ${shownAs} is empty.`, shownAs);
  return bytes;
}

/** The one sentence for a file that cannot be opened or read: missing, a directory, or the system's reason. */
function cannotRead(error: unknown, shownAs: string): DataError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(error)})`;
  return new DataError(`The file ${shownAs} ${why}.`, shownAs);
}
