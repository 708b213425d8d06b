import type { StickinessStatistics } from '../../indicators/statistics.js';
import { dayScopedSql } from './dayScopedSql.js';
import { byGroup, type Grouped, type QueryContext, queryParams } from './QueryContext.js';
import { visitorRelations } from './visitorRelations.js';

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
 */
export async function stickinessSums(context: QueryContext): Promise<Grouped<StickinessStatistics>> {
  const dayScoped = dayScopedSql('visitor_id');
  const rows = await context.session.query<{ group_key: string | null; sum_dau: number; sum_mau: number; day_scoped: number }>(
    'stickiness sums',
    `select group_key,
  count(*) filter (where day >= $start_day::date and not ${dayScoped}) as sum_dau,
  coalesce(sum(greatest(0, least(day + ${MAU_WINDOW_DAYS}, coalesce(next_day, day + ${MAU_WINDOW_DAYS}), $end_day::date + 1) - greatest(day, $start_day::date)))
    filter (where not ${dayScoped}), 0) as sum_mau,
  count(*) filter (where day >= $start_day::date and ${dayScoped}) as day_scoped
from ${visitorRelations(context).visitorDays} as d
where day >= $start_day::date - ${MAU_WINDOW_DAYS - 1} and day <= $end_day::date
group by 1`,
    queryParams(context),
  );
  return byGroup(rows, (row) => ({ days: context.period.days, sumDau: row.sum_dau, sumMau: row.sum_mau, dayScopedVisitorDays: row.day_scoped }));
}
