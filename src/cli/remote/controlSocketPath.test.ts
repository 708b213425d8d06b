import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlSocketPlace, isPrivateFolder, isPrivateSocket, MAX_SOCKET_PATH_BYTES } from './controlSocketPath.js';

describe('the control socket of a database file', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-socket-path-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('sits beside the file, named after it, for a relative or an absolute name alike', () => {
    const absolute = controlSocketPlace(join(folder, 'b.duckdb'));
    expect(absolute).toEqual({ db: join(folder, 'b.duckdb'), socket: join(folder, 'b.duckdb.sock') });
    expect(controlSocketPlace('b.duckdb', folder)).toEqual(absolute);
  });

  it('is the same for a name through a symbolic link', () => {
    writeFileSync(join(folder, 'real.duckdb'), '');
    symlinkSync(join(folder, 'real.duckdb'), join(folder, 'link.duckdb'));
    expect(controlSocketPlace('link.duckdb', folder).socket).toBe(join(folder, 'real.duckdb.sock'));
  });

  it('moves to a private folder under the temp directory, named by a hash of the path, when the path beside the file is too long', () => {
    const long = join(folder, 'x'.repeat(MAX_SOCKET_PATH_BYTES), 'b.duckdb');
    const place = controlSocketPlace(long);
    expect(place.privateFolder).toBe(join(tmpdir(), `barometre-${process.getuid!()}`));
    expect(place.socket).toMatch(/[0-9a-f]{32}\.sock$/);
    expect(Buffer.byteLength(place.socket)).toBeLessThanOrEqual(MAX_SOCKET_PATH_BYTES);
    expect(controlSocketPlace(join(folder, 'y'.repeat(MAX_SOCKET_PATH_BYTES), 'b.duckdb')).socket).not.toBe(place.socket);
  });

  it('is not trusted when it is not a socket, or missing, or in a folder others may enter', () => {
    writeFileSync(join(folder, 'plain.duckdb.sock'), '');
    expect(isPrivateSocket(controlSocketPlace(join(folder, 'plain.duckdb')))).toBe(false);
    expect(isPrivateSocket(controlSocketPlace(join(folder, 'missing.duckdb')))).toBe(false);
    const open = join(folder, 'open');
    mkdirSync(open, { mode: 0o755 });
    expect(isPrivateFolder(open)).toBe(false);
    mkdirSync(join(folder, 'closed'), { mode: 0o700 });
    expect(isPrivateFolder(join(folder, 'closed'))).toBe(true);
    expect(isPrivateFolder(join(folder, 'nowhere'))).toBe(false);
  });
});
