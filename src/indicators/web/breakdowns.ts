import { assertAtMost } from '../_lib/assertAtMost.js';
import { assertCount } from '../_lib/assertCount.js';
import { percentWithInterval } from '../_lib/percentWithInterval.js';
import type { Interval } from '../stats/Interval.js';
import { type BreakdownStatistics, WEB_BREAKDOWNS, type WebBreakdownKey, type WebStatistics } from '../statistics.js';

/** How many values each web breakdown lists before its "other" remainder. */
export const TOP_VALUES = 10;

/** One value of a breakdown: how many units have it and their share of the whole. */
export interface BreakdownEntry {
  /** The value (a page, a source…); `null` for the units that have none. */
  key: string | null;
  count: number;
  /** 100 × count / total (0–100). */
  share: number;
  /** Wilson 95% interval of `share`, in percent. */
  ci95: Interval;
}

/** Everything beyond the listed values, summed. */
export interface BreakdownRemainder {
  count: number;
  /** How many different values it sums. */
  distinct: number;
  /** 100 × count / total; `null` when total = 0. */
  share: number | null;
  ci95: Interval | null;
}

/** One web breakdown: the most frequent values with their shares, and the rest. */
export interface Breakdown {
  /** Units counted: page views (pages) or sessions (every other breakdown). */
  total: number;
  /** Different values among them. */
  distinct: number;
  /** At most {@link TOP_VALUES} values, most frequent first. */
  top: BreakdownEntry[];
  other: BreakdownRemainder;
}

/** The web breakdowns of a report, keyed as {@link WEB_BREAKDOWNS}. */
export type WebBreakdowns = Record<WebBreakdownKey, Breakdown>;

/**
 * One breakdown's shares: each listed value's count as a percentage of the total with its
 * Wilson interval (a share is the proportion of the units that have the value), and the
 * remainder of the values not listed, summed.
 *
 * The intervals treat units as independent trials; page views and sessions of one visitor
 * are not, so they are somewhat too narrow for sites with many frequent visitors.
 *
 * @param statistics - the total, the distinct values and the most frequent ones
 * @param name - the breakdown's name in errors, e.g. `web.pages`
 * @throws {RangeError} when a count is invalid, more than TOP_VALUES are listed, or they
 *   add up to more than the total or the distinct count
 *
 * @example
 * breakdown({ total: 4, distinct: 2, top: [{ key: '/', count: 3 }, { key: '/a', count: 1 }] }, 'web.pages')
 * // { total: 4, distinct: 2, top: [{ key: '/', count: 3, share: 75, ci95: [30.06, 95.44] }, …],
 * //   other: { count: 0, distinct: 0, share: 0, ci95: [0, 48.99] } }
 */
export function breakdown(statistics: BreakdownStatistics, name: string): Breakdown {
  const { total, distinct, top } = statistics;
  assertCount(total, `${name}.total`);
  assertCount(distinct, `${name}.distinct`);
  assertAtMost(top.length, `${name}.top.length`, Math.min(distinct, TOP_VALUES), `${name}.distinct (at most ${TOP_VALUES})`);
  let listed = 0;
  const entries = top.map((entry, index) => {
    if (entry.count === 0) throw new RangeError(`${name}.top[${index}].count must be at least 1: a listed value has units.`);
    const { value, ci95 } = percentWithInterval(entry.count, `${name}.top[${index}].count`, total, `${name}.total`);
    listed += entry.count;
    // A listed value has at least one unit, so total > 0 and the share exists.
    return { key: entry.key, count: entry.count, share: value as number, ci95: ci95 as Interval };
  });
  assertAtMost(listed, `${name} listed counts`, total, `${name}.total`);
  const rest = total - listed;
  const { value, ci95 } = percentWithInterval(rest, `${name}.other.count`, total, `${name}.total`);
  return { total, distinct, top: entries, other: { count: rest, distinct: distinct - top.length, share: value, ci95 } };
}

/** Every web breakdown of a period, in {@link WEB_BREAKDOWNS} order (docs/indicators.md). */
export function webBreakdowns(statistics: WebStatistics): WebBreakdowns {
  return Object.fromEntries(WEB_BREAKDOWNS.map((key) => [key, breakdown(statistics[key], `web.${key}`)])) as WebBreakdowns;
}
