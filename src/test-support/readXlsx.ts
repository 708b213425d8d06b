import ExcelJS from 'exceljs';

/** Reads back a workbook's bytes with ExcelJS, the library that wrote them (tests of the XLSX exports). */
export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}
