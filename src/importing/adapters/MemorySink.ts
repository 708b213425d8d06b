import type { CanonicalLayout, CanonicalRow, CanonicalSink } from './Adapter.js';

/** A canonical row kept in memory, with the export's line it came from. */
export interface KeptRow {
  row: Record<string, string | null>;
  line: number;
}

/**
 * Keeps an adapter's canonical rows in memory, every declared column present (null for no
 * value): for tests, and for a preview of the first rows before importing (`limit`).
 */
export class MemorySink implements CanonicalSink {
  layout: CanonicalLayout | null = null;
  readonly rows: KeptRow[] = [];

  constructor(private readonly limit = Number.POSITIVE_INFINITY) {}

  async start(layout: CanonicalLayout): Promise<void> {
    this.layout = layout;
  }

  async write(row: CanonicalRow, sourceLine: number): Promise<void> {
    if (this.rows.length >= this.limit) return;
    const columns = this.layout?.columns ?? Object.keys(row);
    this.rows.push({ row: Object.fromEntries(columns.map((column) => [column, row[column] || null])), line: sourceLine });
  }
}
