import type { AdapterInput } from './Adapter.js';
import type { AdapterReporter } from './AdapterReporter.js';
import { type ColumnPositions, locateColumns, type WantedColumn } from './locateColumns.js';
import { type CsvTable, openCsvTable } from './openCsvTable.js';

/** The CSV export an adapter reads: what it is, for messages, the columns it reads by name, and its extra header rows. */
export interface CsvExportLayout<K extends string> {
  /** The export expected, for messages: "a Shopify orders export". */
  what: string;
  columns: Readonly<Record<K, WantedColumn>>;
  /** Which rows after the first are header rows too (see openCsvTable); none unless given. */
  moreHeaderRows?: Parameters<typeof openCsvTable>[3];
}

/**
 * Opens a tool's CSV export, finds the columns `layout` names (by name, see locateColumns),
 * and hands the adapter the table and where its columns are; the file is closed once `read`
 * is done, whether it read every row, stopped early or threw.
 *
 * @throws DataError for a file that cannot be read or lacks a required column, and whatever `read` throws.
 */
export async function readCsvExport<K extends string, T>(
  input: AdapterInput,
  reporter: AdapterReporter,
  layout: CsvExportLayout<K>,
  read: (table: CsvTable, at: ColumnPositions<K>) => Promise<T>,
): Promise<T> {
  return withCsvTable(input, reporter, (table) => read(table, locateColumns(table.header, layout.columns, layout.what, input.shownAs)), layout.moreHeaderRows);
}

/**
 * Opens a tool's CSV export and hands the adapter the table, closing the file once `read`
 * is done, whatever happens: for an export whose columns depend on what its header shows
 * (Stripe's customers or subscriptions); other adapters use {@link readCsvExport}.
 *
 * @throws DataError for a file that cannot be read, and whatever `read` throws.
 */
export async function withCsvTable<T>(
  input: AdapterInput,
  reporter: AdapterReporter,
  read: (table: CsvTable) => Promise<T>,
  moreHeaderRows?: CsvExportLayout<string>['moreHeaderRows'],
): Promise<T> {
  const table = await openCsvTable(input.path, input.shownAs, reporter, moreHeaderRows);
  try {
    return await read(table);
  } finally {
    await table.close();
  }
}
