import { createHash } from 'node:crypto';
import { lstatSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The longest Unix socket path, in bytes, that every platform we run on accepts: sockaddr_un
 * holds 108 bytes on Linux and 104 on macOS, the terminating NUL included.
 */
export const MAX_SOCKET_PATH_BYTES = 103;

/** Where a served DuckDB file's control socket lives, and whether it sits in the shared fallback folder. */
export interface ControlSocketPlace {
  /** The database file, absolute, symbolic links resolved where it exists. */
  db: string;
  /** The socket's path. */
  socket: string;
  /** The private per-user folder under the temp directory holding the socket, when the path beside the file is too long. */
  privateFolder?: string;
}

/**
 * The control socket of the DuckDB file `db` (relative to `cwd`): `<db>.sock` beside the
 * file, or, when that path is longer than a Unix socket path may be, a file named by a hash
 * of the database's absolute path in a folder of the user's own under the temp directory.
 * `barometre serve` listens there and the other commands look there, so both compute it here.
 */
export function controlSocketPlace(db: string, cwd: string = process.cwd()): ControlSocketPlace {
  const absolute = canonicalPath(resolve(cwd, db));
  const beside = `${absolute}.sock`;
  if (Buffer.byteLength(beside) <= MAX_SOCKET_PATH_BYTES) return { db: absolute, socket: beside };
  const privateFolder = join(tmpdir(), `barometre-${process.getuid?.() ?? 'user'}`);
  const name = `${createHash('sha256').update(absolute).digest('hex').slice(0, 32)}.sock`;
  return { db: absolute, socket: join(privateFolder, name), privateFolder };
}

/** The path with symbolic links resolved, so two names of one file give one socket; as given when it does not exist yet. */
function canonicalPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * Whether the socket is one to trust: a socket owned by this user and, in the fallback
 * folder, in a folder of this user's that nobody else can write to or read.
 */
export function isPrivateSocket(place: ControlSocketPlace): boolean {
  if (place.privateFolder !== undefined && !isPrivateFolder(place.privateFolder)) return false;
  try {
    const stats = lstatSync(place.socket);
    return stats.isSocket() && stats.uid === process.getuid?.();
  } catch {
    return false;
  }
}

/** Whether `folder` is a folder (not a link) of this user's, closed to group and others. */
export function isPrivateFolder(folder: string): boolean {
  try {
    const stats = lstatSync(folder);
    return stats.isDirectory() && stats.uid === process.getuid?.() && (stats.mode & 0o077) === 0;
  } catch {
    return false;
  }
}
