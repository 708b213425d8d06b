import type { Context } from 'hono';
import type { Table } from '../output/table.js';
import { toLocalCsv } from '../output/toCsv.js';
import { toXlsx } from '../output/toXlsx.js';
import { exportLanguage, type ResponseFormat } from './queryParameters.js';
import type { AppEnv } from './route.js';

/** The media type of an Excel workbook (ECMA-376). */
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a route exports: one table for a CSV, the sheets of a workbook. */
export interface ExportedTables {
  csv: () => Table | Promise<Table>;
  sheets: () => Table[] | Promise<Table[]>;
}

/**
 * The answer of a route asked for `format=csv` or `format=xlsx`: the CSV in the `lang` asked
 * (toLocalCsv) or the workbook, as an attachment named `name`.csv or `name`.xlsx, so a
 * browser downloads it.
 */
export async function exportResponse(c: Context<AppEnv>, format: Exclude<ResponseFormat, 'json'>, name: string, exported: ExportedTables): Promise<Response> {
  const disposition = `attachment; filename="${name}.${format}"`;
  if (format === 'csv') {
    const csv = toLocalCsv(await exported.csv(), exportLanguage(c.req));
    return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition });
  }
  const bytes = await toXlsx(await exported.sheets());
  return c.body(new Uint8Array(bytes), 200, { 'content-type': XLSX_TYPE, 'content-disposition': disposition });
}

/**
 * The policy of a document a route sends to be saved: should a browser show it anyway, it
 * loads nothing and runs no script, its inline style alone applies, and nobody frames it.
 */
const DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** The answer of a route asked for `format=html`: the self-contained document as an attachment named `name`.html, under {@link DOCUMENT_POLICY}. */
export function htmlDocumentResponse(c: Context<AppEnv>, name: string, document: string): Response {
  return c.body(document, 200, {
    'content-type': 'text/html; charset=utf-8',
    'content-disposition': `attachment; filename="${name}.html"`,
    'content-security-policy': DOCUMENT_POLICY,
  });
}
