import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStrayQuote, locateStrayQuotes } from './findStrayQuotes.js';

const COMMA = 0x2c;
let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'stray-quotes-'));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function file(text: string | Buffer): Promise<string> {
  const path = join(folder, `${Math.random().toString(36).slice(2)}.csv`);
  await writeFile(path, text);
  return path;
}

describe('hasStrayQuote and locateStrayQuotes (RFC 4180 §2.5: quotes only in quoted fields)', () => {
  it('finds none in quoted fields, doubled quotes, quotes after spaces, line breaks inside quotes, or a BOM before a quote', async () => {
    const clean = await file('\uFEFF"id",note\n1,"a ""quoted"" word"\n2, "spaced"\n\n3,"two\nlines"\r\n4,plain\n');
    expect(await hasStrayQuote(clean, COMMA)).toBe(false);
    expect(await locateStrayQuotes(clean, COMMA)).toEqual([]);
  });

  it('finds a quote inside an unquoted field, with its line, DuckDB line, row and field', async () => {
    const text = 'id,note,tier\n1,"multi\nline",gold\n\n2,12" pizza,silver\n3,ok,g"o"ld\n';
    const path = await file(text);
    expect(await hasStrayQuote(path, COMMA)).toBe(true);
    expect(await locateStrayQuotes(path, COMMA)).toEqual([
      { line: 5, duckDbLine: 4, record: 1, field: 1 },
      { line: 6, duckDbLine: 5, record: 2, field: 2 },
    ]);
  });

  it('reads a quoted field across chunk boundaries', async () => {
    const long = 'x'.repeat(4 * 1024 * 1024 - 12);
    const clean = await file(`id,note\n1,"${long}""",a\n`);
    expect(await hasStrayQuote(clean, COMMA)).toBe(false);
    const stray = await file(`id,note\n1,${long}ab"c\n`);
    expect(await hasStrayQuote(stray, COMMA)).toBe(true);
    expect(await locateStrayQuotes(stray, COMMA)).toEqual([{ line: 2, duckDbLine: 2, record: 0, field: 1 }]);
  });

  it('reads the delimiter it is given', async () => {
    const path = await file('id;note\n1;"a;b"\n2;c"d\n');
    expect(await hasStrayQuote(path, 0x3b)).toBe(true);
    expect(await locateStrayQuotes(path, 0x3b)).toEqual([{ line: 3, duckDbLine: 3, record: 1, field: 1 }]);
  });
});
