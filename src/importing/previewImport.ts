import { join, resolve } from 'node:path';
import { openDuckDbStore } from '../store/duckdbStore.js';
import type { KindSpec } from '../store/schema/kinds.js';
import { withScratchFolder } from '../store/scratchFolder.js';
import { findAdapter } from './adapters/adapters.js';
import { CanonicalCsvFile } from './adapters/CanonicalCsvFile.js';
import { adapterInput } from './adapters/importFromTool.js';
import { previewExport } from './adapters/previewExport.js';
import { csvSourceSql } from './csvSource.js';
import { importKindSpec } from './importFile.js';
import type { FileOrExportOptions } from './importFileOrExport.js';
import { sniffCsv } from './sniffCsv.js';
import { planColumns } from './typedRowsSql.js';

/** How many rows a preview shows. */
export const PREVIEW_ROWS = 10;

/** Where one field of the kind is read from. */
export interface FieldMapping {
  field: string;
  required: boolean;
  /** The file's column it reads, or null: absent, or made by the tool's adapter from several columns or a constant. */
  column: string | null;
  /** Required, and neither a column nor the adapter gives it: the import will refuse the file. */
  missing: boolean;
}

/** What a mapping form shows before an import: the file's columns, where each field comes from, and the first rows. */
export interface ImportPreview {
  /** The file's header names (a tool's export: its first header row; none for GA4's JSON lines). */
  columns: readonly string[];
  /** Every field of the kind, in the kind's order. */
  mapping: FieldMapping[];
  /** The first {@link PREVIEW_ROWS} rows, each field's text as the import reads it (trimmed, empty as null, defaults filled). */
  preview: Record<string, string | null>[];
}

/**
 * Previews the import `options` describe without touching a store: a CSV of the kind is read
 * by name, a tool's export goes through its adapter (with --map and the hints) into canonical
 * rows. Either way the rows shown are read by the import's own SQL (read_csv and the cleaning
 * of planColumns, in an in-memory DuckDB), so the preview shows what the import would store.
 * A header lacking required columns is previewed, not refused: the mapping says which are missing.
 *
 * @throws UsageError for an unknown kind or tool, or a bad hint; DataError for a file that cannot
 *   be read as a CSV (or as the tool's export).
 */
export async function previewImport(options: Omit<FileOrExportOptions, 'workspaceId'>): Promise<ImportPreview> {
  const spec = importKindSpec(options.kind);
  const path = resolve(options.cwd ?? '', options.file);
  if (options.tool === undefined) {
    const { header } = await sniffCsv(path, options.file);
    const mapping = spec.columns.map((column) => {
      const found = header.includes(column.name);
      return { field: column.name, required: column.required, column: found ? column.name : null, missing: column.required && !found };
    });
    return { columns: header, mapping, preview: await firstRows(spec, path, options.file) };
  }
  const adapter = findAdapter(options.tool, options.kind);
  // Rows the adapter cannot read are passed over here: the import itself reports them.
  const exported = await previewExport(adapter.tool, spec.kind, adapterInput(adapter, options), { limit: PREVIEW_ROWS, skipInvalid: true });
  const made = exported.layout?.columns ?? [];
  const sourceColumns = exported.layout?.sourceColumns ?? {};
  const mapping = spec.columns.map((column) => ({
    field: column.name,
    required: column.required,
    column: sourceColumns[column.name] ?? null,
    missing: column.required && !made.includes(column.name),
  }));
  if (exported.layout === null || exported.rows.length === 0) return { columns: exported.columns, mapping, preview: [] };
  const layout = exported.layout;
  const preview = await withScratchFolder('preview', async (folder) => {
    const canonical = new CanonicalCsvFile(join(folder, `${spec.kind}.csv`));
    await canonical.start(layout);
    for (const kept of exported.rows) await canonical.write(kept.row, kept.line);
    await canonical.close();
    return firstRows(spec, canonical.path, options.file);
  });
  return { columns: exported.columns, mapping, preview };
}

/** The first rows of a CSV of the kind, each field's text as the import's SQL cleans it, read by an in-memory DuckDB. */
async function firstRows(spec: KindSpec, path: string, shownAs: string): Promise<Record<string, string | null>[]> {
  const layout = await sniffCsv(path, shownAs);
  const plan = planColumns(spec, layout.header);
  const fields = spec.columns.map((column) => column.name);
  const engine = await openDuckDbStore(':memory:');
  try {
    return await engine.query<Record<string, string | null>>(
      'preview rows',
      `select ${fields.join(', ')} from (select ${plan.cleanedSelect} from ${csvSourceSql(path, layout)} limit ${PREVIEW_ROWS})`,
    );
  } finally {
    await engine.close();
  }
}
