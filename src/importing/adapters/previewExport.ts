import { resolve } from 'node:path';
import type { AdapterInput, AdapterReport, CanonicalLayout } from './Adapter.js';
import { AdapterReporter } from './AdapterReporter.js';
import { findAdapter } from './adapters.js';
import { type KeptRow, MemorySink } from './MemorySink.js';

/** What a tool's export would give, without importing it. */
export interface ExportPreview {
  layout: CanonicalLayout | null;
  /** The export's column names, as its first header row gives them (none for GA4's JSON lines). */
  columns: readonly string[];
  /** The first canonical rows (all of them without a limit), with the export line of each. */
  rows: KeptRow[];
  report: AdapterReport;
}

/**
 * Converts a tool's export in memory and returns its first canonical rows and the
 * adapter's report: what a mapping form shows before the user imports (the detected
 * questions are in the report's notes), and what the adapters' tests check. Stored
 * customers are not consulted.
 *
 * @param input as importFromTool builds it, with `path` relative or absolute
 * @throws what importFromTool throws for the same export and options.
 */
export async function previewExport(
  tool: string,
  kind: string,
  input: Partial<AdapterInput> & { path: string },
  options: { limit?: number; skipInvalid?: boolean } = {},
): Promise<ExportPreview> {
  const adapter = findAdapter(tool, kind);
  const shownAs = input.shownAs ?? input.path;
  const sink = new MemorySink(options.limit);
  const reporter = new AdapterReporter(adapter.tool, shownAs, options.skipInvalid);
  await adapter.convert({ map: {}, ...input, path: resolve(input.path), shownAs }, sink, reporter);
  const report = reporter.finish();
  return { layout: sink.layout, columns: reporter.columns, rows: sink.rows, report };
}
