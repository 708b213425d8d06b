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

/** A figure the API withholds for employees' anonymity (docs/indicators.md, "Anonymity of employee figures"): fewer than 5, or it would reveal such a group by subtraction (`complement`) or beside a wider filter (`filter`). */
export interface HiddenFigure {
  suppressed: true;
  reason?: 'complement' | 'filter';
}

/** One dimension of the employee barometer (docs/indicators.md, `employeeEngagement`): scores 0–100. */
export interface EngagementDimension {
  value: number | null;
  n: number;
  favourable: number | null;
  ci95: [number, number] | null;
  favourableCi95: [number, number] | null;
  alpha: number | null;
  alphaN: number;
  alphaWarning: boolean;
  items: number;
  answers: number;
  change?: Change;
  favourableChange?: Change;
}

/** Pearson's r with its Fisher-z 95 % interval. */
export interface Correlation {
  r: number;
  n: number;
  ci95: [number, number] | null;
}

/** One dimension as a driver: its score and how its respondents' scores move with engagement and with eNPS. */
export interface EngagementDriver {
  dimension: string;
  value: number;
  enps: Correlation | null;
  engagement: Correlation | null;
  priority: boolean;
}

/** The employee barometer of the report or of a group, when shown. */
export interface EmployeeEngagement {
  value: number | null;
  n: number;
  favourable: number | null;
  ci95: [number, number] | null;
  favourableCi95: [number, number] | null;
  answers: number;
  dimensions: Record<string, EngagementDimension | HiddenFigure>;
  drivers: EngagementDriver[];
  change?: Change;
  favourableChange?: Change;
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
  /** With `cohorts=month`: the retention triangle. */
  cohorts?: RetentionCohort[];
  comparedWith?: { from: string; to: string };
  interval?: 'day' | 'week' | 'month';
  series?: SeriesPoint[];
}

/** One cohort of the retention triangle (docs/indicators.md, "Retention cohorts"): month 0 first. */
export interface RetentionCohort {
  /** The month of the customers' first order, `YYYY-MM`. */
  cohort: string;
  customers: number;
  returned: number[];
  retention: number[];
  ci95: ([number, number] | null)[];
}

/** One customer's value in GET /api/clv (docs/clv.md). */
export interface CustomerValue {
  customer_id: string;
  frequency: number;
  recency: number;
  T: number;
  monetaryValue: number | null;
  pAlive: number;
  expectedPurchases: number;
  expectedSpend: number;
  clv: number;
}

/** GET /api/clv: the purchase and spend models' fits and every customer's predicted value. */
export interface ClvAnswer {
  model: 'bgnbd' | 'pareto' | 'nbd';
  fallback?: { model: string; reason: string };
  params: Record<string, number>;
  logLikelihood: number;
  spend: {
    model: 'gamma-gamma' | 'observed-mean';
    params: { p: number; q: number; v: number } | null;
    logLikelihood: number | null;
    customers: number;
    fallback?: { reason: string };
  };
  to: string;
  timeUnit: 'day' | 'week';
  horizon: number;
  discountRate: number;
  excludedSpendDays: number;
  customers: CustomerValue[];
}

/** The segments of docs/customers.md, in the order their rules are tried. */
export const SEGMENTS = ['champions', 'loyal', 'promising', 'at-risk', 'hibernating', 'lost'] as const;

/** A customer segment. */
export type Segment = (typeof SEGMENTS)[number];

/** One customer of GET /api/customers (docs/customers.md); the model's figures are null when no model could be fitted. */
export interface CustomerRow {
  customer_id: string;
  r: number;
  f: number;
  m: number;
  pAlive: number | null;
  expectedPurchases: number | null;
  clv: number | null;
  lastNpsCategory: 'promoter' | 'passive' | 'detractor' | null;
  engagementScore: number;
  segment: Segment;
}

/** GET /api/customers. */
export interface CustomersAnswer {
  model: string | null;
  unfitted?: { reason: string };
  fallback?: { model: string; reason: string };
  spendModel: string | null;
  spendFallback?: { reason: string };
  customers: CustomerRow[];
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
