import type { ChurnDefinition } from '../../indicators/statistics.js';
import { hasContractEnds } from '../../store/queries/contractEnds.js';
import { orderGaps } from '../../store/queries/orderGaps.js';
import type { Session } from '../../store/Store.js';
import { type ChurnModel, MAX_CHURN_WINDOW_DAYS } from '../queryFields.js';

/** The quantile of the gaps between a customer's order days that sets the derived inactivity window: the 90th percentile. */
export const WINDOW_QUANTILE = 0.9;

/** The P(alive) below which churn by the model (--churn-model) calls a customer lost: one half, a convention. */
export const ALIVE_THRESHOLD = 0.5;

/** The inactivity window when the data holds no repeat purchase to learn one from: a year. */
export const DEFAULT_WINDOW_DAYS = 365;

/**
 * How churn and retention are measured for a workspace (docs/indicators.md): with
 * `churnModel` (--churn-model), by the BG/NBD's P(alive) against {@link ALIVE_THRESHOLD}; with
 * `churnWindow` (--churn-window), by inactivity over that many days; else by contract when
 * any customer carries a `churned_at`; else by inactivity over a window derived from the
 * data — the 90th percentile of the gaps between consecutive order days of the same
 * customer, rounded up to whole days (at most {@link MAX_CHURN_WINDOW_DAYS}) — or a year
 * when no customer ordered on two days.
 */
export async function churnDefinition(
  session: Session,
  workspaceId: number,
  churnWindow: number | null,
  churnModel?: ChurnModel | undefined,
): Promise<ChurnDefinition> {
  if (churnModel !== undefined) return { definition: 'model', model: churnModel, threshold: ALIVE_THRESHOLD };
  if (churnWindow !== null) return { definition: 'inactivity', windowDays: churnWindow, windowSource: 'flag' };
  if (await hasContractEnds(session, workspaceId)) return { definition: 'contract' };
  const { gaps, quantileDays } = await orderGaps(session, workspaceId, WINDOW_QUANTILE);
  if (quantileDays === null) return { definition: 'inactivity', windowDays: DEFAULT_WINDOW_DAYS, windowSource: 'default' };
  return { definition: 'inactivity', windowDays: Math.min(MAX_CHURN_WINDOW_DAYS, Math.max(1, wholeDaysAbove(quantileDays))), windowSource: 'derived', gaps };
}

/** The whole days at or above `days`, forgiving the rounding error of an interpolation that lands on a whole number (19.000000000000004 is 19). */
function wholeDaysAbove(days: number): number {
  return Math.ceil(days - 1e-9);
}
