import { DAY_MS } from './demoPeriod.js';

/**
 * How busy a French home-goods retailer is at a given instant, relative to an ordinary day
 * (1): Black Week and Christmas peaks, winter and summer sales, the August dip. It scales the
 * rate of orders, new customers and web traffic.
 */

/** Activity by calendar month (January first), from typical French home-goods trading. */
const MONTH_FACTORS = [0.95, 0.8, 0.9, 0.95, 1.0, 1.05, 0.75, 0.6, 1.0, 1.0, 1.3, 1.5] as const;

/** Black Week: from the Monday before Black Friday to Cyber Monday, both included. */
const BLACK_WEEKS: readonly (readonly [number, number])[] = [
  [Date.UTC(2025, 10, 24), Date.UTC(2025, 11, 2)], // Black Friday 2025-11-28
  [Date.UTC(2026, 10, 23), Date.UTC(2026, 11, 1)], // Black Friday 2026-11-27 (after the period)
];
/** Black Week trades about 2.2 times an ordinary November day. */
const BLACK_WEEK_FACTOR = 2.2;
/** After Christmas Eve the shops are quiet until the January sales. */
const AFTER_CHRISTMAS_FACTOR = 0.6;

/**
 * The activity multiplier at `ms`.
 *
 * @example
 * retailSeasonality(Date.UTC(2025, 7, 15)); // 0.6 (mid-August)
 * retailSeasonality(Date.UTC(2025, 10, 28)); // 2.86 (Black Friday: 1.3 × 2.2)
 */
export function retailSeasonality(ms: number): number {
  // Called for every candidate order and visit: the factor only depends on the day, so cache it.
  const day = Math.floor(ms / DAY_MS);
  let factor = FACTOR_BY_DAY.get(day);
  if (factor === undefined) {
    factor = dayFactor(day * DAY_MS);
    FACTOR_BY_DAY.set(day, factor);
  }
  return factor;
}

const FACTOR_BY_DAY = new Map<number, number>();

function dayFactor(ms: number): number {
  const date = new Date(ms);
  const month = date.getUTCMonth();
  let factor = MONTH_FACTORS[month] ?? 1;
  if (BLACK_WEEKS.some(([from, to]) => ms >= from && ms < to)) factor *= BLACK_WEEK_FACTOR;
  if (month === 11 && date.getUTCDate() >= 25) factor *= AFTER_CHRISTMAS_FACTOR;
  return factor;
}

/** The largest value `retailSeasonality` returns, the envelope for thinning a Poisson process. */
export const MAX_RETAIL_SEASONALITY = Math.max(...MONTH_FACTORS) * BLACK_WEEK_FACTOR;

/**
 * Time spent on a page by calendar month (January first), relative to an ordinary month
 * (fictional): shorter in the summer holidays, when visitors skim on their phones, and in the
 * sales and peak weeks, when they come for a deal; longer at the back-to-school home refresh
 * of September and in early spring, when they plan projects.
 */
const DWELL_BY_MONTH = [0.95, 1.0, 1.05, 1.05, 1.0, 0.95, 0.85, 0.8, 1.15, 1.05, 0.9, 0.9] as const;

/**
 * The factor by which the time on a page differs at `ms` from an ordinary month's.
 *
 * @example
 * browsingDwell(Date.UTC(2026, 7, 15)); // 0.8 (mid-August)
 * browsingDwell(Date.UTC(2026, 8, 15)); // 1.15 (mid-September)
 */
export function browsingDwell(ms: number): number {
  return DWELL_BY_MONTH[new Date(ms).getUTCMonth()] ?? 1;
}
