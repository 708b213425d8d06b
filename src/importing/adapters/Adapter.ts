import type { ImportKind } from '../../store/schema/kinds.js';
import type { AdapterReporter } from './AdapterReporter.js';

/** The tools whose exports `barometre import --from <tool>` reads (docs/cli.md). */
export const TOOLS = ['shopify', 'stripe', 'google-forms', 'qualtrics', 'surveymonkey', 'typeform', 'ga4'] as const;
export type ToolName = (typeof TOOLS)[number];

/** What an adapter is given: the export, and the user's hints for what the export does not say. */
export interface AdapterInput {
  /** Path of the export to read. */
  path: string;
  /** The file as the user named it, for messages. */
  shownAs: string;
  /** `--map FIELD=TEXT`: a canonical field (or a new attribute) → the column or question that holds it. */
  map: Readonly<Record<string, string>>;
  /** `--date-format`, already read as an order of day, month and year. */
  dateOrder?: DateOrder | undefined;
  /** `--timezone`, an IANA name already checked, for exports whose timestamps carry no offset. */
  timeZone?: string | undefined;
}

export type DateOrder = 'YMD' | 'MDY' | 'DMY';

/** One canonical row: docs/formats.md column or attribute name → text (empty, null or undefined: no value). */
export type CanonicalRow = Readonly<Record<string, string | null | undefined>>;

/**
 * How a customer row of this export combines with the customer already stored under the
 * same id, for exports that carry only part of a customer (Stripe's customers and
 * subscriptions exports, Shopify orders): `earliest` keeps the earlier of the two
 * timestamps, `fill` takes the stored value where the export has none. Stored attributes
 * the export does not carry are kept too. See importFromTool.ts.
 */
export type StoredRules = Readonly<Partial<Record<'created_at' | 'churned_at' | 'email', 'earliest' | 'fill'>>>;

/** The canonical file's layout, declared once before its rows. */
export interface CanonicalLayout {
  /** The canonical columns (docs/formats.md) and the attribute columns, in file order. */
  columns: readonly string[];
  /** The export's column each canonical column was read from, so bad rows name the column the user sees. */
  sourceColumns: Readonly<Record<string, string>>;
  /** Only for customers: how stored values are kept (see {@link StoredRules}). */
  keepStored?: StoredRules;
}

/** Where an adapter writes its canonical rows: a CSV file for the import, or memory for tests and previews. */
export interface CanonicalSink {
  start(layout: CanonicalLayout): Promise<void>;
  /** One canonical row, made from the record that starts on `sourceLine` of the export. */
  write(row: CanonicalRow, sourceLine: number): Promise<void>;
}

/** One tool's export of one kind, turned into the canonical CSV of that kind. */
export interface Adapter {
  tool: ToolName;
  kind: ImportKind;
  /** Reads the export, writes canonical rows to `sink`, and tells `reporter` what it did. */
  convert(input: AdapterInput, sink: CanonicalSink, reporter: AdapterReporter): Promise<void>;
}

/** A row of the export left out on purpose, and why. */
export interface SkippedRow {
  line: number;
  reason: string;
}

/** What an adapter did with an export, as `barometre import --from … --json` prints it under `adapter`. */
export interface AdapterReport {
  tool: ToolName;
  /** Data records read from the export (CSV records or JSON lines, header rows excluded). */
  rowsRead: number;
  /** Canonical rows made from them (e.g. Shopify: line-item rows grouped into orders). */
  recordsMade: number;
  /** The first 100 rows left out on purpose, with the reason, in file order. */
  skipped: SkippedRow[];
  /** Rows left out in all. */
  skippedCount: number;
  /** Everything else worth knowing: grouping, detected questions, assumed time zone or date order. */
  notes: string[];
}
