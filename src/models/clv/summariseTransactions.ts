import { ModelError } from '../ModelError.js';

/** A purchase, as the summary needs it. */
export interface Purchase {
  customerId: string;
  /** Calendar day (UTC), YYYY-MM-DD. */
  date: string;
  amount: number;
}

/** The time unit of frequency, recency and T (docs/clv.md): days, or weeks = days / 7. */
export type SummaryTimeUnit = 'day' | 'week';

/** Options of {@link summariseTransactions}. */
export interface SummariseOptions {
  /** End of the observation period, YYYY-MM-DD, included: later purchases are left out. */
  to: string;
  /** Time unit of recency and T (default 'day'). */
  unit?: SummaryTimeUnit;
}

/** Per customer (sorted by id), the buy-till-you-die summary: the shape of the store's `rfmSummary`. */
export interface TransactionSummary {
  customerId: string[];
  /** x: repeat purchase days. */
  frequency: number[];
  /** t_x: first to last purchase day, in the unit. */
  recency: number[];
  /** T: first purchase day to `to`, in the unit. */
  age: number[];
  /** Mean total of the repeat purchase days with a positive total; null without one. */
  monetaryValue: (number | null)[];
  /** Number of repeat purchase days with a positive total: the count behind `monetaryValue`. */
  spendDays: number[];
  /** Repeat purchase days whose total was 0 or less, left out of the monetary value. */
  excludedSpendDays: number;
}

const DAY_MS = 86_400_000;
/** Days in each time unit. */
export const DAYS_PER_UNIT: Readonly<Record<SummaryTimeUnit, number>> = { day: 1, week: 7 };

function dayNumber(date: string, what: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const time = match === null ? Number.NaN : Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!Number.isFinite(time) || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new ModelError(`The RFM summary needs ${what} as a YYYY-MM-DD day, got ${JSON.stringify(date)}.`);
  }
  return time / DAY_MS;
}

/**
 * The RFM summary of a list of purchases, in memory, for the tests of the purchase models
 * (the program computes the same in SQL: `src/store/queries/rfmSummary.ts`). The
 * buy-till-you-die conventions of Fader, Hardie and Lee (2005) and docs/clv.md: purchases of
 * one calendar day are merged into one; frequency x = purchase days − 1; recency t_x = days
 * from the first to the last purchase day; T = days from the first purchase day to `to`;
 * divided by 7 in weeks; monetary value = mean total of the repeat purchase days (the first
 * day left out), over the days with a positive total.
 *
 * @param purchases - the purchases, in any order, left unchanged
 * @param options - the end of the period and the time unit
 * @returns one entry per customer with a purchase up to `to`, sorted by customer id
 * @throws {ModelError} when a date is not a YYYY-MM-DD day or an amount is not finite
 *
 * @example
 * summariseTransactions([
 *   { customerId: 'a', date: '1997-01-01', amount: 10 },
 *   { customerId: 'a', date: '1997-01-08', amount: 4 },
 *   { customerId: 'a', date: '1997-01-08', amount: 2 },
 * ], { to: '1997-01-15', unit: 'week' })
 * // { customerId: ['a'], frequency: [1], recency: [1], age: [2], monetaryValue: [6], spendDays: [1], excludedSpendDays: 0 }
 */
export function summariseTransactions(purchases: readonly Purchase[], options: SummariseOptions): TransactionSummary {
  const end = dayNumber(options.to, 'the end of the period');
  const perUnit = DAYS_PER_UNIT[options.unit ?? 'day'];
  // customer → day → total
  const days = new Map<string, Map<number, number>>();
  for (const purchase of purchases) {
    const day = dayNumber(purchase.date, `the date of a purchase of customer ${purchase.customerId}`);
    if (!Number.isFinite(purchase.amount)) {
      throw new ModelError(`The RFM summary needs finite amounts, got ${String(purchase.amount)} for customer ${purchase.customerId} on ${purchase.date}.`);
    }
    if (day > end) continue;
    let totals = days.get(purchase.customerId);
    if (totals === undefined) {
      totals = new Map();
      days.set(purchase.customerId, totals);
    }
    totals.set(day, (totals.get(day) ?? 0) + purchase.amount);
  }
  const summary: TransactionSummary = {
    customerId: [],
    frequency: [],
    recency: [],
    age: [],
    monetaryValue: [],
    spendDays: [],
    excludedSpendDays: 0,
  };
  for (const customerId of [...days.keys()].sort()) {
    const totals = days.get(customerId) as Map<number, number>;
    const sorted = [...totals.keys()].sort((p, q) => p - q);
    const first = sorted[0] as number;
    const last = sorted[sorted.length - 1] as number;
    let spend = 0;
    let spendDays = 0;
    for (const day of sorted.slice(1)) {
      const total = totals.get(day) ?? 0;
      if (total > 0) {
        spend += total;
        spendDays += 1;
      } else {
        summary.excludedSpendDays += 1;
      }
    }
    summary.customerId.push(customerId);
    summary.frequency.push(sorted.length - 1);
    summary.recency.push((last - first) / perUnit);
    summary.age.push((end - first) / perUnit);
    summary.monetaryValue.push(spendDays > 0 ? spend / spendDays : null);
    summary.spendDays.push(spendDays);
  }
  return summary;
}
