import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CanonicalCsvFile } from './CanonicalCsvFile.js';

describe('CanonicalCsvFile', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-canonical-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes every value quoted, no value as an empty field, and line breaks as LF', async () => {
    const file = new CanonicalCsvFile(join(folder, 'quoted.csv'));
    await file.start({ columns: ['order_id', 'note'], sourceColumns: {} });
    await file.write({ order_id: 'o"1', note: 'a, b\r\nc' }, 2);
    await file.write({ order_id: 'o2', note: null }, 5);
    await file.close();
    expect(readFileSync(file.path, 'utf8')).toBe('"order_id","note"\n"o""1","a, b\nc"\n"o2",\n');
  });

  it('maps the line each row starts on back to the export line it came from, counting the lines of multi-line values', async () => {
    const file = new CanonicalCsvFile(join(folder, 'lines.csv'));
    await file.start({ columns: ['id', 'note'], sourceColumns: {} });
    await file.write({ id: 'a', note: 'one\ntwo\nthree' }, 2);
    await file.write({ id: 'b' }, 9);
    await file.write({ id: 'c' }, 14);
    await file.close();
    expect(file.rows).toBe(3);
    // Row a takes lines 2–4 of the canonical file, so b starts on 5 and c on 6.
    expect([2, 3, 5, 6, 7].map((line) => file.sourceLineOf(line))).toEqual([2, null, 9, 14, null]);
  });
});
