import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DataError } from '../../errors/errors.js';
import { AdapterReporter } from './AdapterReporter.js';
import { allRows } from './openCsvTable.js';
import { readCsvExport, withCsvTable } from './readCsvExport.js';

describe('readCsvExport', () => {
  const folder = mkdtempSync(join(tmpdir(), 'barometre-read-export-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const input = (name: string, content: string) => {
    writeFileSync(join(folder, name), content);
    return { path: join(folder, name), shownAs: name, map: {} };
  };
  const COLUMNS = { id: { name: 'Id', required: true }, note: { name: 'Note', aliases: ['Notes'] } };

  it('hands the adapter its columns by name, its header rows and its rows, and returns what the adapter gives', async () => {
    const reporter = new AdapterReporter('shopify', 'two-headers.csv');
    const layout = { what: 'a test export', columns: COLUMNS, moreHeaderRows: (_fields: readonly string[], index: number) => index === 0 };
    const result = await readCsvExport(input('two-headers.csv', 'Notes,Id\nlabel,label\nhello,7\n'), reporter, layout, async (table, at) => ({
      at,
      headerRows: table.headerRows,
      rows: await allRows(table),
    }));
    expect(result).toEqual({
      at: { id: { index: 1, header: 'Id' }, note: { index: 0, header: 'Notes' } },
      headerRows: [
        ['Notes', 'Id'],
        ['label', 'label'],
      ],
      rows: [{ fields: ['hello', '7'], line: 3 }],
    });
    expect(reporter.finish().rowsRead).toBe(1);
  });

  it('refuses an export that lacks a required column before the adapter reads anything', async () => {
    const read = vi.fn(async () => undefined);
    const run = readCsvExport(
      input('no-id.csv', 'Note\nhello\n'),
      new AdapterReporter('shopify', 'no-id.csv'),
      { what: 'a test export', columns: COLUMNS },
      read,
    );
    await expect(run).rejects.toThrow(DataError);
    await expect(run).rejects.toThrow(/lacks the column "Id"/);
    expect(read).not.toHaveBeenCalled();
  });

  it('passes on what the adapter throws, its rows left unread', async () => {
    const failure = new DataError('The adapter stops here.', 'stop.csv');
    const run = withCsvTable(input('stop.csv', 'Id\n1\n2\n'), new AdapterReporter('shopify', 'stop.csv'), async () => {
      throw failure;
    });
    await expect(run).rejects.toBe(failure);
  });
});
