import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../errors/errors.js';
import { readFileStart } from './readFileStart.js';

describe('readFileStart', () => {
  const folder = mkdtempSync(join(tmpdir(), 'barometre-file-start-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = (name: string, content: string): string => {
    writeFileSync(join(folder, name), content);
    return join(folder, name);
  };

  it('gives the first bytes asked for, or the whole of a shorter file', async () => {
    expect((await readFileStart(file('long.csv', 'a,b\n1,2\n'), 'long.csv', 3)).toString()).toBe('a,b');
    expect((await readFileStart(file('short.csv', 'a'), 'short.csv', 4)).toString()).toBe('a');
  });

  it('says in one sentence that a file is missing or empty', async () => {
    await expect(readFileStart(join(folder, 'none.csv'), 'none.csv', 4)).rejects.toThrow(new DataError('The file none.csv does not exist.', 'none.csv'));
    await expect(readFileStart(file('empty.csv', ''), 'empty.csv', 4)).rejects.toThrow('The file empty.csv is empty.');
  });

  it('says in one sentence that a directory is not a file', async () => {
    await expect(readFileStart(folder, 'exports', 4)).rejects.toThrow(new DataError('The file exports is a directory, not a file.', 'exports'));
  });
});
