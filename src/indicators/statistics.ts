import type { AlphaStatistics } from './barometer/cronbachAlpha.js';
import type { PairSums } from './stats/correlation.js';

/**
 * Sufficient statistics: what the store's SQL returns for each indicator, and what the
 * pure indicator functions take. Counts and sums only (plus a median the engine computes),
 * never raw rows. Every number here has already crossed the store boundary as a JS number.
 */

/** Counts of answers per score 0..10 (index = score), for NPS and eNPS. */
export type NpsDistribution = readonly number[];

/** Counts of answers per score 1..5 (index 0 = score 1), for CSAT. */
export type CsatDistribution = readonly number[];

/** Counts of answers per score 1..7 (index 0 = score 1), for CES (7 = very easy). */
export type CesDistribution = readonly number[];

/** The detractors' follow-up cases a period's 48-hour follow-up rate is counted over. */
export interface DetractorFollowUpStatistics {
  /** Cases opened in the period whose 48 hours are over, or that were contacted already. */
  cases: number;
  /** Of those, cases contacted within 48 hours of their opening. */
  contacted: number;
}

/**
 * How churn and retention say a customer is lost (docs/indicators.md): by the end date of a
 * contract (`churned_at`), or by an inactivity window of whole days on orders — given with
 * --churn-window (`flag`), derived from the data (`derived`: the 90th percentile of the gaps
 * between a customer's consecutive order days, `gaps` of them), or the default when the data
 * has no gap yet (`default`); or by a purchase model (--churn-model): lost when the fitted
 * BG/NBD's P(alive) falls below `threshold`, with `reason` (the model's sentence) when the
 * model could not be fitted for the period.
 */
export type ChurnDefinition =
  | { definition: 'contract' }
  | { definition: 'inactivity'; windowDays: number; windowSource: 'flag' }
  | { definition: 'inactivity'; windowDays: number; windowSource: 'derived'; gaps: number }
  | { definition: 'inactivity'; windowDays: number; windowSource: 'default' }
  | { definition: 'model'; model: 'bgnbd'; threshold: number; reason?: string };

export interface ChurnStatistics {
  /**
   * Contract: customers created before the period start and not churned before it.
   * Inactivity: customers who ordered in the window ending the day before the period.
   */
  atStart: number;
  /** Of those, customers whose churned_at falls in the period (contract), or with no order in the window ending the period's last day (inactivity). */
  lost: number;
  /** Which definition produced the counts. */
  definition: ChurnDefinition;
}

export interface RetentionStatistics {
  /** S: customers active at the start of the period. */
  atStart: number;
  /** E: customers active at the end of the period. */
  atEnd: number;
  /** N: customers created during the period (contract); active at the end but not at the start, new or come back (inactivity). */
  new: number;
  /** Which definition produced the counts. */
  definition: ChurnDefinition;
}

export interface RepurchaseStatistics {
  /** Customers with at least one order in the period. */
  customers: number;
  /** Of those, customers with two or more orders in the period. */
  repeatCustomers: number;
}

export interface SessionStatistics {
  /** Sessions starting in the period. */
  count: number;
  /** Sum over those sessions of (last event − first event), in seconds. */
  totalDurationSeconds: number;
  /**
   * Median session duration in seconds as the engine computed it (mean of the two middle values for an even count); null without
   * sessions, or when the period starts before the retention's first kept day (the sessions before it are deleted, docs/privacy.md).
   */
  medianDurationSeconds: number | null;
  /** Pageview events in those sessions. */
  pageviews: number;
  /** Sessions of exactly one event. */
  bounces: number;
}

export interface StickinessStatistics {
  /** Days in the period that were summed (every calendar day of the period with data available). */
  days: number;
  /** Σ over days of DAU(d). */
  sumDau: number;
  /** Σ over days of MAU(d), the distinct visitors of the 30 days ending d. */
  sumMau: number;
  /**
   * Visitor-days in the period of day-scoped (cookieless, `d:`) visitors, which ΣDAU and ΣMAU
   * leave out: such a visitor cannot be followed from one day to the next.
   */
  dayScopedVisitorDays: number;
}

export interface FirstWeekStatistics {
  /** Customers created in the period. */
  newCustomers: number;
  /** Of those, customers with an event (of a visitor followed across days) or order within 168 hours of created_at. */
  engaged: number;
  /** Visitor-days in the period of day-scoped (cookieless, `d:`) visitors, whose events are left out. */
  dayScopedVisitorDays: number;
  /** Visitor-days in the period of the other visitors, who can be followed across days. */
  followableVisitorDays: number;
}

export interface PostEngagementStatistics {
  /** Posts published in the period. */
  posts: number;
  /** Σ over posts of 100 × (likes + comments + shares + saves) / followers. */
  sumRate: number;
  /** Median of the per-post rates as the engine computed it; null without posts. */
  medianRate: number | null;
}

export interface SocialEngagementStatistics extends PostEngagementStatistics {
  /** Σ over posts of the squared per-post rate: with posts and sumRate, the variance Welch's test of a change needs (absent: no test). */
  sumSquaredRate?: number;
  /** The same statistics per platform. */
  byPlatform: Readonly<Record<string, PostEngagementStatistics>>;
}

export interface ShareOfVoiceStatistics {
  /** Mentions of the user's own brand (is_own_brand true). */
  ownMentions: number;
  /** All mentions in the period. */
  totalMentions: number;
  /** Mentions per brand name. */
  byBrand: Readonly<Record<string, number>>;
}

