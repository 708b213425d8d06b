/**
 * The span the demo dataset covers: 18 calendar months, from 2025-05-01T00:00:00Z to
 * 2026-10-31T23:59:59Z, both included. Every generated timestamp is a whole second inside it,
 * except customers' `created_at` and `churned_at`, which may precede it (the customer base
 * existed before the data starts).
 */

/** Milliseconds in a minute, an hour and a day (UTC days have no leap seconds in JS time). */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The first instant of the period. */
export const PERIOD_START_MS = Date.UTC(2025, 4, 1);
/** The first instant after the period; the last generated second is one second before it. */
export const PERIOD_END_EXCLUSIVE_MS = Date.UTC(2026, 10, 1);
/** The last second of the period, 2026-10-31T23:59:59Z. */
export const PERIOD_LAST_SECOND_MS = PERIOD_END_EXCLUSIVE_MS - 1000;
/**
 * The day the shop put the web tracker on its site, 2026-08-01T00:00:00Z: the events cover the
 * last three months of the period only, the orders, answers and the rest all 18 (src/demo/README.md).
 */
export const TRACKER_INSTALLED_MS = Date.UTC(2026, 7, 1);

/** One calendar month of the period. */
export interface DemoMonth {
  /** `YYYY-MM`, e.g. `2025-05`. */
  key: string;
  year: number;
  /** 1 to 12. */
  month: number;
  startMs: number;
  endExclusiveMs: number;
}

/** The 18 months of the period, in order. */
export const DEMO_MONTHS: readonly DemoMonth[] = buildMonths();

function buildMonths(): DemoMonth[] {
  const months: DemoMonth[] = [];
  for (let start = PERIOD_START_MS; start < PERIOD_END_EXCLUSIVE_MS; ) {
    const date = new Date(start);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    const endExclusiveMs = Date.UTC(year, month, 1);
    months.push({ key: `${year}-${String(month).padStart(2, '0')}`, year, month, startMs: start, endExclusiveMs });
    start = endExclusiveMs;
  }
  return months;
}

/**
 * Cuts an instant down to its whole second, as the CSV files carry no fractions.
 *
 * @example
 * wholeSecond(Date.UTC(2025, 4, 3, 14, 2, 11, 999)) === Date.UTC(2025, 4, 3, 14, 2, 11); // true
 */
export function wholeSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/**
 * The first instant of the UTC day holding `ms`.
 *
 * @example
 * new Date(startOfUtcDay(Date.UTC(2025, 4, 3, 14))).toISOString(); // '2025-05-03T00:00:00.000Z'
 */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}
