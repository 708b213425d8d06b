import type { Interval } from '../stats/Interval.js';
import { benjaminiHochberg } from '../stats/benjaminiHochberg.js';
import { newcombeDifference } from '../stats/newcombeDifference.js';
import { npsDifference } from '../stats/npsDifference.js';
import { welchTest } from '../stats/welchTest.js';
import type { IndicatorKey, IndicatorSet, IndicatorStatistics } from '../report.js';
import { type ChangeMethod, type Sample, sampleOf } from './samples.js';

/** The significance level of a single change's test. */
const ALPHA = 0.05;

/** How an indicator moved from the comparison period to the report's period (docs/indicators.md). */
export interface Change {
  /** The indicator's value over the comparison period. */
  previous: number;
  /** value − previous, in the indicator's unit (NPS points, percentage points, scale units…). */
  delta: number;
  /** 95% interval of the difference; null when the indicator has no test. */
  ci95: Interval | null;
  /** Two-sided p-value; null when the indicator has no test. */
  pValue: number | null;
  /** Whether the change is real at 5% (after Benjamini–Hochberg across groups, in a split report); null without a test. */
  significant: boolean | null;
  /** The test: adjusted-wald (NPS), newcombe (proportions), welch (means), or null. */
  method: ChangeMethod | null;
}

/** One period's indicators with the statistics they were computed from. */
export interface PeriodIndicators {
  indicators: Partial<IndicatorSet>;
  statistics: Partial<IndicatorStatistics>;
}

/**
 * The change of every indicator that has a value in both periods: previous value, delta,
 * and — for NPS, proportions and means with the statistics a test needs — the 95% interval
 * of the difference, its p-value and whether it is significant at 5%. The other indicators
 * (stickiness, retention, CLV, mystery shopping…) get previous and delta with `method: null`.
 * An indicator without a value in either period (no rows, suppressed) gets no change.
 *
 * @example
 * compareIndicators({ indicators: { csat: csat([0,0,14,26,30]) }, statistics: {} }, { indicators: { csat: csat([0,0,32,28,20]) }, statistics: {} })
 * // { csat: { previous: 60, delta: 20, ci95: [5.24…, 33.39…], pValue: 0.008…, significant: true, method: 'newcombe' } }
 */
export function compareIndicators(current: PeriodIndicators, previous: PeriodIndicators): Partial<Record<IndicatorKey, Change>> {
  const changes: Partial<Record<IndicatorKey, Change>> = {};
  for (const key of Object.keys(current.indicators) as IndicatorKey[]) {
    const change = changeOf(key, current, previous);
    if (change !== null) changes[key] = change;
  }
  return changes;
}

/** One key's change, or null when either period has no value for it. */
function changeOf<K extends IndicatorKey>(key: K, current: PeriodIndicators, previous: PeriodIndicators): Change | null {
  const now = current.indicators[key];
  const before = previous.indicators[key];
  const value = (now as { value?: unknown } | undefined)?.value;
  const previousValue = (before as { value?: unknown } | undefined)?.value;
  if (now === undefined || before === undefined || typeof value !== 'number' || typeof previousValue !== 'number') return null;
  const base = { previous: previousValue, delta: value - previousValue };
  const a = sampleOf(key, now, current.statistics[key]);
  const b = sampleOf(key, before, previous.statistics[key]);
  const test = a !== null && b !== null && a.method === b.method ? testOf(a, b) : null;
  if (test === null) return { ...base, ci95: null, pValue: null, significant: null, method: null };
  return { ...base, ci95: test.ci95, pValue: test.pValue, significant: test.pValue < ALPHA, method: a!.method };
}

/** The interval and p-value of the difference a − b, or null when the test is undefined (a mean without spread). */
function testOf(a: Sample, b: Sample): { ci95: Interval; pValue: number } | null {
  if (a.method === 'adjusted-wald' && b.method === 'adjusted-wald') return npsDifference(a.counts, b.counts);
  if (a.method === 'newcombe' && b.method === 'newcombe') return newcombeDifference(a.counts, b.counts);
  if (a.method === 'welch' && b.method === 'welch') return welchTest(a.sample, b.sample);
  return null;
}

/**
 * Decides `significant` across the groups of a split report with Benjamini–Hochberg at 5%,
 * one family per indicator (its change in every group): each group's change stays tested on
 * its own p-value, but a change is called real only if it survives the procedure. Changes
 * without a p-value are left as they are. Returns new change objects, in the input's order.
 */
export function controlFalseDiscoveries(groups: readonly Partial<Record<IndicatorKey, Change>>[]): Partial<Record<IndicatorKey, Change>>[] {
  const adjusted = groups.map((changes) => ({ ...changes }));
  const keys = new Set(groups.flatMap((changes) => Object.keys(changes) as IndicatorKey[]));
  for (const key of keys) {
    const tested = adjusted.flatMap((changes) => {
      const change = changes[key];
      return change?.pValue == null ? [] : [{ changes, change, pValue: change.pValue }];
    });
    const decisions = benjaminiHochberg(tested.map((entry) => entry.pValue));
    tested.forEach((entry, index) => {
      entry.changes[key] = { ...entry.change, significant: decisions[index]!.significant };
    });
  }
  return adjusted;
}
