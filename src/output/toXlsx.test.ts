import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../test-support/readXlsx.js';
import { toXlsx } from './toXlsx.js';

describe('toXlsx', () => {
  it('writes one sheet per table with a bold frozen header, numbers as numbers with formats, texts as texts', async () => {
    const buffer = await toXlsx([
      {
        name: 'indicators',
        columns: ['indicator', 'value', 'n', 'pValue'],
        rows: [{ indicator: 'nps', value: 36.574074074074076, n: 3240, pValue: 0.0004567 }],
      },
      { name: 'groups: a/b', columns: ['group', 'note'], rows: [{ group: null, note: '=1+1' }] },
    ]);
    const workbook = await readXlsx(buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['indicators', 'groups  a b']);
    const sheet = workbook.getWorksheet('indicators')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'indicator', 'value', 'n', 'pValue']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('B2').value).toBe(36.57);
    expect(sheet.getCell('B2').numFmt).toBe('0.00');
    expect(sheet.getCell('C2').value).toBe(3240);
    expect(sheet.getCell('C2').numFmt).toBe('0');
    expect(sheet.getCell('D2').value).toBe(0.00046);
    const other = workbook.worksheets[1]!;
    expect(other.getCell('A2').value).toBeNull();
    expect(other.getCell('B2').value).toBe('=1+1');
    expect(other.getCell('B2').type).toBe(ExcelJS.ValueType.String);
  });
});
