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
  if (bytes.length === 0) throw new DataError({ en: `The file ${shownAs} is empty.`, fr: `Le fichier ${shownAs} est vide.` }, shownAs);
  return bytes;
}

/** The one sentence for a file that cannot be opened or read: missing, a directory, or the system's reason. */
function cannotRead(error: unknown, shownAs: string): DataError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? { en: 'does not exist', fr: "n'existe pas" }
      : code === 'EISDIR'
        ? { en: 'is a directory, not a file', fr: 'est un dossier, pas un fichier' }
        : { en: `cannot be read (${code ?? String(error)})`, fr: `ne peut pas être lu (${code ?? String(error)})` };
  return new DataError({ en: `The file ${shownAs} ${why.en}.`, fr: `Le fichier ${shownAs} ${why.fr}.` }, shownAs);
}
