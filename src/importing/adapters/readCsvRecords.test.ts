import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../errors/errors.js';
import { type CsvRecord, readCsvRecords } from './readCsvRecords.js';

describe('readCsvRecords', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'barometre-read-csv-'));
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  const read = async (name: string, content: string | Buffer): Promise<CsvRecord[]> => {
    const path = join(folder, name);
    writeFileSync(path, content);
    const records: CsvRecord[] = [];
    for await (const record of readCsvRecords(path, name)) records.push(record);
    return records;
  };

  it('gives each record the line it starts on, counting line breaks inside quotes and blank lines', async () => {
    const records = await read('lines.csv', 'a,b\n1,"x\ny"\n\n2,z\n3,"q\n\nr"\n4,w');
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', 'x\ny'], line: 2 },
      { fields: ['2', 'z'], line: 5 },
      { fields: ['3', 'q\n\nr'], line: 6 },
      { fields: ['4', 'w'], line: 9 },
    ]);
  });

  it('reads CRLF files with the same lines, line breaks inside fields as LF', async () => {
    const records = await read('crlf.csv', 'a,b\r\n1,"x\r\ny"\r\n\r\n2,z\r\n');
    expect(records).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', 'x\ny'], line: 2 },
      { fields: ['2', 'z'], line: 5 },
    ]);
  });

  it('drops a byte-order mark and detects a semicolon-separated file', async () => {
    const records = await read('semicolon.csv', '\ufeffName;Total\n"#1001";"89,90"\n');
    expect(records.map((record) => record.fields)).toEqual([
      ['Name', 'Total'],
      ['#1001', '89,90'],
    ]);
  });

  it('keeps records whose number of fields differs from the header, for the caller to judge', async () => {
    const records = await read('ragged.csv', 'a,b\n1,2,3\n4\n');
    expect(records.map((record) => record.fields.length)).toEqual([2, 3, 1]);
  });

  it('refuses a quote never closed with one sentence naming the line it opened on or after', async () => {
    const error = await read('open-quote.csv', 'a,b\n1,2\n3,"never closed\n4,5\n').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(
      /^The file open-quote\.csv is not a well-formed CSV: a quoted field opened on or after line 3 is never closed\.$/,
    );
  });

  it('refuses a file that is not UTF-8, and a UTF-16 one, saying how to export it', async () => {
    await expect(read('latin1.csv', Buffer.from('a,b\n1,caf\xe9\n', 'latin1'))).rejects.toThrow(/is not UTF-8 text/);
    await expect(read('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,b\n', 'utf16le')]))).rejects.toThrow(/is UTF-16 text/);
  });

  it("refuses a missing or empty file with the core import's sentence", async () => {
    await expect(read('empty.csv', '')).rejects.toThrow('The file empty.csv is empty.');
    const missing = readCsvRecords(join(folder, 'nowhere.csv'), 'nowhere.csv');
    await expect(missing.next()).rejects.toThrow('The file nowhere.csv does not exist.');
  });
});
