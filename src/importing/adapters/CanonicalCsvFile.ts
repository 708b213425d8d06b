import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { CanonicalLayout, CanonicalRow, CanonicalSink } from './Adapter.js';

/** Bytes gathered before one write to the file: small writes through a stream cost more than the CSV text itself. */
const WRITE_CHUNK_CHARS = 64 * 1024;

/**
 * A canonical CSV file being written (docs/formats.md), remembering for each of its rows the
 * line of the export it came from, so that the import's bad rows can be reported at the
 * lines of the file the user has.
 *
 * Every field is quoted; line breaks inside fields are written as LF, and the physical line
 * each row starts on is counted with them, since the import reports physical lines.
 */
export class CanonicalCsvFile implements CanonicalSink {
  private readonly stream: WriteStream;
  private columns: readonly string[] = [];
  private layout: CanonicalLayout | null = null;
  private pending: string[] = [];
  private pendingChars = 0;
  private nextLine = 2;
  /** Physical start line of each row in this file, ascending, and the export's line it came from. */
  private readonly startLines: number[] = [];
  private readonly exportLines: number[] = [];
  private failure: Error | null = null;

  constructor(readonly path: string) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.on('error', (error) => (this.failure = error));
  }

  async start(layout: CanonicalLayout): Promise<void> {
    this.layout = layout;
    this.columns = layout.columns;
    await this.push(`${layout.columns.map(quote).join(',')}\n`);
  }

  async write(row: CanonicalRow, sourceLine: number): Promise<void> {
    const text = `${this.columns.map((column) => field(row[column])).join(',')}\n`;
    this.startLines.push(this.nextLine);
    this.exportLines.push(sourceLine);
    this.nextLine += countLineFeeds(text);
    await this.push(text);
  }

  /** Flushes and closes the file. */
  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    if (!this.stream.closed) await once(this.stream, 'close');
    if (this.failure) throw this.failure;
  }

  /** The layout given to start, once it was given. */
  get declaredLayout(): CanonicalLayout | null {
    return this.layout;
  }

  /** How many rows were written. */
  get rows(): number {
    return this.startLines.length;
  }

  /** The export's line for a row starting on `line` of this file, or null for a line no row starts on. */
  sourceLineOf(line: number): number | null {
    let low = 0;
    let high = this.startLines.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = this.startLines[middle] as number;
      if (start === line) return this.exportLines[middle] as number;
      if (start < line) low = middle + 1;
      else high = middle - 1;
    }
    return null;
  }

  private async push(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= WRITE_CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), once(this.stream, 'error')]);
    if (this.failure) throw this.failure;
  }
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** A value as a CSV field: empty for no value, else quoted with its line breaks as LF. */
function field(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return quote(value.replace(/\r\n?/g, '\n'));
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
