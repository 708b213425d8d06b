import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { locateRecords } from './locateRecords.js';

const COMMA = 0x2c;
const folder = mkdtempSync(join(tmpdir(), 'barometre-locate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('locateRecords', () => {
  it('gives line = position + 2 for a plain file (the header is line 1)', async () => {
    const path = file('plain.csv', 'a,b\n1,x\n2,y\n3,z\n');
    const { accepted } = await locateRecords(path, COMMA, [], [0, 2]);
    expect(accepted).toEqual(
      new Map([
        [0, 2],
        [2, 4],
      ]),
    );
  });

  it('counts the line breaks inside quoted fields', async () => {
    // Row 0 spans lines 2–4, row 1 starts on line 5.
    const path = file('quoted.csv', 'a,b\n1,"x\ny\nz"\n2,"say ""hi"""\n3,w\n');
    const { accepted } = await locateRecords(path, COMMA, [], [0, 1, 2]);
    expect(accepted).toEqual(
      new Map([
        [0, 2],
        [1, 5],
        [2, 6],
      ]),
    );
  });

  it('skips blank lines as DuckDB does', async () => {
    const path = file('blank.csv', 'a,b\n1,x\n\n\n2,y\n');
    expect((await locateRecords(path, COMMA, [], [1])).accepted.get(1)).toBe(5);
  });

  it('translates the lines DuckDB gives refused rows, which ignore quoted breaks', async () => {
    // Layout (as DuckDB read it in a probe): header 1, "1,x" 2, blank 3, "2,y,z" 4 (refused,
    // DuckDB line 4), "3,"p\nq"" 5–6, "4" 7 (refused, DuckDB line 6), "5,ok" 8.
    const path = file('mixed.csv', 'a,b\n1,x\n\n2,y,z\n3,"p\nq"\n4\n5,ok\n');
    const { accepted, rejected } = await locateRecords(path, COMMA, [4, 6], [0, 1, 2]);
    expect(rejected).toEqual(
      new Map([
        [4, 4],
        [6, 7],
      ]),
    );
    expect(accepted).toEqual(
      new Map([
        [0, 2],
        [1, 5],
        [2, 8],
      ]),
    );
  });

  it('reads CRLF line endings as one break', async () => {
    const path = file('crlf.csv', 'a,b\r\n1,x\r\n2,"y\r\nz"\r\n3,w\r\n');
    expect((await locateRecords(path, COMMA, [], [0, 1, 2])).accepted).toEqual(
      new Map([
        [0, 2],
        [1, 3],
        [2, 5],
      ]),
    );
  });

  it('handles a last row without a line ending', async () => {
    const path = file('noeol.csv', 'a,b\n1,x\n2,y');
    expect((await locateRecords(path, COMMA, [], [1])).accepted.get(1)).toBe(3);
  });
});
