/** One row of datasets/benchmarks/benchmarks.csv: a published figure and how it was produced. */
export interface BenchmarkRow {
  /** The indicator's key (`nps`, `churnRate`…), `indicator.field` for a field of one (`sessions.bounceRate`), or `acsi`. */
  metric: string;
  /** How the figure was produced, as comma-separated clauses (scale, denominator, population, aggregation). */
  method: string;
  segment: string;
  /** `US`, `UK`, … or `global`. */
  country: string;
  value: number;
  /** `nps_points`, `index_points`, `percent` or `percent_per_month`. */
  unit: string;
  source: string;
  /** The year of publication; null when the source is undated. */
  year: number | null;
  verification: 'primary' | 'secondary' | 'unverified';
  note: string;
}

/** A sentence in English and French. */
export interface TwoLanguages {
  en: string;
  fr: string;
}

/**
 * One way a figure differs from Baromètre's measure. A `method` difference (scale,
 * denominator, period length, aggregation, an unverified rule of thumb) keeps the figure out
 * of the report; a `population` difference (another country, a survey kind the workspace has
 * not stated) lets it be shown with the difference as a warning.
 */
export interface BenchmarkDifference extends TwoLanguages {
  /** What differs: `country`, `survey`, `scale`, `denominator`, `period`, `platform`, … */
  dimension: string;
  kind: 'method' | 'population';
}

/** The figure a report shows beside an indicator (docs/benchmarks.md). */
export interface IndicatorBenchmark {
  value: number;
  unit: string;
  source: string;
  year: number | null;
  segment: string;
  country: string;
  method: string;
  verification: BenchmarkRow['verification'];
  /** The indicator's field the figure compares with: `value`, `median`, `bounceRate`. */
  field: string;
  match: 'exact' | 'differs';
  /** What differs (each a population difference), empty when `match` is `exact`. */
  differences: { dimension: string; en: string; fr: string }[];
}

/** What a workspace says about itself (its settings) that the choice of a figure needs. */
export interface BenchmarkAudience {
  sector: string;
  /** ISO 3166 alpha-2 or as the file writes it; null when the workspace has not said. */
  country: string | null;
  /** `relationship` or `transactional`; null when the workspace has not said. */
  npsSurvey: string | null;
}

/** What a report's indicators are, beyond their definition, that the match depends on. */
export interface MeasureContext {
  /** Calendar days of the report's period. */
  periodDays: number;
  /** The platforms of the period's posts. */
  platforms: readonly string[];
  /** `contract` or `inactivity` when the churn result says so; contract churn otherwise. */
  churnDefinition: string | null;
}
