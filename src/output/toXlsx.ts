import { roundAsDisplayed, type Table } from './table.js';

/** The characters a sheet name may not hold, and the longest name Excel takes. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_LENGTH = 31;

/**
 * A workbook with one sheet per table (ExcelJS, docs/architecture.md): the header row bold and
 * frozen, numbers stored as numbers — rounded as displayed and shown with a number format
 * (`0` for whole numbers, `0.00` else, `0.0000` under 0.01), so a spreadsheet sums and sorts
 * them — and texts as texts (a workbook cell is never read as a formula, no guard needed).
 * ExcelJS is loaded on the first workbook: loading it takes most of a second, which every
 * command and the server would otherwise pay at start-up.
 */
export async function toXlsx(tables: readonly Table[]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Baromètre';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.replace(SHEET_NAME_FORBIDDEN, ' ').slice(0, SHEET_NAME_LENGTH), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((column) => ({ header: column, key: column, width: Math.min(Math.max(column.length + 2, 10), 40) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(Object.fromEntries(table.columns.map((column) => [column, cellValue(row[column] ?? null)])));
      added.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = numberFormat(cell.value);
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(value: string | number | boolean | null): string | number | boolean | null {
  return typeof value === 'number' ? roundAsDisplayed(value) : value;
}

/** The number format a rounded number is shown with: as many decimals as {@link roundAsDisplayed} kept, at most 4. */
function numberFormat(value: number): string {
  if (Number.isInteger(value)) return '0';
  return Math.abs(value) >= 0.01 ? '0.00' : '0.0000';
}
