import type { ComparePeriod, SeriesInterval } from '../queryFields.js';

/** A span of calendar days, both ends included, written YYYY-MM-DD (UTC). */
export interface DaySpan {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

/**
 * The points of a report's series: every calendar day, ISO week (Monday to Sunday) or
 * calendar month that overlaps the period, each cut to the period (a week that starts before
 * `from` starts at `from`), in order. The points cover the period exactly, once.
 *
 * @example seriesSpans({ from: '2026-03-30', to: '2026-04-14' }, 'week')
 *   // [{ from: '2026-03-30', to: '2026-04-05' }, { from: '2026-04-06', to: '2026-04-12' }, { from: '2026-04-13', to: '2026-04-14' }]
 */
export function seriesSpans(period: DaySpan, interval: SeriesInterval): DaySpan[] {
  const spans: DaySpan[] = [];
  const last = dayMs(period.to);
  for (let start = dayMs(period.from); start <= last; ) {
    const after = nextBoundary(start, interval);
    spans.push({ from: dayText(start), to: dayText(Math.min(after - DAY_MS, last)) });
    start = after;
  }
  return spans;
}

/** How many points {@link seriesSpans} gives, without making them. */
export function seriesLength(period: DaySpan, interval: SeriesInterval): number {
  const from = new Date(dayMs(period.from));
  const to = new Date(dayMs(period.to));
  if (interval === 'day') return Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  if (interval === 'month') return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  return Math.round((mondayOf(to.getTime()) - mondayOf(from.getTime())) / (7 * DAY_MS)) + 1;
}

/**
 * The days a report is compared with (docs/indicators.md): `previous`, the same number of
 * days ending the day before `from`; `year`, the same dates one year earlier (29 February
 * becomes 28 February); or the days given.
 *
 * @example comparisonSpan({ from: '2026-04-01', to: '2026-06-30' }, { kind: 'previous' }) // { from: '2025-12-31', to: '2026-03-31' }
 */
export function comparisonSpan(period: DaySpan, compare: ComparePeriod): DaySpan {
  if (compare.kind === 'range') return { from: compare.from, to: compare.to };
  if (compare.kind === 'year') return { from: yearEarlier(period.from), to: yearEarlier(period.to) };
  const days = Math.round((dayMs(period.to) - dayMs(period.from)) / DAY_MS) + 1;
  const before = dayMs(period.from) - DAY_MS;
  return { from: dayText(before - (days - 1) * DAY_MS), to: dayText(before) };
}

/** Whether two spans share a day. */
export function overlaps(a: DaySpan, b: DaySpan): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** The calendar day before `day` (YYYY-MM-DD, UTC). @example dayBefore('2026-03-01') // '2026-02-28' */
export function dayBefore(day: string): string {
  return dayText(dayMs(day) - DAY_MS);
}

/** The midnight that starts the next day, ISO week or month after the one holding `ms`. */
function nextBoundary(ms: number, interval: SeriesInterval): number {
  if (interval === 'day') return ms + DAY_MS;
  if (interval === 'week') return mondayOf(ms) + 7 * DAY_MS;
  const day = new Date(ms);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
}

/** The Monday 00:00 UTC of the ISO week holding `ms`. */
function mondayOf(ms: number): number {
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return ms - weekday * DAY_MS;
}

/** The same day one year earlier, the last day of the month when it has no such day. */
function yearEarlier(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  return dayText(Date.UTC(year - 1, month - 1, Math.min(date, lastOfMonth)));
}

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function dayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
