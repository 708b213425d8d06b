import { DataError, type DataProblem } from '../../errors/errors.js';
import type { AdapterReport, SkippedRow, ToolName } from './Adapter.js';

/** How many skipped or unreadable rows are listed one by one, as for rejected rows (docs/cli.md). */
export const LISTED_ROWS = 100;

/**
 * Collects what an adapter did — rows read, records made, rows skipped with their reason,
 * notes — and the rows it could not read at all (a CSV row with the wrong number of fields,
 * a line that is not JSON). Those are bad rows: with `skipInvalid` they are skipped and
 * listed; otherwise {@link finish} refuses the whole file, as the core import does.
 */
export class AdapterReporter {
  private rowsRead = 0;
  private recordsMade = 0;
  private readonly skipped: SkippedRow[] = [];
  private skippedCount = 0;
  private readonly notes: string[] = [];
  private readonly unreadable: DataProblem[] = [];
  private unreadableCount = 0;
  private header: readonly string[] = [];

  constructor(
    readonly tool: ToolName,
    private readonly shownAs: string,
    private readonly skipInvalid = false,
  ) {}

  /** Records the export's column names, as its first header row gives them. */
  sawHeader(names: readonly string[]): void {
    this.header = [...names];
  }

  /** The export's column names, once its header was read; none for an export without one (GA4's JSON lines). */
  get columns(): readonly string[] {
    return this.header;
  }

  /** Counts one data record read from the export. */
  read(): void {
    this.rowsRead++;
  }

  /** Counts one canonical record written. */
  made(): void {
    this.recordsMade++;
  }

  /** Records a row left out on purpose (a preview response, a cancelled order). */
  skip(line: number, reason: string): void {
    this.skippedCount++;
    if (this.skipped.length < LISTED_ROWS) this.skipped.push({ line, reason });
  }

  /** Records a row that cannot be read at all. */
  cannotRead(line: number, reason: string): void {
    if (this.skipInvalid) {
      this.skip(line, `unreadable: ${reason}`);
      return;
    }
    this.unreadableCount++;
    if (this.unreadable.length < LISTED_ROWS) this.unreadable.push({ line, column: null, reason });
  }

  /** Adds a fact worth telling the user, once. */
  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  /**
   * The report, once the export has been read.
   *
   * @throws DataError listing the unreadable rows, when there are some and skipInvalid is off.
   */
  finish(): AdapterReport {
    if (this.unreadableCount > 0) {
      const first = this.unreadable[0] as DataProblem;
      throw new DataError(
        `Nothing was imported: ${this.unreadableCount} row${this.unreadableCount > 1 ? 's' : ''} of ${this.shownAs} cannot be read, the first on line ${first.line} (${first.reason}); fix them, or pass --skip-invalid to import the others.`,
        this.shownAs,
        this.unreadable,
      );
    }
    return {
      tool: this.tool,
      rowsRead: this.rowsRead,
      recordsMade: this.recordsMade,
      skipped: [...this.skipped],
      skippedCount: this.skippedCount,
      notes: [...this.notes],
    };
  }
}
