import type { StickinessStatistics } from '../../indicators/statistics.js';
import { dayScopedSql } from './dayScopedSql.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { visitorRelations } from './visitorRelations.js';
import { periodBoundsSql } from './seriesBuckets.js';

/** MAU(d) counts the visitors of the 30 days ending d (docs/indicators.md). */
export const MAU_WINDOW_DAYS = 30;

/**
 * Σ DAU(d) and Σ MAU(d) over the days d of the period, in one pass over visitor-days.
 *
 * A visitor active on day a, next active on day n, is in MAU(d) for d from a to
 * min(a + 29, n − 1) — the next active day takes over from there. So each visitor-day adds
 * max(0, min(a + 30, n, to + 1) − max(a, from)) to Σ MAU, and Σ MAU needs no per-day
 * distinct count, and with next_day kept in visitor_days, no window function either.
 * Visitor-days from 29 days before the period count (earlier data counts). Day-scoped
 * (cookieless) visitors are left out of both sums and counted apart, over the period's days.
 * With `context.bucket`, the same sums for each point of the series.
 */
export async function stickinessSums(context: QueryContext): Promise<Grouped<StickinessStatistics>> {
  const dayScoped = dayScopedSql('visitor_id');
  const b = periodBoundsSql(context);
  const pointDays = context.bucket === undefined ? '' : ` min(${b.lastDay} - ${b.firstDay}) + 1 as days,`;
  const withinPoint = b.join === '' ? '' : ` and day >= ${b.firstDay} - ${MAU_WINDOW_DAYS - 1} and day <= ${b.lastDay}`;
  const rows = await context.session.query<{ group_key: string | null; days?: number; sum_dau: number; sum_mau: number; day_scoped: number }>(
    'stickiness sums',
    `select ${b.key('group_key')} as group_key,${pointDays}
  count(*) filter (where day >= ${b.firstDay} and not ${dayScoped}) as sum_dau,
  coalesce(sum(greatest(0, least(day + ${MAU_WINDOW_DAYS}, coalesce(next_day, day + ${MAU_WINDOW_DAYS}), ${b.lastDay} + 1) - greatest(day, ${b.firstDay})))
    filter (where not ${dayScoped}), 0) as sum_mau,
  count(*) filter (where day >= ${b.firstDay} and ${dayScoped}) as day_scoped
from ${visitorRelations(context).visitorDays} as d${b.join}
where day >= $start_day::date - ${MAU_WINDOW_DAYS - 1} and day <= $end_day::date${withinPoint}
group by 1`,
    queryParams(context),
  );
  // A series point's days (cut to the period) come with its row; the period's are the context's.
  return byGroup(rows, (row) => ({
    days: row.days === undefined ? context.period.days : Number(row.days),
    sumDau: row.sum_dau,
    sumMau: row.sum_mau,
    dayScopedVisitorDays: row.day_scoped,
  }));
}