export interface CartStatistics {
  /** Visitor-days with at least one `cart` event. */
  carts: number;
  /** Of those, visitor-days without a `purchase` event. */
  abandoned: number;
}

export interface HistoricalValueStatistics {
  /** Distinct customers with an order in the period. */
  customers: number;
  /** Sum of those orders' amounts. */
  revenue: number;
}

export interface AuditVisitStatistics {
  /** Visits in the period. */
  visits: number;
  /** Σ over visits of the visit score 100 × Σ(weight × score) / Σ(weight × max_score). */
  sumVisitScores: number;
}

export interface AuditTouchpointStatistics {
  /** Criterion rows of the touchpoint in the period. */
  criteria: number;
  /** Σ(weight × score) over those rows. */
  weightedScore: number;
  /** Σ(weight × max_score) over those rows. */
  weightedMax: number;
}

export interface MysteryShoppingStatistics extends AuditVisitStatistics {
  bySite: Readonly<Record<string, AuditVisitStatistics>>;
  byTouchpoint: Readonly<Record<string, AuditTouchpointStatistics>>;
}

/** The counts of one web breakdown: its most frequent values and the whole they are part of. */
export interface BreakdownStatistics {
  /** Units counted (page views, or sessions), every value included (null: the unit has none). */
  total: number;
  /** Different values among them (null counting as one). */
  distinct: number;
  /** The most frequent values, most frequent first (ties by value, byte order, null last). */
  top: readonly { key: string | null; count: number }[];
}

/** The web breakdowns of a report (docs/indicators.md), in output order. */
export const WEB_BREAKDOWNS = ['pages', 'entryPages', 'exitPages', 'sources', 'campaigns', 'devices', 'browsers', 'os'] as const;

/** The name of one web breakdown. */
export type WebBreakdownKey = (typeof WEB_BREAKDOWNS)[number];

/** The counts of every web breakdown of a period. */
export type WebStatistics = Readonly<Record<WebBreakdownKey, BreakdownStatistics>>;

/** The kinds of rows that count as a customer's interactions (docs/indicators.md), in output order. */
export const INTERACTION_KINDS = ['orders', 'responses', 'events'] as const;

/** One kind of interaction: an order, a survey response, or an event carrying the customer's id. */
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface CustomerEngagementStatistics {
  /** Customers known in the period: created by its end, not churned (by contract) before its start. */
  customers: number;
  /** Of those, customers with at least one interaction in the period. */
  engaged: number;
  /** Their interactions in the period, per kind. */
  interactionsByKind: Readonly<Record<InteractionKind, number>>;
}

export interface ConversionStatistics {
  /** Sessions starting in the period. */
  sessions: number;
  /** Of those, sessions with at least one `purchase` event. */
  converted: number;
  /** Visitors followed across days (not day-scoped) with a session starting in the period. */
  visitors: number;
  /** Of those, visitors with at least one converted session starting in the period. */
  convertedVisitors: number;
}

export interface NewCustomerStatistics {
  /** Customers whose created_at falls in the period; null when there are no customer rows at all (no data). */
  new: number | null;
}

export interface OrderValueStatistics {
  /** Orders placed in the period. */
  orders: number;
  /** Σ amount over those orders. */
  revenue: number;
  /** Σ amount² over those orders (with `orders` and `revenue`, the sample variance). */
  revenueSquares: number;
}

export interface PurchaseFrequencyStatistics {
  /** Orders placed in the period. */
  orders: number;
  /** Distinct customers who placed them. */
  customers: number;
}

/** The counts of the retention cohorts by month of first order (months are counted from year 0: year × 12 + month − 1). */
export interface CohortCounts {
  /** The month of the period's last day: the last month any cohort is followed to. */
  lastMonth: number;
  /** For each cohort month and months after it, the customers of the cohort who ordered then; months without any are absent. */
  cells: readonly { cohortMonth: number; monthsAfter: number; customers: number }[];
}

/** Σ and Σ² of a set of scores, with their count: what a mean, its t interval and Welch's test need. */
export interface ScoreSums {
  /** How many scores. */
  n: number;
  sum: number;
  sumSquares: number;
}

/**
 * One dimension of the employee barometer over the employees who answered it in a period (or
 * a group). A respondent's dimension score is the mean of their answered Likert items of the
 * dimension (1–5, a reversed item counting 6 − answer).
 */
export interface EngagementDimensionStatistics {
  /** Likert items the surveys in scope give the dimension (distinct question ids). */
  items: number;
  /** The respondents' dimension scores (n = respondents with at least one item answered). */
  scores: ScoreSums;
  /** Item answers, and those at 4 or 5 after reversal. */
  answers: number;
  favourableAnswers: number;
  /** Cronbach's α sums, over the respondents who answered every item of the dimension. */
  alpha: AlphaStatistics;
  /** Dimension score (x) against the respondent's eNPS answer 0–10 (y), over those with both. */
  withEnps: PairSums;
  /** Dimension score (x) against the respondent's `engagement` dimension score (y); absent for `engagement` itself. */
  withEngagement?: PairSums;
  /** Set by the report's anonymity rules when the dimension must be hidden although it has 5 respondents or more. */
  hidden?: 'complement' | 'filter';
}

/** The employee barometer's statistics: each respondent's overall score (mean of their dimension scores) and each dimension's. */
export interface EmployeeEngagementStatistics {
  scores: ScoreSums;
  dimensions: Readonly<Record<string, EngagementDimensionStatistics>>;
}
