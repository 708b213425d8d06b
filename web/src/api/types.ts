/**
 * The shapes of the public API's answers that the dashboard reads (docs/api.md). Only the
 * fields it shows are written out; every number on screen comes from one of these answers.
 */

/** The test of a change against the comparison period (docs/indicators.md, "Series and comparisons"). */
export interface Change {
  previous: number | null;
  delta: number | null;
  ci95: [number, number] | null;
  pValue: number | null;
  significant: boolean | null;
  method: string | null;
}

/** A sector figure the report set beside an indicator (docs/benchmarks.md). */
export interface Benchmark {
  value: number;
  source: string;
  year?: number | string;
  [field: string]: unknown;
}

/** One indicator of the report: its value and the fields of its family. */
export interface IndicatorRecord {
  value: number | null;
  n?: number;
  ci95?: [number, number] | null;
  lowPrecision?: boolean;
  /** Employees' scores of 1 to 4 answers are withheld (docs/indicators.md, "eNPS suppression"). */
  suppressed?: boolean;
  reason?: string;
  change?: Change;
  benchmark?: Benchmark;
  distribution?: number[];
  [field: string]: unknown;
}

/** One period of a series. */
export interface SeriesPoint {
  from: string;
  to: string;
  indicators: Record<string, IndicatorRecord>;
}

/** A ranked breakdown of the web report (pages, sources, campaigns, devices). */
export interface Breakdown {
  total: number;
  distinct: number;
  /** The most frequent values; `key` is null for the units without the value (sessions without a campaign). */
  top: { key: string | null; count: number; share: number; ci95: [number, number] }[];
  other?: { count: number; distinct: number; share: number; ci95?: [number, number] };
}

/** GET /api/report. */
export interface Report {
  period: { from: string | null; to: string | null; boundedTo?: unknown };
  indicators: Record<string, IndicatorRecord>;
  web?: Record<string, Breakdown>;
  /** With `by`: one entry per value of the field. */
  groups?: { key: string | null; indicators: Record<string, IndicatorRecord> }[];
  cohorts?: unknown;
  comparedWith?: { from: string; to: string };
  interval?: 'day' | 'week' | 'month';
  series?: SeriesPoint[];
}

/** One workspace the signed-in user belongs to. */
export interface Membership {
  workspace: string;
  role: 'viewer' | 'editor' | 'admin';
}

/** GET /api/me. */
export interface Me {
  user: { email: string; displayName: string };
  workspaces: Membership[];
  csrfToken: string;
}
