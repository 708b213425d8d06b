import type { Report } from '../api/types.js';
import type { TrendLine } from '../components/TrendChart.js';
import { keyedEntries } from './keyedBars.js';

/** One numeric field of an indicator over the report's series (`sessions.bounceRate` each month), null where a period has none. */
export function fieldTrend(report: Report, indicator: string, field: string): (number | null)[] {
  return (report.series ?? []).map((point) => {
    const value = point.indicators[indicator]?.[field];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  });
}

/** The 95 % interval of an indicator over the report's series, null where a period has none. */
export function intervalTrend(report: Report, indicator: string): ([number, number] | null)[] {
  return (report.series ?? []).map((point) => point.indicators[indicator]?.ci95 ?? null);
}

/**
 * One line per key of a keyed field over the report's series (`shareOfVoice.byBrand`'s
 * `share` per brand), each key's value in each period, null where the period does not list
 * it or it has none. Keys come in the order of the whole period's values, highest first,
 * then any key only some periods list, by name.
 */
export function keyedTrend(report: Report, indicator: string, field: string, valueField: string): TrendLine[] {
  const whole = keyedEntries(report.indicators[indicator]?.[field], valueField);
  const ranked = whole.sort((a, b) => (b.value ?? Number.NEGATIVE_INFINITY) - (a.value ?? Number.NEGATIVE_INFINITY)).map((entry) => entry.key);
  const perPoint = (report.series ?? []).map(
    (point) => new Map(keyedEntries(point.indicators[indicator]?.[field], valueField).map((entry) => [entry.key, entry.value])),
  );
  const onlyInSeries = [...new Set(perPoint.flatMap((values) => [...values.keys()]))].filter((key) => !ranked.includes(key)).sort();
  return [...ranked, ...onlyInSeries].map((key) => ({ name: key, values: perPoint.map((values) => values.get(key) ?? null) }));
}
