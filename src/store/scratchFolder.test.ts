import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepScratchFolders, withScratchFolder } from './scratchFolder.js';

describe('withScratchFolder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'scratch-root-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** The pid of a process that has ended. */
  const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

  it('gives a private folder named for its purpose and this process, and removes it after the work', async () => {
    let seen = '';
    const result = await withScratchFolder(
      'import',
      async (folder) => {
        seen = folder;
        writeFileSync(join(folder, 'typed.csv'), 'a\n');
        expect(statSync(folder).mode & 0o777).toBe(0o700);
        return 42;
      },
      root,
    );
    expect(result).toBe(42);
    expect(seen).toMatch(new RegExp(`barometre-import-${process.pid}-`));
    expect(existsSync(seen)).toBe(false);
  });

  it('removes the folder when the work fails too, and passes the error on', async () => {
    let seen = '';
    const failing = withScratchFolder(
      'import',
      async (folder) => {
        seen = folder;
        throw new Error('broken');
      },
      root,
    );
    await expect(failing).rejects.toThrow('broken');
    expect(existsSync(seen)).toBe(false);
  });

  it('sweeps the folders of processes that died, and only those', async () => {
    const dead = String(deadPid());
    for (const name of [
      `barometre-import-${dead}-abc`,
      `barometre-from-tool-${dead}-xyz`,
      `barometre-import-${process.pid}-live`,
      'barometre-unrelated',
      'other-folder',
    ]) {
      mkdirSync(join(root, name));
    }
    expect((await sweepScratchFolders(root)).sort()).toEqual([`barometre-from-tool-${dead}-xyz`, `barometre-import-${dead}-abc`]);
    expect(readdirSync(root).sort()).toEqual([`barometre-import-${process.pid}-live`, 'barometre-unrelated', 'other-folder']);
  });
});
